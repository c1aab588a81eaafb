import type { SheetGrid } from "../analysis/grid";
import type { CompareOrder } from "../compare/compareOrder";
import { compareWorkbook } from "../compare/compareWorkbook";
import { buildCompareSheet } from "../sheets/buildCompareSheet";
import type { DocOptions } from "../sheets/sheetBuilder";
import type { PaneSettings } from "./paneHost";
import type { PipelineResult } from "../pipeline";

/**
 * Writing the comparison sheet, from the workbook as read inside Generate: only the comparison is replaced; the
 * documents written before for one agency stay as they stand.
 */
export function comparisonRun(
  grids: SheetGrid[],
  settings: PaneSettings,
  order: CompareOrder,
): Pick<PipelineResult, "specs" | "lostEdits" | "keep"> {
  const c = compareWorkbook(grids, settings.threshold);
  const doc: DocOptions = {
    agency: "",
    font: { name: settings.font, size: 16 },
    thaiDigits: settings.thaiDigits,
  };
  const keep = grids.filter((g) => g.generated && g.generatedKind !== "compare").map((g) => g.name);
  return { specs: c ? [buildCompareSheet(c, doc, order)] : [], lostEdits: [], keep };
}
