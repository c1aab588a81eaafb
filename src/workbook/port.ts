import type { SheetGrid } from "../analysis/grid";
import type { SheetSpec } from "../sheets/sheetSpec";
import type { ReadState } from "./readState";

/** The only I/O the pipeline needs; implemented by the exceljs adapter (CLI, tests) and the Office.js one (pane). */
export interface WorkbookPort {
  /** Every sheet's used range as a plain grid; sheets ITA Analyzer generated are marked `generated`. */
  readGrids(onSize?: (size: ReadSize) => void): Promise<SheetGrid[]>;
  /**
   * Replaces the sheets ITA Analyzer generated before with these; returns the names actually used. Given the
   * state they were read in, refuses with ChangedSinceReadError (changing nothing) when they are not as read.
   * Generated sheets named in `keep` stay as they stand (last year's results report, with what was done typed in).
   */
  writeSheets(specs: SheetSpec[], expected?: ReadState, keep?: string[]): Promise<string[]>;
}

/** The key of the add-in's settings in the workbook (Office's workbook settings; a web extension property in the file). */
export const SETTINGS_KEY = "ITAAnalyzer.settings";

/** The prefix of the temporary sheets a write in Excel creates before the swap (never read; removed if left). */
export const TEMP_PREFIX = "~ITA ";

/** A temporary sheet of a write: "~ITA 12345 1" exactly (a sheet the officer named "~ITA ร่าง" is theirs). */
export function isTempSheet(name: string): boolean {
  return /^~ITA \d+ \d+$/.test(name);
}

/** Prefix of the workbook-level defined name that marks a generated sheet (it follows the sheet when renamed). */
export const MARKER_PREFIX = "ITAAnalyzer_";

/** How much a read holds, said as soon as it is known (before the values arrive): sheets, and cells in use. */
export interface ReadSize {
  sheets: number;
  cells: number;
}
