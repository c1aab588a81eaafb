import type { YearScores } from "../analysis/yearScores";

/** One agency's year as compared: the published figure where there is one, a computed one said as an estimate. */
export interface ComparedYear {
  year: number;
  total: number | null;
  /** sheet: printed in the table; entered: typed from ITAS; computed: from the indicators, an estimate. */
  totalSource: "sheet" | "entered" | "computed" | null;
  level: string | null;
  /** True when the level follows from a computed total (or computed instruments): an estimate. */
  levelEstimate: boolean;
  indicators: Record<number, number>;
  /** Indicators computed from item scores on an assumption (OIT from 2567): estimates. */
  estimatedIndicators: number[];
  /** The indicators below the mark. */
  below: number[];
}

/** One year of an agency's scores, as the comparison keeps it (the sourced scores of YearScores are let go). */
export function comparedYear(s: YearScores, threshold: number): ComparedYear {
  const indicators: Record<number, number> = {};
  const estimatedIndicators: number[] = [];
  for (const [n, v] of [...s.indicators].sort((a, b) => a[0] - b[0])) {
    indicators[n] = v.score;
    if (v.assumptions?.length) estimatedIndicators.push(n);
  }
  const t = s.total;
  return {
    year: s.year,
    total: t?.score ?? null,
    totalSource: t === null ? null : t.source === "items" ? "computed" : t.source,
    level: s.level,
    levelEstimate: (s.levelAssumptions?.length ?? 0) > 0 || (s.level !== null && t?.source === "items"),
    indicators,
    estimatedIndicators,
    below: Object.entries(indicators)
      .filter(([, v]) => v < threshold)
      .map(([n]) => Number(n)),
  };
}
