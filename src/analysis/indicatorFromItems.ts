import { indicatorInstrument, indicatorsOf, itemList } from "../ita/catalog";
import { mean, round2 } from "./round";
import type { ResolvedItem } from "./resolveItems";
import type { Diagnostic } from "./types";

/**
 * An indicator score computed from a complete set of its items (rounded item scores, by the list's rule),
 * or null when the rule or an item is missing.
 */
export function indicatorFromItems(
  year: number,
  n: number,
  items: ResolvedItem[],
  diagnostics: Diagnostic[],
): number | null {
  const inst = indicatorInstrument(n);
  if (!inst) return null;
  const list = itemList(year, inst);
  if (!list?.aggregate) return null;
  const defs = list.items.filter((d) => d.indicator === n);
  if (defs.length === 0) return null;
  const own = items.filter((i) => i.instrument === inst);
  if (own.some((i) => i.channel !== null)) {
    if (n === indicatorsOf(inst)[0])
      diagnostics.push({
        level: "info",
        sheet: null,
        cell: null,
        id: "channelsNotCombined",
        params: { year },
      });
    return null;
  }
  const scores = defs.map((d) => own.find((i) => i.number === d.n)?.score);
  if (scores.some((s) => s === undefined)) return null;
  let value: number;
  if (list.aggregate === "mean-of-subindicators") {
    const subs = new Map<string, number[]>();
    defs.forEach((d, k) => subs.set(d.sub ?? "", [...(subs.get(d.sub ?? "") ?? []), scores[k]!]));
    value = mean([...subs.values()].map(mean));
  } else {
    value = mean(scores as number[]);
  }
  diagnostics.push({
    level: "info",
    sheet: null,
    cell: null,
    id: list.aggregate === "mean-of-subindicators" ? "indicatorFromSubindicators" : "indicatorFromItems",
    params: { indicator: n, year },
  });
  return round2(value);
}
