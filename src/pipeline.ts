import { type Analysis, analyse } from "./analysis/analyse";
import type { SheetGrid } from "./analysis/grid";
import type { Lang } from "./analysis/messages";
import type { Recognition } from "./analysis/types";
import { toReport } from "./analysis/report";
import type { Planner } from "./planner/planner";
import { buildPlanSheet } from "./sheets/buildPlanSheet";
import { buildHistorySheet } from "./sheets/buildHistorySheet";
import type { History } from "./analysis/history";
import { plannerJson } from "./planner/plannerJson";
import type { AnalysisSettings } from "./analysis/settings";
import { type MeasurePlan, buildMeasures } from "./measures/buildMeasures";
import { measuresJson } from "./measures/measuresJson";
import { type ResultsReport, buildResults } from "./measures/resultRows";
import { buildAnalysisSheet } from "./sheets/buildAnalysisSheet";
import { buildAnnouncementSheet } from "./sheets/buildAnnouncementSheet";
import { buildMeasuresSheet } from "./sheets/buildMeasuresSheet";
import { buildMemoSheet } from "./sheets/buildMemoSheet";
import { measuresMemo, resultsMemo } from "./sheets/memoTexts";
import { buildResultsSheet } from "./sheets/buildResultsSheet";
import { readAdoptedMeasures } from "./sheets/adoptedMeasures";
import { keptResultsSheets } from "./sheets/keptSheets";
import { readOfficerEdits, withOfficerEdits } from "./sheets/officerEdits";
import { type LostEdit, carryRowEdits } from "./sheets/carryRowEdits";
import type { DocOptions } from "./sheets/sheetBuilder";
import type { GeneratedKind, SheetSpec } from "./sheets/sheetSpec";
import { ALL_DOCUMENTS, TABLE_DOCUMENTS, withHistory } from "./documentKinds";
import { analysisStage, stageReport, tableKey } from "./analysisStage";

// The document lists live apart so that the pane can name them without loading the pipeline.
export { ALL_DOCUMENTS, TABLE_DOCUMENTS, tableKey, withHistory };

export interface PipelineOptions {
  /** The documents to write; default TABLE_DOCUMENTS. */
  documents?: GeneratedKind[];
  /** Tables the officer excluded, as "sheet!A1:B9" (the report's table keys). */
  excludedTables?: string[];
  /** Fiscal year of the measures, when not the year after the assessment. */
  fiscalYear?: number;
  /** The year of score tables that name none (the officer's setting when detection is unsure). */
  defaultYear?: number;
  /** Hidden sheets to read as scores, by name (a very hidden one never is). */
  includeHidden?: string[];
  /** The grids of another workbook holding last year's measures sheet as adopted (CLI --previous). */
  previousGrids?: SheetGrid[];
}

export interface PipelineResult {
  analysis: Analysis;
  plan: MeasurePlan | null;
  /** The score planner of the latest year (also in the report as JSON). */
  planner: Planner | null;
  /** The results report; null when there is none, and when no document asked for it (the pane's view). */
  results: ResultsReport | null;
  report: ReturnType<typeof toReport> & {
    fiscalYear: number | null;
    measures: ReturnType<typeof measuresJson>;
    planner: ReturnType<typeof plannerJson>;
    /** The agency's scores across three or more years (null with fewer). */
    history: History | null;
  };
  specs: SheetSpec[];
  /** Text typed into the earlier documents that the new ones would not hold: to be said before writing. */
  lostEdits: LostEdit[];
  /** Earlier documents to leave as they stand (last year's results report with what was done typed in). */
  keep: string[];
}

/**
 * grids → analysis → measures and results → sheet specs: everything between reading and writing a workbook.
 * What an officer typed into previously generated measures/results sheets is carried into the new ones.
 */
export function runPipeline(
  sheets: SheetGrid[],
  settings: AnalysisSettings,
  doc: DocOptions,
  lang: Lang,
  options: PipelineOptions = {},
): PipelineResult {
  const documents = options.documents ?? TABLE_DOCUMENTS;
  const stage = analysisStage(sheets, settings, options);
  const { grids, rec, analysis, planner, history } = stage;
  const edits = readOfficerEdits(grids);
  const built = buildMeasures(analysis, options.fiscalYear);
  const plan = built && { ...built, measures: withOfficerEdits(built.measures, "measures", edits) };
  // Last year's results need a second analysis: made only for the documents that print them.
  const results =
    documents.includes("results") || documents.includes("resultsMemo")
      ? lastYearsResults(rec, settings, analysis, grids, options.previousGrids ?? [])
      : null;
  const specs: SheetSpec[] = [];
  const keep: string[] = [];
  if (analysis.latestYear !== null) {
    const builders: Record<GeneratedKind, () => SheetSpec | null> = {
      analysis: () => buildAnalysisSheet(analysis, doc, built),
      history: () => history && buildHistorySheet(history, analysis.threshold, doc),
      // The comparison of several agencies is its own run (compare/runComparison), never one agency's document.
      compare: () => null,
      measuresMemo: () => built && buildMemoSheet(measuresMemo(built, analysis, doc, planner), doc),
      measuresAnnouncement: () => built && buildAnnouncementSheet(built, doc),
      measures: () => built && buildMeasuresSheet(built, doc, edits),
      plan: () =>
        planner && (planner.gains.length > 0 || planner.targets.length > 0)
          ? buildPlanSheet(planner, analysis, doc, plan?.measures ?? [])
          : null,
      resultsMemo: () => results && buildMemoSheet(resultsMemo(results, analysis, doc), doc),
      results: () => results && buildResultsSheet(results, doc, edits),
    };
    for (const kind of withHistory(ALL_DOCUMENTS.filter((k) => documents.includes(k)))) {
      const spec = builders[kind]();
      if (spec) specs.push(spec);
    }
    if (documents.includes("results")) keep.push(...keptResultsSheets(grids, results?.fiscalYear ?? null));
    // A comparison of agencies is written apart (compare): one agency's documents never replace it.
    keep.push(...grids.filter((g) => g.generated && g.generatedKind === "compare").map((g) => g.name));
  }
  const report = {
    ...stageReport(stage, lang),
    fiscalYear: plan?.fiscalYear ?? null,
    measures: measuresJson(plan),
  };
  // What officers typed into the earlier documents goes back where the same rows are written again.
  const replaced = grids.filter((g) => !keep.includes(g.name));
  const carried = specs.length > 0 ? carryRowEdits(specs, replaced) : { specs, lost: [] };
  return { analysis, plan, planner, results, report, specs: carried.specs, lostEdits: carried.lost, keep };
}

/**
 * The report on the measures of the fiscal year now assessed: the measures as adopted (last year's measures sheet,
 * in the workbook the user points to or in this one), else rebuilt from last year's scores.
 */
function lastYearsResults(
  rec: Recognition,
  settings: AnalysisSettings,
  now: Analysis,
  grids: SheetGrid[],
  previousGrids: SheetGrid[],
): ResultsReport | null {
  const year = now.latestYear;
  const prevYear = [...now.years].reverse().find((y) => year !== null && y < year);
  if (year === null || prevYear === undefined) return null;
  const before = analyse(rec, settings, prevYear);
  const adopted = readAdoptedMeasures(previousGrids, year) ?? readAdoptedMeasures(grids, year);
  if (adopted) return buildResults(adopted.measures, year, "adopted", before, now);
  const rebuilt = buildMeasures(before, year);
  return rebuilt && buildResults(rebuilt.measures, year, "rebuilt", before, now);
}
