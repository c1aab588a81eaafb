import { FACTS, indicatorsOf, yearFacts } from "../ita/catalog";
import { legacyLevel, levelFor, levelsOfYear } from "../ita/levels";
import { INSTRUMENTS, type Instrument } from "../ita/types";
import { indicatorFromItems } from "./indicatorFromItems";
import { explainMissing } from "./missingScores";
import {
  type AssumptionId,
  type LevelShortfall,
  computedAssumptions,
  levelShortfall,
  unionAssumptions,
} from "./scoreAssumptions";
import { mean, round2 } from "./round";
import type { ResolvedItem } from "./resolveItems";
import type { AnalysisSettings } from "./settings";
import type { Diagnostic, IndicatorObservation, Recognition, SummaryObservation } from "./types";

export interface SourcedScore {
  /** The score as published: 2 decimals. */
  score: number;
  /** sheet: read from a cell; entered: typed by the officer from ITAS; items: computed. */
  source: "sheet" | "entered" | "items";
  sheet: string | null;
  cell: string | null;
  /** What a computed figure assumes (scoreAssumptions.ts); absent for a figure read from a sheet. */
  assumptions?: AssumptionId[];
}

export interface YearScores {
  year: number;
  indicators: Map<number, SourcedScore>;
  instruments: Map<Instrument, SourcedScore>;
  total: (SourcedScore & { weights: Record<Instrument, number>; weightsConfirmed: boolean }) | null;
  level: string | null;
  /** What a computed level assumes (those of the total and instruments it comes from); absent when read. */
  levelAssumptions?: AssumptionId[];
  /** From 2566: the level above, which the total reaches, and the instruments that hold it back. */
  levelShortfall?: LevelShortfall;
}

/**
 * Indicator, instrument and total scores of one year. A score given in a sheet always wins (rounded to
 * 2 decimals once, on reading); otherwise it is computed — indicators only from a complete set of their
 * items, instruments from all their indicators, the total from the unrounded instrument means with that
 * year's weights (so the printed indicators of Trat 2564 give the published 81.45).
 */
export function yearScores(
  year: number,
  items: ResolvedItem[],
  given: Pick<Recognition, "indicators" | "summaries" | "levels">,
  settings: AnalysisSettings,
  diagnostics: Diagnostic[],
): YearScores {
  const { summaries } = given;
  const indicators = givenIndicators(year, given.indicators, diagnostics);
  const yearItems = items.filter((i) => i.year === year);
  for (const ind of FACTS.indicators) {
    if (indicators.has(ind.number)) continue;
    const computed = indicatorFromItems(year, ind.number, yearItems, diagnostics);
    if (computed !== null)
      indicators.set(ind.number, {
        score: computed,
        source: "items",
        sheet: null,
        cell: null,
        ...withAssumptions(computedAssumptions(year)),
      });
  }
  const instruments = new Map<Instrument, SourcedScore>();
  /** Unrounded instrument scores, for the total: the mean of the indicators, or the sheet's own figure. */
  const exact = new Map<Instrument, number>();
  for (const inst of INSTRUMENTS) {
    const given = summaries.find((s) => s.year === year && s.instrument === inst);
    const parts = indicatorsOf(inst).flatMap((n) => indicators.get(n)?.score ?? []);
    const computed = parts.length === indicatorsOf(inst).length ? mean(parts) : null;
    if (given) {
      const score = round2(given.score);
      instruments.set(inst, { score, source: "sheet", sheet: given.sheet, cell: given.cell });
      exact.set(inst, score);
      if (computed !== null && round2(computed) !== score)
        diagnostics.push({
          level: "info",
          sheet: given.sheet,
          cell: given.cell,
          id: "givenInstrumentKept",
          params: { year, instrument: inst, given: score.toFixed(2), computed: round2(computed).toFixed(2) },
        });
    } else if (computed !== null) {
      const assumptions = unionAssumptions(
        computedAssumptions(year),
        ...indicatorsOf(inst).map((n) => indicators.get(n)?.assumptions),
      );
      instruments.set(inst, {
        score: round2(computed),
        source: "items",
        sheet: null,
        cell: null,
        ...withAssumptions(assumptions),
      });
      exact.set(inst, computed);
    }
  }
  const total = yearTotal(year, exact, summaries, settings, diagnostics);
  if (total?.source === "items")
    total.assumptions = unionAssumptions(
      total.weightsConfirmed ? [] : ["weights"],
      ...INSTRUMENTS.map((i) => instruments.get(i)?.assumptions),
    );
  const published = Object.fromEntries(INSTRUMENTS.map((i) => [i, instruments.get(i)?.score]));
  const allInstruments = INSTRUMENTS.every((i) => published[i] !== undefined);
  const needsInstruments = yearFacts(year)?.levelScheme === "2567";
  const computedLevel =
    total && (!needsInstruments || allInstruments)
      ? levelFor(year, total.score, published as Record<Instrument, number>)
      : null;
  const level = givenLevel(year, given.levels, computedLevel, total?.score ?? null, diagnostics);
  const fromTotal = level !== null && level === computedLevel && !given.levels.some((l) => l.year === year);
  const levelAssumptions = fromTotal
    ? unionAssumptions(
        total?.assumptions,
        ...(needsInstruments ? INSTRUMENTS.map((i) => instruments.get(i)?.assumptions) : []),
      )
    : [];
  const shortfall =
    needsInstruments && total && level && allInstruments
      ? levelShortfall(level, total.score, published as Record<Instrument, number>)
      : null;
  const result: YearScores = {
    year,
    indicators,
    instruments,
    total,
    level,
    ...(levelAssumptions.length ? { levelAssumptions } : {}),
    ...(shortfall ? { levelShortfall: shortfall } : {}),
  };
  explainMissing(result, yearItems, needsInstruments, diagnostics);
  return result;
}

function givenIndicators(
  year: number,
  indicatorObs: IndicatorObservation[],
  diagnostics: Diagnostic[],
): Map<number, SourcedScore> {
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
    indicators.set(o.indicator, { score: round2(o.score), source: "sheet", sheet: o.sheet, cell: o.cell });
  }
  return indicators;
}

/** The total: the sheet's own figure wins; otherwise 2 decimals of the weighted unrounded instrument scores. */
function yearTotal(
  year: number,
  exact: Map<Instrument, number>,
  summaries: SummaryObservation[],
  settings: AnalysisSettings,
  diagnostics: Diagnostic[],
): YearScores["total"] {
  const facts = yearFacts(year);
  const weights = settings.weights[String(year)] ?? facts?.weights ?? null;
  if (!weights) return null;
  const weightsConfirmed = settings.weights[String(year)] !== undefined || (facts?.weightsConfirmed ?? false);
  const computed = INSTRUMENTS.every((i) => exact.has(i))
    ? round2(INSTRUMENTS.reduce((s, i) => s + weights[i] * exact.get(i)!, 0))
    : null;
  const given = summaries.find((s) => s.year === year && s.instrument === null);
  if (given) {
    const score = round2(given.score);
    if (computed !== null && computed !== score)
      diagnostics.push({
        level: "info",
        sheet: given.entered ? null : given.sheet,
        cell: given.entered ? null : given.cell,
        id: given.entered ? "enteredTotalKept" : "givenTotalKept",
        params: { year, given: score.toFixed(2), computed: computed.toFixed(2) },
      });
    return given.entered
      ? { score, source: "entered", sheet: null, cell: null, weights, weightsConfirmed }
      : { score, source: "sheet", sheet: given.sheet, cell: given.cell, weights, weightsConfirmed };
  }
  if (computed === null) return null;
  if (!weightsConfirmed)
    diagnostics.push({
      level: "info",
      sheet: null,
      cell: null,
      id: "weightsUnconfirmed",
      params: { year, iit: weights.IIT, eit: weights.EIT, oit: weights.OIT },
    });
  return { score: computed, source: "items", sheet: null, cell: null, weights, weightsConfirmed };
}

/**
 * The level: the one printed beside the year's total wins (the sheet is the evidence, the cut-offs are data);
 * when it differs from the level the cut-offs give, or is not a level of that year's scheme, the officer is told.
 */
function givenLevel(
  year: number,
  levels: Recognition["levels"],
  computed: string | null,
  total: number | null,
  diagnostics: Diagnostic[],
): string | null {
  const given = levels.find((l) => l.year === year);
  if (!given) {
    // A year whose level is printed in two schemes (2566): the one worked out is said, with the other's word.
    const also = yearFacts(year)?.levelSchemeAlso;
    if (also === "legacy" && computed !== null && total !== null)
      diagnostics.push({
        level: "info",
        sheet: null,
        cell: null,
        id: "levelSchemeBoth",
        params: { year, level: computed, legacy: legacyLevel(total) },
      });
    return computed;
  }
  const at = given.entered ? { sheet: null, cell: null } : { sheet: given.sheet, cell: given.cell };
  if (!levelsOfYear(year).includes(given.level)) {
    diagnostics.push({
      level: "warning",
      ...at,
      id: "givenLevelOtherScheme",
      params: { year, given: given.level, levels: levelsOfYear(year).join(", ") },
    });
    return computed;
  }
  if (computed !== null && computed !== given.level)
    diagnostics.push({
      level: "info",
      ...at,
      id: given.entered ? "enteredLevelKept" : "givenLevelKept",
      params: { year, given: given.level, computed },
    });
  return given.level;
}

/** The assumptions field of a computed score: present only when there are some. */
function withAssumptions(assumptions: AssumptionId[]): { assumptions?: AssumptionId[] } {
  return assumptions.length ? { assumptions } : {};
}
