import { FACTS, yearFacts } from "../ita/catalog";
import type { Instrument } from "../ita/types";

/**
 * What a computed figure rests on that NACC has not confirmed:
 * - `weights`: the year's instrument weights (30/30/40) are assumed, not reproduced from published totals;
 * - `aggregation`: items make indicators and indicators make instruments by plain means, as in 2563–2564 (where
 *   that reproduces NACC's totals) — not confirmed for this year.
 * A figure with any assumption is an estimate, and is said to be one wherever it appears.
 */
export type AssumptionId = "weights" | "aggregation";

/** Whether the year's rule (weights and means) reproduces NACC's published totals (2563–2564). */
export function ruleConfirmed(year: number): boolean {
  return yearFacts(year)?.weightsConfirmed ?? false;
}

/** The assumptions of several parts, each once, in a fixed order. */
export function unionAssumptions(...parts: (readonly AssumptionId[] | undefined)[]): AssumptionId[] {
  const all = new Set(parts.flatMap((p) => p ?? []));
  return (["weights", "aggregation"] as const).filter((id) => all.has(id));
}

/** The assumptions of a figure computed in `year` by means (an indicator from items, an instrument from indicators). */
export function computedAssumptions(year: number): AssumptionId[] {
  return ruleConfirmed(year) ? [] : ["aggregation"];
}

/** Why a level is not the one above it (from 2566: every instrument must reach the mark, not only the total). */
export interface LevelShortfall {
  /** The level above, which the total reaches. */
  notLevel: string;
  /** The instruments below that level's mark, with their scores. */
  below: { instrument: Instrument; score: number }[];
  mark: number;
}

/**
 * For the ผ่านดีเยี่ยม… scheme: when the total reaches the mark of the level above `level` but an instrument does
 * not ("ผ่าน, not ผ่านดี: EIT 83.10 is below 85"), that level and what holds it back; null otherwise.
 */
export function levelShortfall(
  level: string,
  total: number,
  instruments: Partial<Record<Instrument, number>>,
): LevelShortfall | null {
  const s = FACTS.levels["2567"];
  const [notLevel, mark] =
    level === s.names[2]
      ? [s.names[1], s.good]
      : level === s.names[1]
        ? [s.names[0], s.excellent]
        : [null, 0];
  if (notLevel === null) return null;
  if (total < mark) return null;
  const below = (Object.entries(instruments) as [Instrument, number][])
    .filter(([, v]) => v < mark)
    .map(([instrument, score]) => ({ instrument, score }));
  return below.length ? { notLevel, below, mark } : null;
}
