import { type Analysis, analyse } from "./analysis/analyse";
import type { SheetGrid } from "./analysis/grid";
import type { Lang } from "./analysis/messages";
import { recogniseWorkbook } from "./analysis/recogniseWorkbook";
import { toReport } from "./analysis/report";
import type { AnalysisSettings } from "./analysis/settings";
import { type MeasurePlan, buildMeasures } from "./measures/buildMeasures";
import { measuresJson } from "./measures/measuresJson";
import { type ResultsReport, buildResults } from "./measures/resultRows";
import { buildAnalysisSheet } from "./sheets/buildAnalysisSheet";
import { buildMeasuresSheet } from "./sheets/buildMeasuresSheet";
import { buildResultsSheet } from "./sheets/buildResultsSheet";
import { readOfficerEdits, withOfficerEdits } from "./sheets/officerEdits";
import type { DocOptions } from "./sheets/sheetBuilder";
import type { GeneratedKind, SheetSpec } from "./sheets/sheetSpec";

export const ALL_DOCUMENTS: GeneratedKind[] = ["analysis", "measures", "results"];

export interface PipelineResult {
  analysis: Analysis;
  plan: MeasurePlan | null;
  results: ResultsReport | null;
  report: ReturnType<typeof toReport> & {
    fiscalYear: number | null;
    measures: ReturnType<typeof measuresJson>;
  };
  specs: SheetSpec[];
}

/**
 * grids → analysis → measures and results → sheet specs: everything between reading and writing a workbook.
 * What an officer typed into previously generated measures/results sheets is carried into the new ones.
 */
export function runPipeline(
  grids: SheetGrid[],
  settings: AnalysisSettings,
  doc: DocOptions,
  lang: Lang,
  documents = ALL_DOCUMENTS,
): PipelineResult {
  const rec = recogniseWorkbook(grids);
  const analysis = analyse(rec, settings);
  const edits = readOfficerEdits(grids);
  const built = buildMeasures(analysis);
  const plan = built && withOfficerEdits(built, "measures", edits);
  const prevYear = [...analysis.years]
    .reverse()
    .find((y) => analysis.latestYear !== null && y < analysis.latestYear);
  const before = prevYear === undefined ? null : analyse(rec, settings, prevYear);
  const prevPlan = before && buildMeasures(before);
  const results =
    prevPlan && before ? buildResults(withOfficerEdits(prevPlan, "results", edits), before, analysis) : null;
  const specs: SheetSpec[] = [];
  if (analysis.latestYear !== null) {
    if (documents.includes("analysis")) specs.push(buildAnalysisSheet(analysis, doc));
    if (documents.includes("measures") && plan) specs.push(buildMeasuresSheet(plan, doc));
    if (documents.includes("results") && results) specs.push(buildResultsSheet(results, doc, edits));
  }
  const report = {
    ...toReport(analysis, lang),
    fiscalYear: plan?.fiscalYear ?? null,
    measures: measuresJson(plan),
  };
  return { analysis, plan, results, report, specs };
}
