import { itemList, yearFacts } from "../ita/catalog";
import { OIT_AS_ONE_MEAN, OTHER_WEIGHTS } from "../ita/plausibleRules";
import type { Instrument } from "../ita/types";
import type { Coefficient } from "./coefficients";
import type { PlanUnit } from "./planUnits";

/**
 * One reading of a year's rule: the instruments' weights, and, where OIT is read as one mean of all its items, how
 * many items that mean is over (null: the catalogue's split into indicators 9 and 10).
 */
export interface RuleVariant {
  weights: Record<Instrument, number>;
  oitItems: number | null;
}

/** The OIT list's split into indicators is inferred, or its averaging unpublished. */
function oitSplitUncertain(year: number): boolean {
  const list = itemList(year, "OIT");
  return Boolean(list && (!list.aggregate || list.items.some((d) => d.indicatorInferred)));
}

/**
 * The readings of the year's rule the planner's figures could rest on: the catalogue's first (what every figure
 * uses), then the plausible others where the year's rule is not confirmed. One reading for 2563–2564.
 */
export function ruleVariants(year: number): RuleVariant[] {
  const facts = yearFacts(year);
  if (!facts) return [];
  const weights = [facts.weights, ...(facts.weightsConfirmed ? [] : OTHER_WEIGHTS)];
  const placed = itemList(year, "OIT")?.items.filter((d) => d.indicator !== null).length ?? 0;
  const oit = OIT_AS_ONE_MEAN && oitSplitUncertain(year) && placed > 0 ? [null, placed] : [null];
  return weights.flatMap((w) => oit.map((oitItems) => ({ weights: w, oitItems })));
}

/** What a reading needs of a unit of the plan: its kind, instrument, score and instrument points per point. */
export type PricedUnit = Pick<PlanUnit, "kind" | "instrument" | "score"> & {
  coefficient: Pick<Coefficient, "perInstrumentPoint">;
};

/**
 * Points of total one point of the unit is worth under a reading of the rule: its instrument points (its share of
 * its indicator and of its instrument, as the catalogue places it) times the reading's weight; an OIT item, where
 * OIT is read as one mean, that mean's share.
 */
export function perTotalUnder(unit: PricedUnit, v: RuleVariant): number {
  if (unit.kind === "item" && unit.instrument === "OIT" && v.oitItems !== null)
    return v.weights.OIT / v.oitItems;
  return unit.coefficient.perInstrumentPoint * v.weights[unit.instrument];
}

/** How many of the largest gains must keep their order across the readings for one figure to be enough. */
const TOP = 5;

/**
 * Where the readings of the rule put the largest gains in another order, each gain's range over the readings
 * (points of total at 100, lowest and highest); null where one figure is enough (the order holds, or one reading).
 */
export function gainRanges(
  units: PricedUnit[],
  variants: RuleVariant[],
): { min: number; max: number }[] | null {
  if (variants.length < 2) return null;
  const worth = units.map((u) => variants.map((v) => (100 - u.score) * perTotalUnder(u, v)));
  const topUnder = (i: number) =>
    worth
      .map((w, k) => ({ k, g: w[i]! }))
      .sort((a, b) => b.g - a.g || a.k - b.k)
      .slice(0, TOP)
      .map((x) => x.k)
      .join(",");
  const first = topUnder(0);
  if (variants.every((_, i) => topUnder(i) === first)) return null;
  return worth.map((w) => ({ min: Math.min(...w), max: Math.max(...w) }));
}
