import { agencyFromGrids } from "../analysis/agencyName";
import { analyse } from "../analysis/analyse";
import type { SheetGrid } from "../analysis/grid";
import { recogniseWorkbook } from "../analysis/recogniseWorkbook";
import { DEFAULT_SETTINGS } from "../analysis/settings";
import { type Comparison, compareAgencies } from "./compareAgencies";
import { comparedYear } from "./comparedYear";
import { agencyReadings, readAgencyTables } from "./readAgencyTables";
import type { AgencyNotRead, AgencyReading } from "./types";

/** One workbook to compare: its sheets, or why it could not be opened. */
export type CompareSource =
  | { file: string | null; grids: SheetGrid[] }
  | { file: string; error: { id: string; params: Record<string, string | number> } };

export interface CompareSettings {
  threshold: number;
  /** The year of tables that name none. */
  year: number | null;
}

/**
 * The comparison of every agency in the sources: a workbook holding a table of several agencies gives each of
 * them; any other workbook is one agency, analysed as a run on it would (named by the agency the pane saved in it,
 * else from its title rows, else its file).
 */
export function compareSources(sources: CompareSource[], s: CompareSettings): Comparison {
  const readings: AgencyReading[] = [];
  const notRead: AgencyNotRead[] = [];
  for (const src of sources) {
    const file = src.file ?? undefined;
    if ("error" in src) {
      notRead.push({ name: fileName(src.file), file, where: src.file, ...src.error });
      continue;
    }
    const read = oneSource(src.grids, { label: file ?? "", listed: file !== undefined }, s);
    readings.push(...read.readings);
    notRead.push(...read.notRead);
  }
  return compareAgencies(readings, notRead, s.threshold);
}

/** What one workbook gives: the agencies of its table of agencies, or itself as one agency. */
export function oneSource(
  grids: SheetGrid[],
  source: { label: string; listed: boolean },
  s: CompareSettings,
  saved: unknown = null,
): { readings: AgencyReading[]; notRead: AgencyNotRead[] } {
  // The file is named on each agency of a folder; a single workbook's label only names it when nothing else does.
  const file = source.listed ? source.label : undefined;
  const tables = readAgencyTables(grids, s.year);
  if (tables.agencies.length >= 2) {
    const read = agencyReadings(tables, s.threshold);
    const withFile = <T extends { where: string }>(x: T) =>
      file === undefined ? x : { ...x, file, where: `${file}: ${x.where}` };
    return { readings: read.readings.map(withFile), notRead: read.notRead.map(withFile) };
  }
  const settings = { ...DEFAULT_SETTINGS, threshold: s.threshold };
  const analysis = analyse(recogniseWorkbook(grids, { defaultYear: s.year ?? undefined }), settings);
  const name = savedAgency(saved) ?? agencyFromGrids(grids) ?? fileName(source.label);
  const where = file ?? (source.label || (grids.find((g) => !g.generated)?.name ?? ""));
  if (analysis.latestYear === null) {
    const why = analysis.diagnostics.find((d) => d.id === "noYear" || d.id === "noYearManyColumns");
    return {
      readings: [],
      notRead: [
        {
          name,
          ...(file ? { file } : {}),
          where,
          id: why ? "compare.noYear" : "compare.noScoresInFile",
          params: { agency: name },
        },
      ],
    };
  }
  const diagnostics = analysis.diagnostics.filter((d) => d.level !== "info");
  return {
    readings: [
      {
        name,
        ...(file ? { file } : {}),
        where,
        years: analysis.scoresByYear.map((y) => comparedYear(y, s.threshold)),
        diagnostics,
      },
    ],
    notRead: [],
  };
}

/** A workbook's file name without its folder and extension: the agency's name when nothing in it names one. */
function fileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.xls[xm]$/i, "");
}

/** The agency's name the pane saved in the workbook's settings (text of JSON or an object), or null. */
export function savedAgency(saved: unknown): string | null {
  let value = saved;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return null; // not the pane's settings: the name is taken from the sheets instead
    }
  }
  if (typeof value !== "object" || value === null || !("agency" in value)) return null;
  const agency = (value as { agency: unknown }).agency;
  return typeof agency === "string" && agency.trim() ? agency.trim() : null;
}
