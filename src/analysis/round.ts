/** Rounds to 2 decimals the way a person does on paper: 85.25 − 85.13 = 0.12, 1.005 → 1.01. */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  // toPrecision(15) drops binary noise (0.12000000000000455 → 0.12); the e2 shift then rounds in decimal.
  const v = Number(Math.abs(x).toPrecision(15));
  if (v < 1e-6) return 0;
  const out = (sign * Math.round(Number(`${v}e2`))) / 100;
  return Object.is(out, -0) ? 0 : out;
}

/** The difference b − a rounded to 2 decimals. */
export function delta2(a: number, b: number): number {
  return round2(b - a);
}

export function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}
