import type { CellValue as XlsxValue } from "exceljs";
import type { CellValue } from "../../analysis/grid";

/** Converts an exceljs cell value to the grid's plain value: formula cells give their cached result. */
export function toGridValue(v: XlsxValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return { date: v.toISOString() };
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      return toGridValue(result as XlsxValue);
    }
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return null;
}
