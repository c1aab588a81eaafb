/** A score as the sheets print it: two decimals. */
export function fixed2(n: number): string {
  return n.toFixed(2);
}

/** A change with its sign, or a dash when there is no previous year. */
export function signed(d: number | null): string {
  return d === null ? "–" : `${d > 0 ? "+" : ""}${d.toFixed(2)}`;
}
