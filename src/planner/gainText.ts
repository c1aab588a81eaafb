import type { Lang } from "../i18n/lang";
import type { Gain } from "./planner";

/**
 * A gain's worth as printed after a "+": one figure ("2.50"), or, where the plausible readings of the rule reorder
 * the largest gains, its range ("1.50 ถึง +2.67").
 */
export function gainFigure(g: Pick<Gain, "totalGainAt100" | "range">, lang: Lang): string {
  if (!g.range) return g.totalGainAt100.toFixed(2);
  return `${g.range.min.toFixed(2)}${lang === "th" ? " ถึง +" : " to +"}${g.range.max.toFixed(2)}`;
}

/** The plan sheet's certainty of an estimated figure: "ประมาณ", or "ประมาณ 0.95 ถึง 1.67" for a range. */
export function estimateNote(range: { min: number; max: number } | undefined): string {
  return range ? `ประมาณ ${range.min.toFixed(2)} ถึง ${range.max.toFixed(2)}` : "ประมาณ";
}
