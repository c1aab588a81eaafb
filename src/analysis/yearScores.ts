import { FACTS, indicatorInstrument, indicatorsOf, itemList, yearFacts } from "../ita/catalog";
import { levelFor } from "../ita/levels";
import { INSTRUMENTS, type Instrument } from "../ita/types";
import { mean, round2 } from "./round";
import type { ResolvedItem } from "./resolveItems";
import type { AnalysisSettings } from "./settings";
import type { Diagnostic, IndicatorObservation, SummaryObservation } from "./types";

export interface SourcedScore {
  score: number;
  source: "sheet" | "items";
  sheet: string | null;
  cell: string | null;
}

export interface YearScores {
  year: number;
  indicators: Map<number, SourcedScore>;
  instruments: Map<Instrument, SourcedScore>;
  total: (SourcedScore & { weights: Record<Instrument, number>; weightsConfirmed: boolean }) | null;
  level: string | null;
}

/**
 * Indicator, instrument and total scores of one year: taken from the sheets where given, otherwise
 * computed — indicators only from a complete set of their items, instruments from all their
 * indicators, the total from all three instruments with that year's weights.
 */
export function yearScores(
  year: number,
  items: ResolvedItem[],
  indicatorObs: IndicatorObservation[],
  summaries: SummaryObservation[],
  settings: AnalysisSettings,
  diagnostics: Diagnostic[],
): YearScores {
  const indicators = new Map<number, SourcedScore>();
  for (const o of indicatorObs.filter((o) => o.year === year)) {
    const first = indicators.get(o.indicator);
    if (first) {
      diagnostics.push({
        level: "warning",
        sheet: o.sheet,
        cell: o.cell,
        id: "duplicateIndicator",
        params: { indicator: o.indicator, year, first: `${first.sheet}!${first.cell}` },
      });
      continue;
    }
    indicators.set(o.indicator, { score: o.score, source: "sheet", sheet: o.sheet, cell: o.cell });
  }
  const yearItems = items.filter((i) => i.year === year);
  for (const ind of FACTS.indicators) {
    if (indicators.has(ind.number)) continue;
    const computed = indicatorFromItems(year, ind.number, yearItems, diagnostics);
    if (computed !== null)
      indicators.set(ind.number, { score: computed, source: "items", sheet: null, cell: null });
  }
  const instruments = new Map<Instrument, SourcedScore>();
  for (const inst of INSTRUMENTS) {
    const given = summaries.find((s) => s.year === year && s.instrument === inst);
    if (given) {
      instruments.set(inst, { score: given.score, source: "sheet", sheet: given.sheet, cell: given.cell });
      continue;
    }
    const parts = indicatorsOf(inst).map((n) => indicators.get(n)?.score);
    if (parts.every((p) => p !== undefined))
      instruments.set(inst, {
        score: round2(mean(parts as number[])),
        source: "items",
        sheet: null,
        cell: null,
      });
  }
  const facts = yearFacts(year);
  const weights = settings.weights[String(year)] ?? facts?.weights ?? null;
  const weightsConfirmed = settings.weights[String(year)] !== undefined || (facts?.weightsConfirmed ?? false);
  let total: YearScores["total"] = null;
  const givenTotal = summaries.find((s) => s.year === year && s.instrument === null);
  const inst = Object.fromEntries(INSTRUMENTS.map((i) => [i, instruments.get(i)?.score])) as Record<
    Instrument,
    number | undefined
  >;
  const allInstruments = INSTRUMENTS.every((i) => inst[i] !== undefined);
  if (givenTotal && weights) {
    total = {
      score: givenTotal.score,
      source: "sheet",
      sheet: givenTotal.sheet,
      cell: givenTotal.cell,
      weights,
      weightsConfirmed,
    };
  } else if (allInstruments && weights) {
    const score = round2(INSTRUMENTS.reduce((s, i) => s + weights[i] * inst[i]!, 0));
    total = { score, source: "items", sheet: null, cell: null, weights, weightsConfirmed };
    if (!weightsConfirmed) {
      diagnostics.push({
        level: "info",
        sheet: null,
        cell: null,
        id: "weightsUnconfirmed",
        params: { year, iit: weights.IIT, eit: weights.EIT, oit: weights.OIT },
      });
    }
  }
  const needsInstruments = facts?.levelScheme === "2567";
  const level =
    total && (!needsInstruments || allInstruments)
      ? levelFor(year, total.score, inst as Record<Instrument, number>)
      : null;
  return { year, indicators, instruments, total, level };
}

function indicatorFromItems(
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
    id: "indicatorFromItems",
    params: { indicator: n, year, rule: list.aggregate },
  });
  return round2(value);
}
