import type { CellValue, SheetGrid } from "../analysis/grid";
import { a1 } from "../analysis/grid";
import { textHash } from "./measureRecord";

/**
 * Every generated row carries, in a hidden cell past its last column, a hash of what the tool wrote in each of its
 * visible cells ("ita1:3f2a…·9c01…"). A later run tells from it which cells an officer changed, and where the tool
 * would write the same row again, so their text goes back in its place (carryRowEdits).
 */
export const RECORD_PREFIX = "ita1:";

/** A cell's value as compared: its text, Thai or Arabic digits alike, without surrounding space. */
export function valueText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "error" in v ? v.error : v.date;
}

/** The record of a row of `width` visible cells, as the tool wrote them. */
export function rowRecord(values: (CellValue | undefined)[], width: number): string {
  const hashes = Array.from({ length: width }, (_, c) => textHash(valueText(values[c])));
  return `${RECORD_PREFIX}${hashes.join(".")}`;
}

/** The cell hashes of a record, or null when the text is not one. */
export function parseRecord(text: unknown): string[] | null {
  if (typeof text !== "string" || !text.startsWith(RECORD_PREFIX)) return null;
  const hashes = text.slice(RECORD_PREFIX.length).split(".");
  return hashes.every((h) => /^[0-9a-f]{8}$/.test(h)) ? hashes : null;
}

/** One row of an earlier generated sheet as the officer left it. */
export interface EditedRow {
  /** The record of what the tool wrote there; null for a row the officer inserted. */
  record: string | null;
  /** The cells whose text differs from what the tool wrote (all non-empty ones of an inserted row). */
  cells: { col: number; value: CellValue; text: string; address: string }[];
}

/**
 * The rows of a generated sheet whose text the officer (or a co-author) changed, or that they inserted: the cells
 * that differ from the record, and any cell typed past the record column (the tool writes nothing there).
 */
export function editedRows(g: SheetGrid): EditedRow[] {
  const col = recordColumn(g);
  if (col < 0) return [];
  const out: EditedRow[] = [];
  g.rows.forEach((row, r) => {
    const hashes = parseRecord(row[col]);
    const cell = (c: number) => ({
      col: c,
      value: row[c] ?? null,
      text: valueText(row[c]),
      address: a1(g.top + r, g.left + c),
    });
    const inside = Array.from({ length: hashes?.length ?? col }, (_, c) => cell(c)).filter((c) =>
      hashes ? textHash(c.text) !== hashes[c.col] : c.text.trim() !== "",
    );
    const past = row
      .map((_, c) => c)
      .filter((c) => c > col)
      .map(cell)
      .filter((c) => c.text.trim() !== "");
    const cells = [...inside, ...past];
    if (cells.length > 0) out.push({ record: hashes ? String(row[col]) : null, cells });
  });
  return out;
}

/** Whether a sheet's rows carry the tool's records: it is a document the tool wrote (or a copy of one). */
export function hasRowRecords(g: SheetGrid): boolean {
  return recordColumn(g) >= 0;
}

/** The column holding the rows' records (the first cell anywhere that is one), or -1 for a sheet without them. */
function recordColumn(g: SheetGrid): number {
  for (const row of g.rows) {
    const c = row.findIndex((v) => parseRecord(v) !== null);
    if (c >= 0) return c;
  }
  return -1;
}
