import { cleanTitles } from "./cleanTitles";
import { dropEarlyYears } from "./earlyFramework";
import type { AssumptionId } from "./scoreAssumptions";
import { indicatorInstrument, indicatorName, yearFacts } from "../ita/catalog";
import type { Instrument } from "../ita/types";
import { checkTitles } from "./checkTitles";
import { listByTitles, type YearShift } from "./listByTitles";
import { type NotComparedScore, notCompared } from "./notCompared";
import { PreviousItemFinder } from "./previousItem";
import { HISTORY_MIN_YEARS } from "./history";
import { type ItemTrail, itemTrails } from "./itemTrails";
import { resolveItems, type ResolvedItem } from "./resolveItems";
import { delta2 } from "./round";
import { sayRoundedScores } from "./roundedScores";
import { withEnteredTotals } from "./enteredTotals";
import { type AnalysisSettings, type ItemClass, classify } from "./settings";
import type { Diagnostic, Recognition, RecognisedTable } from "./types";
import { type SourcedScore, type YearScores, yearScores } from "./yearScores";

export interface ItemResult {
  code: string;
  instrument: Instrument;
  channel: "EP" | "ES" | null;
  number: number;
  indicator: number | null;
  /** True when the indicator is inferred from the 2566 item of the same title (OIT 2567+). */
  indicatorInferred: boolean;
  prakaden: number | null;
  /** True when the ประเด็น is inferred from the 2567 item of the same title (2568/2569 lists). */
  prakadenInferred: boolean;
  topic: string | null;
  /** The title as typed in the sheet, or null when the sheet gives only the code. */
  title: string | null;
  score: number;
  previous: {
    year: number;
    code: string;
    score: number;
    sheet: string;
    cell: string;
    crosswalk: boolean;
    /**
     * Two or more items of the previous year merged into this one (2568 O21 and O22 into 2569 O20): each with its
     * score; `score` is then their mean (2 dp) and `code` the first of them.
     */
    merged?: { code: string; score: number; sheet: string; cell: string }[];
  } | null;
  delta: number | null;
  flagged: boolean;
  class: ItemClass;
  sheet: string;
  cell: string;
}

export interface IndicatorResult {
  number: number;
  name: string;
  instrument: Instrument;
  score: number;
  previous: { year: number; score: number } | null;
  delta: number | null;
  flagged: boolean;
  class: ItemClass;
  source: SourcedScore["source"];
  sheet: string | null;
  cell: string | null;
  /** What a computed score assumes (scoreAssumptions.ts); absent when read from a sheet. */
  assumptions?: AssumptionId[];
}

export interface Analysis {
  /** Assessment years (ITA ปี …) of the scores. */
  years: number[];
  /** The latest assessment year: the results the documents are written from. */
  latestYear: number | null;
  /**
   * The document (fiscal) year: the year a sheet's headings name when its items are an earlier year's list
   * (seed 003: "ปี พ.ศ. 2568" over the ITA 2567 list), otherwise the year after the latest assessment year.
   */
  documentYear: number | null;
  /** Sheets read as another assessment year than their headings name, because their titles say so. */
  yearShifts: YearShift[];
  threshold: number;
  tables: RecognisedTable[];
  items: ItemResult[];
  indicators: IndicatorResult[];
  scoresByYear: YearScores[];
  /** Scores read that the comparison does not use, each with its reason (also said as diagnostics). */
  notCompared: NotComparedScore[];
  /** With three or more years: each latest item followed back across renumberings (the history's items). */
  trails: ItemTrail[];
  diagnostics: Diagnostic[];
}

const ORDER: Record<string, number> = { IIT: 0, EIT: 1, OIT: 2 };
/** EIT's channels in the order officers list them (no channel first); not localeCompare, which is slow at start. */
const channelOrder = (c: "EP" | "ES" | null): number => (c === null ? 0 : c === "EP" ? 1 : 2);

/**
 * Compares the latest year with the previous one, item by item and indicator by indicator, and flags.
 * With `asOfYear`, analyses as if that year were the latest (the results report needs last year's view).
 */
export function analyse(all: Recognition, settings: AnalysisSettings, asOfYear?: number): Analysis {
  const diagnostics = asOfYear === undefined ? [...all.diagnostics] : [];
  const known = dropEarlyYears(all, diagnostics);
  const byTitles = listByTitles(known, settings.keepLabelledYear, diagnostics);
  const read = byTitles.rec;
  const allYears = yearsOf([...read.items, ...read.indicators, ...read.summaries]);
  const withEntered = withEnteredTotals(read, settings.publishedTotals, allYears, diagnostics);
  const rec = asOfYear === undefined ? withEntered : upTo(withEntered, asOfYear);
  sayRoundedScores(rec, settings.threshold, diagnostics);
  const resolved = resolveItems(rec.items, diagnostics);
  checkTitles(resolved, diagnostics);
  const items = cleanTitles(resolved, diagnostics);
  const years = yearsOf([...items, ...rec.indicators, ...rec.summaries]);
  const latestYear = years.length ? years[years.length - 1]! : null;
  sayYearGap(years, diagnostics);
  const scoresByYear = years.map((y) => yearScores(y, items, rec, settings, diagnostics));
  const finder = new PreviousItemFinder(items, diagnostics);
  const latestItems = items
    .filter((i) => i.year === latestYear)
    .sort(
      (a, b) =>
        ORDER[a.instrument]! - ORDER[b.instrument]! ||
        channelOrder(a.channel) - channelOrder(b.channel) ||
        a.number - b.number,
    );
  const results = latestItems.map((it) => itemResult(it, finder, settings));
  finder.sayLacking();
  const unused = notCompared(latestYear, items, results, rec, scoresByYear, diagnostics);
  const shift = byTitles.shifts.find((s) => s.assessmentYear === latestYear);
  return {
    years,
    latestYear,
    documentYear: shift ? shift.labelledYear : latestYear === null ? null : latestYear + 1,
    yearShifts: byTitles.shifts,
    threshold: settings.threshold,
    tables: rec.tables,
    items: results,
    indicators: latestYear === null ? [] : indicatorResults(latestYear, scoresByYear, settings),
    scoresByYear,
    notCompared: unused,
    trails: years.length >= HISTORY_MIN_YEARS ? itemTrails(items, latestItems) : [],
    diagnostics,
  };
}

/** The years of some scores, each once, ascending. */
function yearsOf(scores: { year: number }[]): number[] {
  return [...new Set(scores.map((o) => o.year))].sort((a, b) => a - b);
}

function upTo(rec: Recognition, year: number): Recognition {
  return {
    tables: rec.tables,
    items: rec.items.filter((o) => o.year <= year),
    indicators: rec.indicators.filter((o) => o.year <= year),
    summaries: rec.summaries.filter((o) => o.year <= year),
    levels: rec.levels.filter((o) => o.year <= year),
    diagnostics: [],
  };
}

function itemResult(it: ResolvedItem, finder: PreviousItemFinder, settings: AnalysisSettings): ItemResult {
  const prev = finder.find(it);
  const delta = prev ? delta2(prev.item.score, it.score) : null;
  const grouping = yearFacts(it.year)?.grouping;
  return {
    code: it.code,
    instrument: it.instrument,
    channel: it.channel,
    number: it.number,
    indicator: it.def?.indicator ?? null,
    indicatorInferred: it.def?.indicatorInferred === true,
    prakaden: grouping === "prakaden" ? (it.def?.prakaden ?? null) : null,
    prakadenInferred: grouping === "prakaden" && it.def?.prakadenInferred === true,
    topic: it.def?.topic ?? (it.text || null),
    title: it.title,
    score: it.score,
    previous: prev
      ? {
          year: prev.item.year,
          code: prev.item.code,
          score: prev.item.score,
          sheet: prev.item.sheet,
          cell: prev.item.cell,
          crosswalk: prev.viaCrosswalk,
          ...(prev.merged
            ? {
                merged: prev.merged.map((m) => ({
                  code: m.code,
                  score: m.score,
                  sheet: m.sheet,
                  cell: m.cell,
                })),
              }
            : {}),
        }
      : null,
    delta,
    flagged: it.score < settings.threshold,
    class: classify(it.score, delta, it.instrument, settings),
    sheet: it.sheet,
    cell: it.cell,
  };
}

function indicatorResults(
  latest: number,
  byYear: YearScores[],
  settings: AnalysisSettings,
): IndicatorResult[] {
  const now = byYear.find((y) => y.year === latest)!;
  const out: IndicatorResult[] = [];
  for (const [n, s] of [...now.indicators].sort((a, b) => a[0] - b[0])) {
    const prevYear = byYear.filter((y) => y.year < latest && y.indicators.has(n)).pop();
    const previous = prevYear ? { year: prevYear.year, score: prevYear.indicators.get(n)!.score } : null;
    const delta = previous ? delta2(previous.score, s.score) : null;
    out.push({
      number: n,
      name: indicatorName(n, latest) ?? `ตัวชี้วัดที่ ${n}`,
      instrument: indicatorInstrument(n)!,
      score: s.score,
      previous,
      delta,
      flagged: s.score < settings.threshold,
      class: classify(s.score, delta, null, settings),
      source: s.source,
      sheet: s.sheet,
      cell: s.cell,
      ...(s.assumptions?.length ? { assumptions: s.assumptions } : {}),
    });
  }
  return out;
}

/**
 * A history with the year before the latest missing (2566 and 2568, no 2567): the comparison is with the latest
 * earlier year, and that is said, never silent.
 */
function sayYearGap(years: number[], diagnostics: Diagnostic[]): void {
  if (years.length < 2) return;
  const latest = years[years.length - 1]!;
  const previous = years[years.length - 2]!;
  if (previous === latest - 1) return;
  const missing = Array.from({ length: latest - previous - 1 }, (_, k) => previous + 1 + k);
  diagnostics.push({
    level: "warning",
    sheet: null,
    cell: null,
    id: "previousYearMissing",
    params: { missing: missing.join(", "), previous, latest },
  });
}
