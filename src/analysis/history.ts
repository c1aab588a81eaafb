import { INSTRUMENTS, type Instrument } from "../ita/types";
import type { Analysis } from "./analyse";
import type { ItemTrail } from "./itemTrails";

/** The years a history is drawn for: three or more (two years are the analysis's own comparison). */
export const HISTORY_MIN_YEARS = 3;

/** An agency's scores across its years, as the trend sheet and the JSON report's `history` give them. */
export interface History {
  years: number[];
  total: Record<string, number>;
  level: Record<string, string>;
  instruments: Record<Instrument, Record<string, number>>;
  /** The ten indicators by year: comparable across 2563–2569 (the same ten in every framework). */
  indicators: Record<string, Record<string, number>>;
  /** Years whose total, level or a score shown is computed here on an assumption: estimates. */
  estimated: {
    total: number[];
    level: number[];
    instruments: Record<Instrument, number[]>;
    indicators: Record<string, number[]>;
  };
  /** Each latest item followed back across renumberings, hop by hop. */
  items: ItemTrail[];
}

/** The history of the workbook's agency, or null with fewer than HISTORY_MIN_YEARS years of scores. */
export function agencyHistory(a: Analysis): History | null {
  const years = a.scoresByYear.filter((y) => y.total !== null || y.indicators.size > 0 || y.level !== null);
  if (years.length < HISTORY_MIN_YEARS) return null;
  const total: Record<string, number> = {};
  const level: Record<string, string> = {};
  const instruments = Object.fromEntries(INSTRUMENTS.map((i) => [i, {}])) as Record<
    Instrument,
    Record<string, number>
  >;
  const indicators: Record<string, Record<string, number>> = {};
  const estimated: History["estimated"] = {
    total: [],
    level: [],
    instruments: { IIT: [], EIT: [], OIT: [] },
    indicators: {},
  };
  for (const y of years) {
    const key = String(y.year);
    if (y.total) {
      total[key] = y.total.score;
      if (y.total.source === "items") estimated.total.push(y.year);
    }
    if (y.level) {
      level[key] = y.level;
      if ((y.levelAssumptions?.length ?? 0) > 0 || y.total?.source === "items") estimated.level.push(y.year);
    }
    for (const [inst, s] of y.instruments) {
      instruments[inst][key] = s.score;
      if (s.assumptions?.length) estimated.instruments[inst].push(y.year);
    }
    for (const [n, s] of y.indicators) {
      (indicators[String(n)] ??= {})[key] = s.score;
      if (s.assumptions?.length) (estimated.indicators[String(n)] ??= []).push(y.year);
    }
  }
  return {
    years: years.map((y) => y.year),
    total,
    level,
    instruments,
    indicators,
    estimated,
    items: a.trails,
  };
}
