import type { SheetGrid } from "../analysis/grid";
import type { SheetSpec } from "../sheets/sheetSpec";
import type { ReadState } from "./readState";

/** The only I/O the pipeline needs; implemented by the exceljs adapter (CLI, tests) and the Office.js one (pane). */
export interface WorkbookPort {
  /** Every sheet's used range as a plain grid; sheets ITA Analyzer generated are marked `generated`. */
  readGrids(): Promise<SheetGrid[]>;
  /**
   * Replaces the sheets ITA Analyzer generated before with these; returns the names actually used. Given the
   * state they were read in, refuses with ChangedSinceReadError (changing nothing) when they are not as read.
   */
  writeSheets(specs: SheetSpec[], expected?: ReadState): Promise<string[]>;
}

/** The prefix of the temporary sheets a write in Excel creates before the swap (never read; removed if left). */
export const TEMP_PREFIX = "~ITA ";

/** Prefix of the workbook-level defined name that marks a generated sheet (it follows the sheet when renamed). */
export const MARKER_PREFIX = "ITAAnalyzer_";
