/**
 * The engine's light part, in the page: the first answer the pane draws (the analysis, without the measures and
 * the documents, whose catalogue and builders the worker loads) and the check of a selected table.
 */
import type { ItemResult } from "../analysis/analyse";
import type { SheetGrid } from "../analysis/grid";
import type { Lang } from "../analysis/messages";
import { analysisStage, stageReport } from "../analysisStage";
import { compareWorkbook } from "../compare/compareWorkbook";
import { indicatorName, prakadenName } from "../ita/catalog";
import { levelsOfYear } from "../ita/levels";
import type { PipelineResult } from "../pipeline";
import { analysisSettings } from "./analysisSettings";
import { type EngineView, type SelectionAnswer, groupKey } from "./engineView";
import { translate } from "./i18n";
import type { PaneSettings } from "./paneHost";
import { type SelectionCheck, checkSelection, selectionNote } from "./selectionCheck";

/** The view without the measures (`measuresPending`): what the summary card and the items need. */
export function lightView(grids: SheetGrid[], settings: PaneSettings, lang: Lang): EngineView {
  const stage = analysisStage(grids, analysisSettings(settings), {
    excludedTables: settings.excludedTables,
    defaultYear: settings.defaultYear ?? undefined,
    includeHidden: settings.includeHidden,
  });
  const result: PipelineResult = {
    analysis: stage.analysis,
    plan: null,
    planner: stage.planner,
    results: null,
    report: { ...stageReport(stage, lang), fiscalYear: null, measures: [] },
    specs: [],
    lostEdits: [],
    keep: [],
  };
  return viewOf(result, grids, settings, lang, true);
}

/** A result as the pane shows it: the names its items are listed under, the year's levels, the comparison. */
export function viewOf(
  result: PipelineResult,
  grids: SheetGrid[],
  settings: PaneSettings,
  lang: Lang,
  measuresPending: boolean,
): EngineView {
  const groups: Record<string, string> = {};
  for (const i of result.report.items) groups[groupKey(i)] ??= groupName(i, lang);
  const year = result.analysis.latestYear;
  return {
    result,
    groups,
    levels: year === null ? null : levelsOfYear(year),
    comparison: compareWorkbook(grids, settings.threshold),
    measuresPending,
  };
}

export function engineSelection(
  selection: SheetGrid | null,
  grids: SheetGrid[],
  year: number | null,
  lang: Lang,
): SelectionAnswer {
  const found: SelectionCheck = selection
    ? checkSelection(selection, grids, year ?? undefined)
    : { kind: "empty" };
  return { found, note: selectionNote(lang, found) };
}

/** The group an item is listed under: its ประเด็น (2567+) or its indicator. */
function groupName(i: Pick<ItemResult, "prakaden" | "indicator">, lang: Lang): string {
  if (i.prakaden !== null)
    return translate(lang, "prakaden", { n: i.prakaden, name: prakadenName(i.prakaden) ?? "" });
  if (i.indicator !== null)
    return translate(lang, "indicatorGroup", { n: i.indicator, name: indicatorName(i.indicator) ?? "" });
  return translate(lang, "otherGroup");
}
