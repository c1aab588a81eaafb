import type { SheetGrid } from "../analysis/grid";
import { type Comparison, compareAgencies } from "../compare/compareAgencies";
import type { CompareOrder } from "../compare/compareOrder";
import { agencyReadings, readAgencyTables } from "../compare/readAgencyTables";
import { buildCompareSheet } from "../sheets/buildCompareSheet";
import type { DocOptions } from "../sheets/sheetBuilder";
import type { PaneSettings } from "./paneHost";
import type { GenerateRun } from "./useGenerate";

/** The comparison of the workbook's agencies when it holds a table of several (a provincial table), else null. */
export function compareWorkbook(grids: SheetGrid[], threshold: number): Comparison | null {
  const tables = readAgencyTables(grids);
  if (new Set(tables.agencies.map((a) => a.name)).size < 2) return null;
  const read = agencyReadings(tables, threshold);
  return compareAgencies(read.readings, read.notRead, threshold);
}

/**
 * Writing the comparison sheet, from the workbook as read inside Generate: only the comparison is replaced; the
 * documents written before for one agency stay as they stand.
 */
export function comparisonRun(settings: PaneSettings, order: CompareOrder): GenerateRun {
  return (grids) => {
    const c = compareWorkbook(grids, settings.threshold);
    const doc: DocOptions = {
      agency: "",
      font: { name: settings.font, size: 16 },
      thaiDigits: settings.thaiDigits,
    };
    const keep = grids.filter((g) => g.generated && g.generatedKind !== "compare").map((g) => g.name);
    return { specs: c ? [buildCompareSheet(c, doc, order)] : [], lostEdits: [], keep };
  };
}
