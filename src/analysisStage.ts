import { type Analysis, analyse } from "./analysis/analyse";
import { type CellRange, type SheetGrid, parseA1, rangeA1 } from "./analysis/grid";
import { type History, agencyHistory } from "./analysis/history";
import type { Lang } from "./analysis/messages";
import { recogniseWorkbook } from "./analysis/recogniseWorkbook";
import { toReport } from "./analysis/report";
import type { AnalysisSettings } from "./analysis/settings";
import type { Recognition } from "./analysis/types";
import { type Planner, buildPlanner } from "./planner/planner";
import { plannerJson } from "./planner/plannerJson";
import { hasRowRecords } from "./sheets/rowRecord";

/** What reading the workbook takes from a run's options (pipeline.ts). */
export interface StageOptions {
  excludedTables?: string[];
  defaultYear?: number;
  includeHidden?: string[];
}

/** grids → recognition → analysis, with the planner and the agency's history: everything before the measures. */
export interface AnalysisStage {
  /** The grids as read, a copied document marked so (never read as scores). */
  grids: SheetGrid[];
  rec: Recognition;
  analysis: Analysis;
  planner: Planner | null;
  history: History | null;
}

/** The key of a recognised table, as the pane lists it. */
export function tableKey(t: { sheet: string; range: CellRange }): string {
  return `${t.sheet}!${rangeA1(t.range)}`;
}

export function analysisStage(
  sheets: SheetGrid[],
  settings: AnalysisSettings,
  options: StageOptions = {},
): AnalysisStage {
  // A sheet whose rows carry the tool's records is a document (a copy made with Move or Copy, a marker lost):
  // never read as scores.
  const grids = sheets.map((g) =>
    !g.generated && !g.copiedDocument && hasRowRecords(g) ? { ...g, copiedDocument: true } : g,
  );
  const rec = withoutTables(
    recogniseWorkbook(grids, { defaultYear: options.defaultYear, includeHidden: options.includeHidden }),
    options.excludedTables ?? [],
  );
  const analysis = analyse(rec, settings);
  return { grids, rec, analysis, planner: buildPlanner(analysis), history: agencyHistory(analysis) };
}

/** The JSON report's parts that need no measures: the analysis, the planner, the history. */
export function stageReport(stage: AnalysisStage, lang: Lang) {
  return {
    ...toReport(stage.analysis, lang),
    planner: plannerJson(stage.planner, lang),
    history: stage.history,
  };
}

/** Drops the tables the officer excluded, and every score read from them. */
function withoutTables(rec: Recognition, excluded: string[]): Recognition {
  if (excluded.length === 0) return rec;
  const out = rec.tables.filter((t) => excluded.includes(tableKey(t)));
  const inside = (o: { sheet: string; cell: string }) =>
    out.some((t) => t.sheet === o.sheet && contains(t.range, o.cell));
  return {
    tables: rec.tables.filter((t) => !out.includes(t)),
    items: rec.items.filter((o) => !inside(o)),
    indicators: rec.indicators.filter((o) => !inside(o)),
    summaries: rec.summaries.filter((o) => !inside(o)),
    levels: rec.levels.filter((o) => !inside(o)),
    diagnostics: rec.diagnostics.filter(
      (d) => !(d.sheet && d.cell && inside({ sheet: d.sheet, cell: d.cell })),
    ),
  };
}

function contains(r: CellRange, address: string): boolean {
  const at = parseA1(address);
  return at !== null && at.row >= r.top && at.row <= r.bottom && at.col >= r.left && at.col <= r.right;
}
