import { yearFacts } from "../ita/catalog";
import { INSTRUMENTS, type Instrument } from "../ita/types";
import type { Analysis } from "./analyse";
import { rangeA1 } from "./grid";
import type { Diagnostic } from "./types";
import { type Lang, message } from "./messages";
import { mergeIndicatorNotes } from "./mergeNotes";
import { readingReport } from "./readingReport";
import { delta2 } from "./round";
import { estimateFields, shortfallText } from "./estimateText";

export const REPORT_SCHEMA = "ita-analysis/1";

type Prev = { year: number; score: number } | null;

/** The JSON report of the CLI contract (schema ita-analysis/1), with messages in the user's language. */
export function toReport(a: Analysis, lang: Lang) {
  const latest = a.scoresByYear.find((y) => y.year === a.latestYear);
  const before = a.scoresByYear.filter((y) => a.latestYear !== null && y.year < a.latestYear);
  const prevOf = (pick: (y: (typeof before)[number]) => number | undefined): Prev => {
    for (let i = before.length - 1; i >= 0; i--) {
      const v = pick(before[i]!);
      if (v !== undefined) return { year: before[i]!.year, score: v };
    }
    return null;
  };
  const instruments = INSTRUMENTS.flatMap((inst: Instrument) => {
    const s = latest?.instruments.get(inst);
    if (!s) return [];
    const previous = prevOf((y) => y.instruments.get(inst)?.score);
    return [
      {
        instrument: inst,
        score: s.score,
        source: s.source,
        previous,
        delta: previous ? delta2(previous.score, s.score) : null,
        flagged: s.score < a.threshold,
        ...estimateFields(latest!.year, s.assumptions, lang),
      },
    ];
  });
  const t = latest?.total;
  const prevTotal = prevOf((y) => y.total?.score);
  const prevLevel = [...before].reverse().find((y) => y.level !== null);
  return {
    schema: REPORT_SCHEMA,
    years: a.years,
    latestYear: a.latestYear,
    /** The ITA year the scores are results of (the latest one). */
    assessmentYear: a.latestYear,
    /** The fiscal year of the documents (see Analysis.documentYear). */
    documentYear: a.documentYear,
    yearShifts: a.yearShifts,
    threshold: a.threshold,
    tables: a.tables.map((tb) => ({
      sheet: tb.sheet,
      range: rangeA1(tb.range),
      kind: tb.kind,
      years: tb.years,
      rows: tb.rows,
    })),
    items: a.items,
    indicators: a.indicators.map(({ assumptions, ...i }) => ({
      ...i,
      ...estimateFields(a.latestYear ?? 0, assumptions, lang),
    })),
    instruments,
    total: t
      ? {
          score: t.score,
          source: t.source,
          weights: t.weights,
          weightsConfirmed: t.weightsConfirmed,
          previous: prevTotal,
          delta: prevTotal ? delta2(prevTotal.score, t.score) : null,
          flagged: t.score < a.threshold,
          ...estimateFields(latest!.year, t.assumptions, lang, t.weights),
        }
      : null,
    level:
      latest?.level && a.latestYear !== null
        ? {
            scheme: yearFacts(a.latestYear)?.levelScheme ?? null,
            level: latest.level,
            previous: prevLevel ? { year: prevLevel.year, level: prevLevel.level } : null,
            ...estimateFields(latest.year, latest.levelAssumptions, lang, latest.total?.weights),
            /** Why not the level above, when the total reaches it but an instrument does not (from 2566). */
            reason: latest.levelShortfall ? shortfallText(latest.level, latest.levelShortfall, lang) : null,
          }
        : null,
    /** Scores read that the comparison does not use (older years, items without a counterpart), with why. */
    notCompared: a.notCompared,
    reading: readingReport(a, lang),
    diagnostics: mergeIndicatorNotes(a.diagnostics).map((d) => diagnosticJson(d, lang)),
  };
}

/** A diagnostic as the JSON reports give it: level, where, its code and its message in the user's language. */
export function diagnosticJson(d: Diagnostic, lang: Lang) {
  return { level: d.level, sheet: d.sheet, cell: d.cell, code: d.id, message: message(d.id, d.params, lang) };
}

export type AnalysisReport = ReturnType<typeof toReport>;
