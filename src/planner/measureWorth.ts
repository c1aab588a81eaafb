import { round2 } from "../analysis/round";
import type { Measure } from "../measures/buildMeasures";
import type { Gain } from "./planner";

/** What a measure is worth: the points of total its items would add at 100, as the planner prices them. */
export interface MeasureWorth {
  measure: Measure;
  /** The planner's gains of the measure's items (of the assessed year), largest first. */
  gains: Gain[];
  totalGain: number;
  /** Where some of its gains are ranges: the sum of their lows and of their highs. */
  range?: { min: number; max: number };
  estimate: boolean;
}

/**
 * The measures ordered by what they are worth (largest first); a measure whose items are all at 100 (or whose
 * items the planner cannot price) is worth nothing the planner can show and is left out.
 */
export function measuresByWorth(measures: Measure[], gains: Gain[], year: number): MeasureWorth[] {
  const out: MeasureWorth[] = [];
  for (const measure of measures) {
    const mine = gains.filter((g) =>
      measure.items.some(
        (it) =>
          it.year === year &&
          g.kind === it.kind &&
          g.code === (it.kind === "item" ? it.code : String(it.number)),
      ),
    );
    if (mine.length === 0) continue;
    const totalGain = round2(mine.reduce((a, g) => a + g.totalGainAt100, 0));
    const ranged = mine.some((g) => g.range);
    out.push({
      measure,
      gains: mine,
      totalGain,
      ...(ranged
        ? {
            range: {
              min: round2(mine.reduce((a, g) => a + (g.range?.min ?? g.totalGainAt100), 0)),
              max: round2(mine.reduce((a, g) => a + (g.range?.max ?? g.totalGainAt100), 0)),
            },
          }
        : {}),
      estimate: mine.some((g) => g.certainty !== "confirmed"),
    });
  }
  return out.sort((a, b) => b.totalGain - a.totalGain);
}
