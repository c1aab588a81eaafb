import type { Analysis } from "../analysis/analyse";
import type { Measure, MeasurePlan } from "./buildMeasures";
import { outcomeSentence } from "./outcomeSentence";

export interface ResultRow {
  measure: Measure;
  /** One generated ผลลัพธ์ sentence per item (or indicator) the measure answered. */
  outcomes: string[];
}

export interface ResultsReport {
  /** The fiscal year in which the measures were carried out. */
  fiscalYear: number;
  previousYear: number;
  year: number;
  rows: ResultRow[];
}

/**
 * The results report of last year's measures: each measure built from the previous year's weak items, with a
 * sentence per item comparing its previous score with this year's (through the crosswalk where codes changed).
 */
export function buildResults(plan: MeasurePlan, before: Analysis, now: Analysis): ResultsReport | null {
  if (now.latestYear === null || before.latestYear === null || before.latestYear >= now.latestYear)
    return null;
  const prevYear = before.latestYear;
  const year = now.latestYear;
  const indicatorSentence = (n: number): string[] => {
    const was = before.indicators.find((i) => i.number === n);
    if (!was) return [];
    const is = now.indicators.find((i) => i.number === n);
    return [
      outcomeSentence({
        previousYear: prevYear,
        year,
        indicator: n,
        previousCode: null,
        code: null,
        previousScore: was.score,
        score: is?.score ?? null,
        threshold: now.threshold,
      }),
    ];
  };
  const rows = plan.measures.map((measure) => {
    const outcomes: string[] = [];
    const fallback = new Set<number>();
    for (const item of measure.items) {
      if (item.kind === "indicator") {
        fallback.add(item.number);
        continue;
      }
      const code = item.code;
      const was = before.items.find((i) => i.code === code);
      if (!was) continue;
      const is = now.items.find((i) => i.previous?.year === prevYear && i.previous.code === code);
      const base = {
        previousYear: prevYear,
        year,
        indicator: was.indicator,
        previousCode: code,
        previousScore: was.score,
        threshold: now.threshold,
      };
      outcomes.push(outcomeSentence({ ...base, code: is?.code ?? null, score: is?.score ?? null }));
      // No comparable item this year (the framework changed): the indicator still compares.
      if (!is && was.indicator) fallback.add(was.indicator);
    }
    for (const n of fallback) outcomes.push(...indicatorSentence(n));
    return { measure, outcomes };
  });
  return { fiscalYear: plan.fiscalYear, previousYear: prevYear, year, rows };
}
