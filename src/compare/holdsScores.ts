import type { SheetGrid } from "../analysis/grid";
import { scanLabels } from "../analysis/scanLabels";
import { agencyTableHeader } from "./agencyTableHeader";

/**
 * Whether the first rows of a large sheet show scores, so the adapters read it whole: the labels a score table is
 * recognised by, or the header of a table of agencies (a provincial table of thousands of rows).
 */
export function holdsScores(probe: SheetGrid): boolean {
  if (scanLabels(probe).columns.size > 0) return true;
  return probe.rows.some((_, r) => agencyTableHeader(probe, r) !== null);
}
