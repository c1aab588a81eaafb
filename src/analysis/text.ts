import { toArabicDigits } from "../ita/thaiDigits";
import { type CellValue, isCellDate, isCellError } from "./grid";

/** The text of a cell for matching: NFC, ASCII digits, single spaces, trimmed. Empty for non-text. */
export function cellText(v: CellValue): string {
  if (typeof v === "string") return normaliseText(v);
  if (typeof v === "number") return String(v);
  if (isCellError(v)) return v.error;
  if (isCellDate(v)) return "";
  return "";
}

export function normaliseText(s: string): string {
  return toArabicDigits(s.normalize("NFC"))
    .replace(/[\u200b\u00a0\t\r\n]+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}
