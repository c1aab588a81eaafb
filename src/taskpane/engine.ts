/**
 * The whole engine as the pane asks it: recognition, analysis, measures, sheet builders and the ITA data behind
 * four questions. It runs in a Web Worker (engineWorker.ts), off the page's thread, or in the page where no worker
 * can start (engineClient.ts); its answers are plain data, the same either way. The page's first answer comes
 * from its light part (engineLight.ts).
 */
import type { SheetGrid } from "../analysis/grid";
import type { Lang } from "../analysis/messages";
import type { CompareOrder } from "../compare/compareOrder";
import type { GeneratedKind } from "../sheets/sheetSpec";
import { comparisonRun } from "./comparisonRun";
import { viewOf } from "./engineLight";
import type { Built, EngineView } from "./engineView";
import type { PaneSettings } from "./paneHost";
import { runAnalysis } from "./runAnalysis";

export { engineSelection } from "./engineLight";

/** The view with the measures (their titles beside the items). */
export function engineView(
  grids: SheetGrid[],
  settings: PaneSettings,
  lang: Lang,
  previousGrids: SheetGrid[] | null,
): EngineView {
  return viewOf(runAnalysis(grids, settings, lang, [], previousGrids), grids, settings, lang, false);
}

export function engineBuild(
  grids: SheetGrid[],
  settings: PaneSettings,
  lang: Lang,
  documents: GeneratedKind[],
  previousGrids: SheetGrid[] | null,
): Built {
  const { specs, lostEdits, keep } = runAnalysis(grids, settings, lang, documents, previousGrids);
  return { specs, lostEdits, keep };
}

export function engineCompareRun(grids: SheetGrid[], settings: PaneSettings, order: CompareOrder): Built {
  return comparisonRun(grids, settings, order);
}
