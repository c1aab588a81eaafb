import { toArabicDigits } from "../ita/thaiDigits";
import { type CellValue, isCellError } from "./grid";
import { memoByKey } from "./memo";

/** The text of a cell for matching: normalised (see normaliseText); an error shows its code; a date or boolean is empty. */
export function cellText(v: CellValue): string {
  if (typeof v === "string") return normaliseText(v);
  if (typeof v === "number") return String(v);
  if (isCellError(v)) return v.error;
  return "";
}

/** Zero-width characters and the byte-order mark: invisible, never meaningful in a label. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Non-breaking, thin and other Unicode spaces, tabs and line breaks: all one plain space. */
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\n]+/g;
/** Full-width Latin letters, digits and signs (ｉ３, ＥＩＴ, ８５．５): typed with an East Asian input method. */
const FULL_WIDTH = /[\uff01-\uff5e]/g;
/** Thai marks written above or below a consonant: a space before one is always a typing or PDF artefact. */
const SPACE_BEFORE_MARK = / +(?=[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e])/g;
/** A leading vowel (เ แ โ ใ ไ) belongs to the consonant after it: a space between them is an artefact. */
const SPACE_AFTER_LEADING_VOWEL = /([\u0e40-\u0e44]) +(?=[\u0e01-\u0e2e])/g;

/**
 * The one normalisation every matcher uses, for text typed, pasted from PDFs or copied from web pages:
 * NFC (not NFKC, which would split SARA AM); Thai digits → ASCII; full-width Latin → ASCII; NIKHAHIT + SARA AA (ํา) → SARA AM (ำ); doubled SARA E (เเ) → SARA AE (แ);
 * zero-width characters removed; non-breaking and other spaces → one space; spaces inside a Thai
 * syllable (before an above/below mark, after a leading vowel) removed; trimmed.
 */
export const normaliseText = memoByKey(normalise);

function normalise(s: string): string {
  return toArabicDigits(s.normalize("NFC"))
    .replace(INVISIBLE, "")
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u0e4d\u0e32/g, "\u0e33")
    .replace(/\u0e40\u0e40/g, "\u0e41")
    .replace(SPACES, " ")
    .replace(SPACE_BEFORE_MARK, "")
    .replace(SPACE_AFTER_LEADING_VOWEL, "$1")
    .replace(/ {2,}/g, " ")
    .trim();
}

/**
 * A key for comparing Thai phrases: normalised, with every space and punctuation mark between words
 * removed ("การ ปฏิบัติงาน" = "การปฏิบัติงาน"). Only for matching; never shown.
 */
export const matchKey = memoByKey((s: string): string => normaliseText(s).replace(/[\s:.()\-–]/g, ""));

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && normaliseText(v) === "");
}
