import type { CellValue, SheetGrid } from "../analysis/grid";
import { normaliseText } from "../analysis/text";
import { toArabicDigits } from "../ita/thaiDigits";
import { type EditedRow, editedRows, valueText } from "./rowRecord";
import type { SheetSpec, SpecCell, SpecRow } from "./sheetSpec";
import { MAX_ROW_HEIGHT, rowHeight } from "./textHeight";
import { pageBreaks } from "./pageBreaks";

/** Text an officer typed into an earlier document that the new one does not hold. */
export interface LostEdit {
  sheet: string;
  /** The cell; empty for what the sheet holds beyond its cells (then `extras` says what). */
  cell: string;
  text: string;
  extras?: string[];
}

/**
 * Puts what officers typed into earlier documents back where the tool writes the same row again (the row's record
 * of what the tool wrote then equals the new row's), with heights that fit the typed text; and lists every typed
 * text the new documents would not hold, so it is said before anything is written.
 */
export function carryRowEdits(
  specs: SheetSpec[],
  grids: SheetGrid[],
): { specs: SheetSpec[]; lost: LostEdit[] } {
  const old = grids.filter((g) => g.generated);
  const out = specs.map((spec) => {
    const queue = new Map<string, EditedRow[]>();
    for (const g of old.filter((x) => x.generatedKind === spec.kind))
      for (const e of editedRows(g)) if (e.record) queue.set(e.record, [...(queue.get(e.record) ?? []), e]);
    if (queue.size === 0 || spec.recordColumn === undefined) return spec;
    let changed = false;
    const rows = spec.rows.map((row, r) => {
      const record = row.cells[spec.recordColumn!]?.value;
      const edit = typeof record === "string" ? queue.get(record)?.shift() : undefined;
      if (!edit) return row;
      changed = true;
      return withEdit(spec, r, row, edit);
    });
    if (!changed) return spec;
    const next = { ...spec, rows };
    const breaks = pageBreaks(next);
    return { ...next, print: { ...next.print, rowBreaks: breaks.length ? breaks : undefined } };
  });
  return { specs: out, lost: lostEdits(out, old) };
}

/** The row with the officer's text in the cells they changed, tall enough for it. */
function withEdit(spec: SheetSpec, r: number, row: SpecRow, edit: EditedRow): SpecRow {
  // Cells typed past the document's last column go back there too (the row grows to hold them).
  const width = Math.max(row.cells.length, ...edit.cells.map((e) => e.col + 1));
  const cells = Array.from({ length: width }, (_, col) => {
    const c = row.cells[col] ?? { value: null };
    const typed = edit.cells.find((e) => e.col === col);
    return typed ? typedCell(c, typed.value, typed.text) : c;
  });
  const size = Math.max(spec.font.size, ...cells.map((c) => c.style?.size ?? 0));
  const texts = cells.flatMap((c, col) => {
    if (col >= (spec.recordColumn ?? cells.length) || spec.hiddenColumns?.includes(col)) return [];
    const merge = spec.merges.find((m) => m.top <= r && m.bottom >= r && m.left === col);
    const inside = spec.merges.some((m) => m.top <= r && m.bottom >= r && m.left < col && m.right >= col);
    if (inside) return [];
    const span = merge ? spec.columns.slice(merge.left, merge.right + 1) : [spec.columns[col] ?? 10];
    const width = span.reduce((a, b) => a + b, 0);
    return [{ text: valueText(c.value), width }];
  });
  const height = Math.min(MAX_ROW_HEIGHT, Math.max(row.height ?? 0, rowHeight(texts, size)));
  return { ...row, cells, height };
}

/** Excel's built-in short date (format 14): shown in the officer's own regional date form, as a typed date is. */
const SHORT_DATE = "mm-dd-yy";

/** A typed cell as it goes back: a number stays a number, a date a date (not its ISO text), the rest text. */
function typedCell(c: SpecCell, value: CellValue, text: string): SpecCell {
  if (typeof value === "number") return { ...c, value };
  const serial = dateSerial(value);
  if (serial !== null) return { ...c, value: serial, style: { ...c.style, numFmt: SHORT_DATE } };
  return { ...c, value: text };
}

/** A date cell's serial number (days since 1899-12-30, as written), or null for any other value. */
function dateSerial(value: CellValue): number | null {
  if (value === null || typeof value !== "object" || !("date" in value)) return null;
  const serial = (Date.parse(value.date) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return Number.isFinite(serial) ? serial : null;
}

/** A typed cell's text as a new document would hold it (a date as its serial number). */
function heldAs(c: { value: CellValue; text: string }): string {
  const serial = dateSerial(c.value);
  return serial === null ? c.text : String(serial);
}

/**
 * Every text typed into an earlier document that the new documents would not hold: a changed cell whose text no new
 * cell holds (a measure's edits may move to another document: last year's measures feed the results report; a
 * long text may be split over continuation rows), and a row the officer inserted whose texts no single new row
 * holds together.
 */
function lostEdits(specs: SheetSpec[], old: SheetGrid[]): LostEdit[] {
  const textsOf = (list: SheetSpec[]) =>
    list.flatMap((s) => s.rows.map((r) => r.cells.map((c) => same(valueText(c.value))).filter(Boolean)));
  const rows = textsOf(specs);
  const exact = new Set(rows.flat());
  const byKind = new Map<string, { own: string[]; others: string[] }>();
  const cellsFor = (kind = "") => {
    if (!byKind.has(kind))
      byKind.set(kind, {
        own: textsOf(specs.filter((s) => s.kind === kind)).flat(),
        others: textsOf(specs.filter((s) => s.kind !== kind)).flat(),
      });
    return byKind.get(kind)!;
  };
  // A short text ("95") is held only by a cell that says just that; a longer one also inside a longer cell of
  // another document (an owner typed in the measures, in the analysis's "ผู้รับผิดชอบ: …"). Inside a longer cell of
  // its own document it is not: the officer cut the tool's text short, and the whole text would be back.
  const holds = (text: string, kind?: string) => {
    const { own, others } = cellsFor(kind);
    if (own.includes(text)) return true;
    if (own.some((c) => c.includes(text))) return false;
    return exact.has(text) || (text.length >= 12 && others.some((c) => c.includes(text)));
  };
  const lost: LostEdit[] = [];
  // Comments, images, links or protection added to a document go with it when it is written again.
  for (const g of old)
    if (g.extras?.length) lost.push({ sheet: g.name, cell: "", text: "", extras: g.extras });
  for (const g of old)
    for (const e of editedRows(g)) {
      const typed = e.cells.filter((c) => c.text.trim() !== "").map((c) => ({ ...c, held: heldAs(c) }));
      const together = (row: string[]) =>
        typed.every((c) =>
          row.some((x) => x === same(c.held) || (c.held.length >= 12 && x.includes(same(c.held)))),
        );
      const missing = e.record
        ? typed.filter((c) => !holds(same(c.held), g.generatedKind))
        : rows.some(together)
          ? []
          : typed;
      for (const c of missing) lost.push({ sheet: g.name, cell: c.address, text: c.text });
    }
  return lost;
}

function same(text: string): string {
  return normaliseText(toArabicDigits(text)).trim();
}
