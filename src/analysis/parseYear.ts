import { DEFAULTS } from "../ita/defaults";
import { normaliseText } from "./text";

export interface YearReading {
  /** Buddhist-era year. */
  year: number;
  /** Set when the text gave a Common-Era year that was converted (+543). */
  fromCE?: number;
}

export const MIN_BE: number = DEFAULTS.minYear;
export const MAX_BE: number = DEFAULTS.maxYear;
const BE_TO_CE = 543;

/**
 * Finds one assessment year in a header or title: `2568`, `ปี ๒๕๖๘`, `คะแนน 2568`, `ITA 2566`, `2025`.
 * Two different years in one text (a range or a "2566-2567" change column) give null.
 */
export function findYear(raw: string): YearReading | null {
  const full = normaliseText(raw);
  // "ปีงบประมาณ 2568 (ต.ค. 2567 – ก.ย. 2568)": the months in brackets only explain the fiscal year.
  const text = /^[^(]*\d[^(]*\(/.test(full) ? full.replace(/\([^)]*\)/g, " ") : full;
  const found = new Map<number, YearReading>();
  for (const m of text.matchAll(/(?<!\d)(?<!\d\.)(\d{4})(?!\d)(?!\.\d)/g)) {
    const n = Number(m[1]);
    if (n >= MIN_BE && n <= MAX_BE) found.set(n, { year: n });
    else if (n >= MIN_BE - BE_TO_CE && n <= MAX_BE - BE_TO_CE)
      found.set(n + BE_TO_CE, { year: n + BE_TO_CE, fromCE: n });
  }
  if (found.size === 0) {
    // Two-digit Buddhist year after ปี / พ.ศ. / ITA: "ปี 66", "ITA67".
    const short = [...text.matchAll(/(?:ปี(?:งบ(?:ประมาณ)?)?|พ\.ศ\.|ITA)\s*(\d{2})(?!\d)/gi)].map(
      (m) => 2500 + Number(m[1]),
    );
    for (const y of short) if (y >= MIN_BE && y <= MAX_BE) found.set(y, { year: y });
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}
