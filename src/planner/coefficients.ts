import type { AssumptionId } from "../analysis/scoreAssumptions";
import { computedAssumptions, ruleConfirmed } from "../analysis/scoreAssumptions";
import { indicatorInstrument, indicatorsOf, itemList, yearFacts } from "../ita/catalog";
import type { Instrument } from "../ita/types";

/**
 * What the planner's figures rest on: the year's rule (weights, means; scoreAssumptions.ts) and, for OIT from
 * 2567, the split of items into indicators 9 and 10, which NACC has not published (inferred in the catalogue).
 */
export type PlannerAssumption = AssumptionId | "oitSplit";

/** The assumptions of several parts, each once, in a fixed order. */
export function plannerAssumptions(
  ...parts: (Iterable<PlannerAssumption> | undefined)[]
): PlannerAssumption[] {
  const all = new Set(parts.flatMap((p) => [...(p ?? [])]));
  return (["weights", "aggregation", "oitSplit"] as const).filter((x) => all.has(x));
}

/** How much one point of a score moves its instrument and the total, and what that rests on. */
export interface Coefficient {
  instrument: Instrument;
  /** Instrument points per point of this score. */
  perInstrumentPoint: number;
  /** Total points per point of this score. */
  perTotalPoint: number;
  assumptions: PlannerAssumption[];
}

/** An indicator's point: its instrument's mean of indicators, times the instrument's weight. */
export function indicatorCoefficient(year: number, n: number): Coefficient | null {
  const instrument = indicatorInstrument(n);
  const weights = yearFacts(year)?.weights;
  if (!instrument || !weights) return null;
  const perInstrumentPoint = 1 / indicatorsOf(instrument).length;
  return {
    instrument,
    perInstrumentPoint,
    perTotalPoint: perInstrumentPoint * weights[instrument],
    assumptions: [
      ...(ruleConfirmed(year) ? [] : (["weights", ...computedAssumptions(year)] as AssumptionId[])),
    ],
  };
}

/**
 * An item's point: its share of its indicator (the mean of the indicator's items, or of its sub-indicators' means
 * where the list says so), times the indicator's. Null when the year's list does not place the item in an indicator.
 */
export function itemCoefficient(year: number, instrument: Instrument, n: number): Coefficient | null {
  const list = itemList(year, instrument);
  const def = list?.items.find((d) => d.n === n);
  if (!list || !def || def.indicator === null) return null;
  const ind = indicatorCoefficient(year, def.indicator);
  if (!ind) return null;
  const siblings = list.items.filter((d) => d.indicator === def.indicator);
  let share: number;
  if (list.aggregate === "mean-of-subindicators") {
    const subs = new Set(siblings.map((d) => d.sub ?? ""));
    share = 1 / subs.size / siblings.filter((d) => (d.sub ?? "") === (def.sub ?? "")).length;
  } else share = 1 / siblings.length;
  const assumptions = new Set<PlannerAssumption>(ind.assumptions);
  // A list without a published rule is taken as a plain mean of its items (the 2563–2564 rule).
  if (!list.aggregate) assumptions.add("aggregation");
  if (def.indicatorInferred) assumptions.add("oitSplit");
  return {
    instrument,
    perInstrumentPoint: ind.perInstrumentPoint * share,
    perTotalPoint: ind.perTotalPoint * share,
    assumptions: plannerAssumptions(assumptions),
  };
}
