import type { CellValue as XlsxValue } from "exceljs";
import { type CellValue, NO_RESULT } from "../../analysis/grid";

/**
 * Converts an exceljs cell value to the grid's plain value: formula cells give their cached result (0 when
 * `cachedZero`, since exceljs drops it), or NO_RESULT when the file stores none. A fraction formatted as a
 * percentage gives what the officer sees: 0.9 shown as 90% is 90.
 */
export function toGridValue(v: XlsxValue | undefined, cachedZero = false, numFmt = ""): CellValue {
  if (typeof v === "number" && /%/.test(numFmt.replace(/"[^"]*"/g, ""))) return Math.round(v * 1e10) / 1e8;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return { date: v.toISOString() };
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return cachedZero ? 0 : { error: NO_RESULT };
      return toGridValue(result as XlsxValue, false, numFmt);
    }
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return null;
}
