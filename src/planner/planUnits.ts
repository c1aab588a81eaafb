import type { Analysis } from "../analysis/analyse";
import type { Instrument } from "../ita/types";
import { type Coefficient, indicatorCoefficient, itemCoefficient } from "./coefficients";

/** A score the officer can raise: an item, or an indicator where the workbook has no item scores of it. */
export interface PlanUnit {
  kind: "item" | "indicator";
  /** The item's code ("O27") or the indicator's number ("10"). */
  code: string;
  instrument: Instrument;
  score: number;
  coefficient: Coefficient;
  /**
   * Raised to 100 or not at all: an OIT item is a document published or not (scored 0, 50 or 100), so a plan never
   * raises one part way.
   */
  whole?: boolean;
}

/** A score whose worth cannot be worked out (an item the year's list places in no indicator). */
export interface UnplacedScore {
  code: string;
  instrument: Instrument;
  score: number;
}

/**
 * The latest year's scores as units of the plan: every item with a place in its indicator, and every indicator
 * the workbook scores without items. Items of channels (EP/ES) are left to their indicator.
 */
export function planUnits(a: Analysis): { units: PlanUnit[]; unplaced: UnplacedScore[] } {
  const year = a.latestYear;
  if (year === null) return { units: [], unplaced: [] };
  const units: PlanUnit[] = [];
  const unplaced: UnplacedScore[] = [];
  const placed = new Set<number>();
  for (const it of a.items) {
    if (it.channel !== null) continue;
    const c = itemCoefficient(year, it.instrument, it.number);
    if (!c) {
      unplaced.push({ code: it.code, instrument: it.instrument, score: it.score });
      continue;
    }
    if (it.indicator !== null) placed.add(it.indicator);
    units.push({
      kind: "item",
      code: it.code,
      instrument: it.instrument,
      score: it.score,
      coefficient: c,
      ...(it.instrument === "OIT" ? { whole: true } : {}),
    });
  }
  for (const ind of a.indicators) {
    if (placed.has(ind.number)) continue;
    const c = indicatorCoefficient(year, ind.number);
    if (c)
      units.push({
        kind: "indicator",
        code: String(ind.number),
        instrument: c.instrument,
        score: ind.score,
        coefficient: c,
      });
  }
  return { units, unplaced };
}
