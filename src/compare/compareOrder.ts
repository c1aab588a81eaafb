import type { ComparedAgency, Comparison } from "./compareAgencies";

/** How the comparison lists agencies: by rank, by the change (largest fall first), below the mark first, or by
 * one indicator (lowest first: the agencies that drag it down). */
export type CompareOrder = "total" | "change" | "below" | `indicator:${number}`;

export const COMPARE_ORDERS = [
  "total",
  "change",
  "below",
  ...Array.from({ length: 10 }, (_, i) => `indicator:${i + 1}`),
];

export function isCompareOrder(s: string): s is CompareOrder {
  return COMPARE_ORDERS.includes(s);
}

/** The agencies in the asked order; ties and agencies without the figure keep the rank order, at the end. */
export function sortedAgencies(c: Comparison, order: CompareOrder): ComparedAgency[] {
  const byRank = c.agencies;
  const key = sortKey(order, c);
  if (!key) return byRank;
  const at = new Map(byRank.map((a, i) => [a, i]));
  return [...byRank].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? at.get(a)! - at.get(b)! : ka === null ? 1 : -1;
    return ka - kb || at.get(a)! - at.get(b)!;
  });
}

/** The number to sort by, ascending; null puts an agency at the end. */
function sortKey(order: CompareOrder, c: Comparison): ((a: ComparedAgency) => number | null) | null {
  if (order === "total") return null;
  if (order === "change") return (a) => a.delta?.change ?? null;
  const latest = (a: ComparedAgency) => (a.latest?.year === c.year ? a.latest : null);
  if (order === "below")
    return (a) => {
      const t = latest(a)?.total ?? null;
      return t === null ? null : t < c.threshold ? t - 1000 : -t;
    };
  const n = Number(order.slice("indicator:".length));
  return (a) => latest(a)?.indicators[n] ?? null;
}
