import type { SheetGrid } from "../analysis/grid";
import { cellText } from "../analysis/text";

/** The hidden column header that carries each measure's id in the generated measures and results sheets. */
export const ID_HEADER = "รหัสมาตรการ";
export const OWNER_HEADER = "ผู้รับผิดชอบ";
export const PERIOD_HEADER = "ระยะเวลา";
export const RESULT_HEADER = "ผลการดำเนินการ";

/** What an officer typed in a generated sheet, for one measure. */
export interface OfficerEdit {
  /** The row as it stood: header text → cell text. */
  cells: Record<string, string>;
}

/** Edits by `${kind}:${measure id}`, read from the sheets ITA Analyzer generated before. */
export type OfficerEdits = Map<string, OfficerEdit>;

/** Reads every measure row of previously generated measures/results sheets, so a new run can keep what was typed. */
export function readOfficerEdits(grids: SheetGrid[]): OfficerEdits {
  const out: OfficerEdits = new Map();
  for (const g of grids) {
    if (!g.generated || (g.generatedKind !== "measures" && g.generatedKind !== "results")) continue;
    const headerRow = g.rows.findIndex((row) => row.some((v) => cellText(v) === ID_HEADER));
    if (headerRow < 0) continue;
    const headers = g.rows[headerRow]!.map((v) => cellText(v));
    const idCol = headers.indexOf(ID_HEADER);
    for (const row of g.rows.slice(headerRow + 1)) {
      const id = cellText(row[idCol] ?? null);
      if (!id) continue;
      const cells: Record<string, string> = {};
      headers.forEach((h, c) => {
        if (h && c !== idCol)
          cells[h] = typeof row[c] === "string" ? (row[c] as string) : cellText(row[c] ?? null);
      });
      out.set(`${g.generatedKind}:${id}`, { cells });
    }
  }
  return out;
}

/** The officer's value for a column when it differs from what the tool would write now; else the default. */
export function keepEdited(edit: OfficerEdit | undefined, header: string, generated: string): string {
  const typed = edit?.cells[header];
  return typed !== undefined && typed.trim() !== "" && typed !== generated ? typed : generated;
}

/** The plan with the owner and period an officer typed over the generated ones (matched by measure id). */
export function withOfficerEdits<T extends { measures: { id: string; owner: string; period: string }[] }>(
  plan: T,
  kind: string,
  edits: OfficerEdits,
): T {
  return {
    ...plan,
    measures: plan.measures.map((m) => {
      const edit = edits.get(`${kind}:${m.id}`);
      return {
        ...m,
        owner: keepEdited(edit, OWNER_HEADER, m.owner),
        period: keepEdited(edit, PERIOD_HEADER, m.period),
      };
    }),
  };
}
