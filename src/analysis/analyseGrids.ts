import { type Analysis, analyse } from "./analyse";
import type { SheetGrid } from "./grid";
import { recogniseWorkbook } from "./recogniseWorkbook";
import type { AnalysisSettings } from "./settings";

/** workbook grids → analysis: the whole pure engine behind the CLI and the pane. */
export function analyseGrids(grids: SheetGrid[], settings: AnalysisSettings): Analysis {
  return analyse(recogniseWorkbook(grids), settings);
}
