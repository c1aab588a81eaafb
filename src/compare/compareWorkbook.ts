import type { SheetGrid } from "../analysis/grid";
import { type Comparison, compareAgencies } from "./compareAgencies";
import { agencyReadings, readAgencyTables } from "./readAgencyTables";

/** The comparison of the workbook's agencies when it holds a table of several (a provincial table), else null. */
export function compareWorkbook(grids: SheetGrid[], threshold: number): Comparison | null {
  const tables = readAgencyTables(grids);
  if (new Set(tables.agencies.map((a) => a.name)).size < 2) return null;
  const read = agencyReadings(tables, threshold);
  return compareAgencies(read.readings, read.notRead, threshold);
}
