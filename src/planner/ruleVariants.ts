import { indicatorInstrument, indicatorsOf, itemList, yearFacts } from "../ita/catalog";
import { OIT_AS_ONE_MEAN, OTHER_WEIGHTS } from "../ita/plausibleRules";
import type { Instrument } from "../ita/types";
import { itemCoefficient } from "./coefficients";

/** One reading of a year's rule: the instruments' weights, and whether OIT is one mean of all its items. */
export interface RuleVariant {
  weights: Record<Instrument, number>;
  oitOneMean: boolean;
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
  const oit = OIT_AS_ONE_MEAN && oitSplitUncertain(year) ? [false, true] : [false];
  return weights.flatMap((w) => oit.map((oitOneMean) => ({ weights: w, oitOneMean })));
}

/** A unit of the plan as the variants need it: an item by its instrument and number, or an indicator. */
export type VariantUnit =
  { kind: "item"; instrument: Instrument; n: number } | { kind: "indicator"; indicator: number };

/** Points of total one point of the unit is worth under a reading of the rule; null where it cannot be placed. */
export function perTotalUnder(year: number, unit: VariantUnit, v: RuleVariant): number | null {
  if (unit.kind === "indicator") {
    const instrument = indicatorInstrument(unit.indicator);
    return instrument ? v.weights[instrument] / indicatorsOf(instrument).length : null;
  }
  const c = itemCoefficient(year, unit.instrument, unit.n);
  if (!c) return null;
  if (unit.instrument === "OIT" && v.oitOneMean) {
    const placed = itemList(year, "OIT")!.items.filter((d) => d.indicator !== null).length;
    return v.weights.OIT / placed;
  }
  return c.perInstrumentPoint * v.weights[unit.instrument];
}

/** How many of the largest gains must keep their order across the readings for one figure to be enough. */
const TOP = 5;

/**
 * Where the readings of the rule put the largest gains in another order, each gain's range over the readings
 * (points of total at 100, lowest and highest); null where one figure is enough (the order holds, or one reading).
 */
export function gainRanges(
  year: number,
  units: { unit: VariantUnit; score: number }[],
  variants: RuleVariant[],
): ({ min: number; max: number } | null)[] | null {
  if (variants.length < 2) return null;
  const worth = units.map((u) =>
    variants.map((v) => {
      const p = perTotalUnder(year, u.unit, v);
      return p === null ? null : (100 - u.score) * p;
    }),
  );
  const topUnder = (i: number) =>
    worth
      .map((w, k) => ({ k, g: w[i] ?? 0 }))
      .sort((a, b) => b.g - a.g || a.k - b.k)
      .slice(0, TOP)
      .map((x) => x.k)
      .join(",");
  const first = topUnder(0);
  if (variants.every((_, i) => topUnder(i) === first)) return null;
  return worth.map((w) => {
    const known = w.filter((x): x is number => x !== null);
    return known.length ? { min: Math.min(...known), max: Math.max(...known) } : null;
  });
}
