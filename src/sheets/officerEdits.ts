import type { SheetGrid } from "../analysis/grid";
import { cellText } from "../analysis/text";
import { toArabicDigits } from "../ita/thaiDigits";
import { ID_HEADER, type MeasureRecord, RECORD_HEADER, decodeRecord, textHash } from "./measureRecord";

export { ID_HEADER, RECORD_HEADER };
export const OWNER_HEADER = "ผู้รับผิดชอบ";
export const PERIOD_HEADER = "ระยะเวลา";
export const MONITORING_HEADER = "การกำกับติดตาม";
export const RESULT_HEADER = "ผลการดำเนินการ";

/** One measure row of a generated sheet, as the officer left it. */
export interface OfficerEdit {
  /** The row as it stood: header text → cell text. */
  cells: Record<string, string>;
  /** What the tool had generated there, or null for a sheet without a record. */
  record: MeasureRecord | null;
  /** The row's order in its sheet. */
  order: number;
}

/** Rows by `${kind}:${measure id}`; the id carries the fiscal year, so edits of one year never reach another. */
export type OfficerEdits = Map<string, OfficerEdit>;

/** Reads every measure row of previously generated measures/results sheets, so a new run can keep what was typed. */
export function readOfficerEdits(grids: SheetGrid[]): OfficerEdits {
  const out: OfficerEdits = new Map();
  // The workbook's own documents first: their edits win over a copy of another workbook's with the same ids.
  const ordered = [...grids.filter((g) => g.generated), ...grids.filter((g) => !g.generated)];
  for (const g of ordered) {
    // A document copied in from another workbook counts too: last year's measures, as adopted, often arrive so.
    if (
      !(g.generated || g.copiedDocument) ||
      (g.generatedKind !== "measures" && g.generatedKind !== "results")
    )
      continue;
    const headerRow = g.rows.findIndex((row) => row.some((v) => cellText(v) === ID_HEADER));
    if (headerRow < 0) continue;
    const headers = g.rows[headerRow]!.map((v) => cellText(v));
    const idCol = headers.indexOf(ID_HEADER);
    const recordCol = headers.indexOf(RECORD_HEADER);
    g.rows.slice(headerRow + 1).forEach((row, order) => {
      const [id = "", part] = toArabicDigits(cellText(row[idCol] ?? null)).split("#");
      // Keys are header texts from the sheet: no prototype, so "__proto__" is a header like any other.
      const cells: Record<string, string> = Object.create(null) as Record<string, string>;
      headers.forEach((h, c) => {
        if (h && c !== idCol && c !== recordCol)
          cells[h] = typeof row[c] === "string" ? (row[c] as string) : cellText(row[c] ?? null);
      });
      const base = out.get(`${g.generatedKind}:${id}`);
      if (part && base) {
        // A continuation row: its text goes on after the row it continues.
        for (const [h, text] of Object.entries(cells))
          if (text) base.cells[h] = base.cells[h] ? `${base.cells[h]}\n${text}` : text;
        return;
      }
      if (!id || part || base) return;
      const record = recordCol >= 0 ? decodeRecord(cellText(row[recordCol] ?? null)) : null;
      out.set(`${g.generatedKind}:${id}`, { cells, record, order });
    });
  }
  return out;
}

/**
 * The officer's text for a column when they really edited it — it differs from what the tool generated there
 * (its recorded hash; Thai or Arabic digits alike) — else what the tool generates now. A column whose generated
 * text was not recorded (a sheet from an earlier version) counts as edited only if `unrecordedIsEdited`.
 */
export function keepEdited(
  edit: OfficerEdit | undefined,
  header: string,
  generated: string,
  unrecordedIsEdited = true,
): string {
  const typed = edit?.cells[header];
  if (typed === undefined || typed.trim() === "") return generated;
  const recorded = edit?.record?.generated[header];
  if (recorded === undefined && !unrecordedIsEdited) return generated;
  const before = recorded ?? textHash("");
  return textHash(typed) !== before ? typed : generated;
}

/** The plan with the owner, period and monitoring an officer typed over the generated ones (matched by id). */
export function withOfficerEdits<T extends { id: string; owner: string; period: string; monitoring: string }>(
  measures: T[],
  kind: string,
  edits: OfficerEdits,
): T[] {
  return measures.map((m) => {
    const edit = edits.get(`${kind}:${m.id}`);
    return {
      ...m,
      owner: keepEdited(edit, OWNER_HEADER, m.owner),
      period: keepEdited(edit, PERIOD_HEADER, m.period),
      monitoring: keepEdited(edit, MONITORING_HEADER, m.monitoring),
    };
  });
}
