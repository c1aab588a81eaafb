import { indicatorName } from "../ita/catalog";
import type { Analysis } from "./analyse";
import { delta2 } from "./round";

export interface IndicatorChange {
  number: number;
  /** The official name as printed in `year` (indicator 8 is renamed in 2568). */
  name: string;
  year: number;
  score: number;
  /** The latest earlier year that has this indicator, with its score; null when none does. */
  previous: { year: number; score: number } | null;
  delta: number | null;
}

/**
 * Indicator `n` in `year` (default: the latest year) and in the latest earlier year that has it. Indicators
 * keep their meaning 2563–2569, so this comparison is always possible when both years give a score — the
 * fallback when an item has no counterpart ("ตัวชี้วัดที่ 9 … ได้ 88.46 ปี 2568 ได้ 95.00").
 */
export function indicatorChange(a: Analysis, n: number, year = a.latestYear): IndicatorChange | null {
  if (year === null) return null;
  const now = a.scoresByYear.find((y) => y.year === year)?.indicators.get(n);
  if (!now) return null;
  const before = a.scoresByYear.filter((y) => y.year < year && y.indicators.has(n)).pop();
  const previous = before ? { year: before.year, score: before.indicators.get(n)!.score } : null;
  return {
    number: n,
    name: indicatorName(n, year) ?? `ตัวชี้วัดที่ ${n}`,
    year,
    score: now.score,
    previous,
    delta: previous ? delta2(previous.score, now.score) : null,
  };
}
