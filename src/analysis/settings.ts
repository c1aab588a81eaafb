import { DEFAULTS } from "../ita/defaults";
import type { Instrument } from "../ita/types";

/** What the officer can change; stored in the workbook so colleagues see the same setup. */
export interface AnalysisSettings {
  /** Pass mark per item, indicator and instrument. */
  threshold: number;
  /** Below this an item is "urgent" (to fix urgently) rather than "improve". */
  urgentBelow: number;
  /** An OIT item scored 0 (document not published at all) is urgent. */
  urgentOitZero: boolean;
  /** Instrument weights by assessment year, overriding the catalogue (2567+ weights are not confirmed). */
  weights: Record<string, Record<Instrument, number>>;
  /**
   * Read every table as the year its headings name, even when its item titles are another year's list
   * (by default such a table is read as the year its titles match, with a warning).
   */
  keepLabelledYear: boolean;
  /**
   * Totals (and levels) the officer entered from ITAS, for years whose sheets print none: used as NACC's figure
   * instead of a computed estimate. `year: null` is the latest year read.
   */
  publishedTotals: PublishedTotal[];
}

export interface PublishedTotal {
  year: number | null;
  total: number;
  level: string | null;
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  threshold: DEFAULTS.passMark,
  urgentBelow: DEFAULTS.urgentBelow,
  urgentOitZero: true,
  weights: {},
  keepLabelledYear: false,
  publishedTotals: [],
};

export type ItemClass = "urgent" | "improve" | "declined" | "keep";

/**
 * The class the documents need: urgent (ข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน), improve (ประเด็นที่ต้องพัฒนาให้ดีขึ้น),
 * declined (passes, but lower than last year), keep (ควรรักษามาตรฐานไว้).
 */
export function classify(
  score: number,
  delta: number | null,
  instrument: Instrument | null,
  s: AnalysisSettings,
): ItemClass {
  if (score < s.urgentBelow || (s.urgentOitZero && instrument === "OIT" && score === 0 && s.threshold > 0))
    return "urgent";
  if (score < s.threshold) return "improve";
  if (delta !== null && delta < 0) return "declined";
  return "keep";
}
