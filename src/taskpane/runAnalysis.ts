import type { SheetGrid } from "../analysis/grid";
import type { Lang } from "../analysis/messages";
import { analysisSettings } from "./analysisSettings";
import { type PipelineOptions, type PipelineResult, runPipeline } from "../pipeline";
import type { DocOptions } from "../sheets/sheetBuilder";
import type { GeneratedKind } from "../sheets/sheetSpec";
import type { DOC_PEOPLE, PaneSettings } from "./paneHost";

/** The people and office the documents name (contract with the document builders; blank prints dotted lines). */
type DocPeople = Pick<PaneSettings, (typeof DOC_PEOPLE)[number]>;

/** Runs the engine with the pane's settings: [] documents for the view, the chosen ones for Generate. */
export function runAnalysis(
  grids: SheetGrid[],
  settings: PaneSettings,
  lang: Lang,
  documents: GeneratedKind[],
  previousGrids: SheetGrid[] | null,
): PipelineResult {
  const doc: DocOptions & DocPeople = {
    agency: settings.agency.trim(),
    font: { name: settings.font, size: 16 },
    thaiDigits: settings.thaiDigits,
    ...peopleOf(settings),
    ...(settings.garuda ? { garuda: settings.garuda } : {}),
  };
  const options: PipelineOptions & { previousGrids?: SheetGrid[] } = {
    documents,
    excludedTables: settings.excludedTables,
    fiscalYear: settings.fiscalYear ?? undefined,
    defaultYear: settings.defaultYear ?? undefined,
    includeHidden: settings.includeHidden,
    ...(previousGrids ? { previousGrids } : {}),
  };
  return runPipeline(grids, analysisSettings(settings), doc, lang, options);
}

function peopleOf(s: PaneSettings): DocPeople {
  return {
    division: s.division.trim(),
    writerName: s.writerName.trim(),
    writerPosition: s.writerPosition.trim(),
    divisionHeadName: s.divisionHeadName.trim(),
    divisionHeadPosition: s.divisionHeadPosition.trim(),
    chiefOfficerName: s.chiefOfficerName.trim(),
    chiefOfficerPosition: s.chiefOfficerPosition.trim(),
    executiveName: s.executiveName.trim(),
    executivePosition: s.executivePosition.trim(),
  };
}
