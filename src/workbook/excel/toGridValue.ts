import type { CellValue } from "../../analysis/grid";

/** Office.js gives "" for empty cells, "#DIV/0!" strings for errors, numbers for dates (serials). */
export function toGridValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string")
    return /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA|FIELD!|BUSY!)/.test(v)
      ? { error: v }
      : v;
  return String(v);
}

export function toGridRow(row: unknown[]): CellValue[] {
  return row.map(toGridValue);
}
