import { type SheetGrid, transpose } from "../analysis/grid";
import { findYear } from "../analysis/parseYear";
import { DEFAULT_SETTINGS } from "../analysis/settings";
import { cellText } from "../analysis/text";
import type { Diagnostic } from "../analysis/types";
import { yearScores } from "../analysis/yearScores";
import { DEFAULTS } from "../ita/defaults";
import { comparedYear } from "./comparedYear";
import { agencyTableHeader } from "./agencyTableHeader";
import { readAgencyRows } from "./readAgencyRows";
import type { AgencyNotRead, AgencyObservations, AgencyReading } from "./types";

export interface AgencyTables {
  agencies: AgencyObservations[];
  diagnostics: Diagnostic[];
}

/** The most rows a table with agencies across has (a label per figure: level, total, instruments, indicators). */
const ACROSS_ROWS = 200;

/** Rows looked through for a header before the sheet is taken to hold no table of agencies. */
const HEADER_SEARCH = 200;

/**
 * Every table of agencies in the workbook (a provincial table: agencies down, the ten indicators across; or the
 * same with agencies across, read transposed). Sheets the tool wrote and hidden ones are not read.
 */
export function readAgencyTables(grids: SheetGrid[], defaultYear: number | null = null): AgencyTables {
  const agencies: AgencyObservations[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const grid of grids) {
    if (grid.generated || grid.copiedDocument || grid.hidden) continue;
    const year = titleYear(grid) ?? defaultYear;
    const across = readSheet(grid, year);
    // Agencies across are a short sheet of many columns: a long one is never read turned (it would cost its cells).
    const found =
      across.agencies.length > 0 || grid.rows.length > ACROSS_ROWS
        ? across
        : readSheet(transpose(grid), year);
    agencies.push(...found.agencies);
    diagnostics.push(...found.diagnostics);
  }
  return { agencies, diagnostics };
}

function readSheet(grid: SheetGrid, year: number | null): AgencyTables {
  const agencies: AgencyObservations[] = [];
  const diagnostics: Diagnostic[] = [];
  let misses = 0;
  for (let r = 0; r < grid.rows.length && misses < HEADER_SEARCH; r++) {
    const h = agencyTableHeader(grid, r);
    if (!h) {
      misses++;
      continue;
    }
    const rows = readAgencyRows(grid, h, year);
    agencies.push(...rows.agencies);
    diagnostics.push(...rows.diagnostics);
    misses = 0;
    r = rows.end - 1;
  }
  return { agencies, diagnostics };
}

/** The one year a sheet's titles (or its name) give: "… ประจำปีงบประมาณ พ.ศ. 2564 ของหน่วยงานในจังหวัดพิจิตร". */
function titleYear(grid: SheetGrid): number | null {
  const years = new Set<number>();
  const name = findYear(grid.name);
  if (name) years.add(name.year);
  for (const row of grid.rows.slice(0, HEADER_SEARCH))
    for (const v of row) {
      const t = typeof v === "string" ? cellText(v) : "";
      if (t.length < 12 || !/ประจำปี|ปีงบประมาณ|พ\.ศ\.|ITA/i.test(t)) continue;
      const y = findYear(t);
      if (y) years.add(y.year);
    }
  return years.size === 1 ? [...years][0]! : null;
}

/**
 * Each agency's years scored as the engine scores one workbook: a printed total or level wins over a computed one.
 * An agency of which no score could be read is listed apart, with the first reason said for its rows.
 */
export function agencyReadings(
  tables: AgencyTables,
  threshold: number = DEFAULTS.passMark,
): { readings: AgencyReading[]; notRead: AgencyNotRead[] } {
  const readings: AgencyReading[] = [];
  const notRead: AgencyNotRead[] = [];
  for (const a of tables.agencies) {
    const diagnostics = [...a.diagnostics];
    const years = [...new Set([...a.indicators, ...a.summaries, ...a.levels].map((o) => o.year))].sort();
    if (years.length === 0) {
      const why = diagnostics.find((d) => d.level === "error") ?? diagnostics[0];
      notRead.push({
        name: a.name,
        where: a.where,
        id: why?.id ?? "compare.noScores",
        params: why?.params ?? {},
      });
      continue;
    }
    const scored = years.map((y) =>
      comparedYear(yearScores(y, [], a, DEFAULT_SETTINGS, diagnostics), threshold),
    );
    readings.push({ name: a.name, where: a.where, years: scored, diagnostics });
  }
  return { readings, notRead };
}

/** The agencies a workbook holds when it is a table of several (a provincial table), else []. */
export function agenciesInWorkbook(grids: SheetGrid[]): string[] {
  const names = new Set(readAgencyTables(grids).agencies.map((a) => a.name));
  return names.size >= 2 ? [...names] : [];
}
