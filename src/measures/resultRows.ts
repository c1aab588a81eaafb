import type { Analysis, ItemResult } from "../analysis/analyse";
import type { Measure } from "./buildMeasures";
import { prakadenOfIndicator } from "../ita/catalog";
import { groupingOf } from "./groups";
import { indicatorOutcome } from "./indicatorOutcome";
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
  /** The structure of the plan being reported on (that of the previous assessment year). */
  grouping: "indicator" | "prakaden";
  /** Adopted: read from last year's measures sheet as the officer left it; rebuilt: from last year's scores. */
  source: "adopted" | "rebuilt";
  rows: ResultRow[];
}

/**
 * The results report of last year's measures: for each measure, a sentence per item comparing its previous
 * score with this year's (through the crosswalk where codes changed); for a measure that kept a passing group's
 * standard, its indicators (or its OIT items' tally).
 */
export function buildResults(
  measures: Measure[],
  fiscalYear: number,
  source: ResultsReport["source"],
  before: Analysis,
  now: Analysis,
): ResultsReport | null {
  if (now.latestYear === null || before.latestYear === null || before.latestYear >= now.latestYear)
    return null;
  const prevYear = before.latestYear;
  const year = now.latestYear;
  const indicatorSentence = (n: number, prakaden: number | null = null, unmatched: ItemResult[] = []) => {
    const sentence = indicatorOutcome(before, now, n, prakaden, unmatched, source === "adopted");
    return sentence ? [sentence] : [];
  };
  const counterpart = (was: ItemResult) =>
    now.items.find(
      (i) =>
        i.previous?.year === prevYear &&
        (i.previous.code === was.code || i.previous.merged?.some((m) => m.code === was.code) === true),
    );
  const itemSentence = (was: ItemResult, is: ItemResult): string =>
    outcomeSentence({
      previousYear: prevYear,
      year,
      indicator: was.indicator,
      prakaden: was.prakaden,
      previousCode: was.code,
      code: is.code,
      crosswalk: is.previous?.crosswalk ?? false,
      previousScore: was.score,
      score: is.score,
      threshold: now.threshold,
      creditMeasure: source === "adopted",
    });
  const rows = measures.map((measure) => {
    const outcomes: string[] = [];
    // Indicators to compare, each with last year's items that have no counterpart this year.
    const fallback = new Map<number, ItemResult[]>();
    const unmatchedOf = (n: number) => fallback.get(n) ?? fallback.set(n, []).get(n)!;
    for (const item of measure.items) {
      if (item.kind === "indicator") {
        unmatchedOf(item.number);
        continue;
      }
      const was = item.year === prevYear ? before.items.find((i) => i.code === item.code) : undefined;
      if (!was) continue;
      const is = counterpart(was);
      if (is) outcomes.push(itemSentence(was, is));
      else if (was.indicator) unmatchedOf(was.indicator).push(was);
    }
    for (const [n, unmatched] of fallback) {
      // From 2567 the sentence names the ประเด็น first, when the unmatched items share one.
      const prakaden = new Set(unmatched.map((i) => i.prakaden));
      const shared = prakaden.size === 1 ? [...prakaden][0]! : null;
      outcomes.push(...indicatorSentence(n, shared, unmatched));
    }
    if (measure.items.length === 0) outcomes.push(...keptGroup(measure, before, now, indicatorSentence));
    // Never an empty ผลลัพธ์ cell: say which scores the report was not given.
    if (outcomes.length === 0)
      outcomes.push(
        `ไม่มีคะแนนของ${measure.group.label} ที่เทียบกันได้ระหว่างปี ${prevYear} กับปี ${year} ในข้อมูลที่ใช้จัดทำรายงานนี้`,
      );
    return { measure, outcomes };
  });
  return { fiscalYear, previousYear: prevYear, year, grouping: groupingOf(prevYear), source, rows };
}

/** The outcome of a measure that kept a passing group's standard: its indicators, or its OIT items' tally. */
function keptGroup(
  m: Measure,
  before: Analysis,
  now: Analysis,
  indicatorSentence: (n: number, prakaden?: number | null) => string[],
): string[] {
  const g = m.group;
  if (g.kind === "indicator") return indicatorSentence(g.number);
  if (g.kind !== "prakaden") return [];
  const inGroup = (a: Analysis) => a.items.filter((i) => i.prakaden === g.number);
  // The ประเด็น's indicators: those of its items, or without items those seed 002 lists under it.
  const fromItems = inGroup(before).flatMap((i) => (i.indicator ? [i.indicator] : []));
  const listed = before.indicators
    .filter((i) => prakadenOfIndicator(i.number) === g.number)
    .map((i) => i.number);
  const indicators = [...new Set(fromItems.length ? fromItems : listed)];
  if (indicators.length) return indicators.flatMap((n) => indicatorSentence(n, g.number));
  const tally = (a: Analysis) => {
    const oit = inGroup(a).filter((i) => i.instrument === "OIT");
    return `ผ่านเกณฑ์ ${oit.filter((i) => !i.flagged).length} จาก ${oit.length} ข้อ`;
  };
  if (inGroup(before).length === 0) return [];
  return [
    `ผลการประเมิน ITA ปี ${before.latestYear} ข้อ OIT ของ${g.label} ${tally(before)} ปี ${now.latestYear} ${tally(now)}`,
  ];
}
