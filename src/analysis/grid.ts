/** A cell's value as the recogniser sees it: no formulas, only their results. */
export type CellValue = string | number | boolean | null | CellError | CellDate;
export interface CellError {
  error: string;
}
/** The error text of a formula cell saved without a result (files written by tools, not by Excel). */
export const NO_RESULT = "#NO_RESULT";
export interface CellDate {
  date: string;
}

/** A rectangle of cells, 0-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A plain grid of one sheet's used range. rows[r][c] is the cell at (top + r, left + c). Every row is there (an
 * empty array for an empty row) and each row holds cells only up to its last value (null between), so a sheet
 * costs its rows and its values, never its bounding box's rows × columns (denseRows).
 */
export interface SheetGrid {
  name: string;
  rows: CellValue[][];
  top: number;
  left: number;
  merges?: CellRange[];
  /** True when this sheet was written by ITA Analyzer (it is then never read as a source). */
  generated?: boolean;
  /** Which generated document it is (analysis, measures, results), from its marker. */
  generatedKind?: string;
  /**
   * A document ITA Analyzer wrote in another workbook (its marker came with the sheet, but this workbook's list of
   * what the tool wrote does not name it): the officer's sheet — never replaced, never read as scores.
   */
  copiedDocument?: boolean;
  /** What the sheet holds beyond its values, as the file adapter finds it ("comments 2", "drawings 1"). */
  extras?: string[];
  /**
   * Hidden in Excel: "hidden" (Unhide lists it) or "veryHidden" (only VBA shows it). Such a sheet is not read as
   * scores unless the officer includes a hidden one by name; a very hidden one never is.
   */
  hidden?: "hidden" | "veryHidden";
  /** A view with rows and columns swapped (years down, labels across); addresses still name the sheet's cells. */
  transposed?: boolean;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

export function isCellDate(v: CellValue): v is CellDate {
  return typeof v === "object" && v !== null && "date" in v;
}

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1-style address of an absolute 0-based (row, col). */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** The 0-based (row, col) of an A1 address ("B5", "$B$5"), or null. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
}

/** The range of an "A1:C9" reference, or null. */
export function parseRangeA1(ref: string): CellRange | null {
  const [a, b] = ref.split(":");
  const s = parseA1(a ?? "");
  const e = parseA1(b ?? "");
  return s && e ? { top: s.row, left: s.col, bottom: e.row, right: e.col } : null;
}

export function rangeA1(r: CellRange): string {
  return `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

export function cellAt(grid: SheetGrid, r: number, c: number): CellValue {
  return grid.rows[r]?.[c] ?? null;
}

export function gridWidth(grid: SheetGrid): number {
  return grid.rows.reduce((w, row) => Math.max(w, row.length), 0);
}

/** Address of the grid-relative cell (r, c). */
export function addressOf(grid: SheetGrid, r: number, c: number): string {
  return grid.transposed ? a1(grid.top + c, grid.left + r) : a1(grid.top + r, grid.left + c);
}

/** The sheet range of grid rows r0..r1 and columns c0..c1. */
export function rangeOf(grid: SheetGrid, r0: number, c0: number, r1: number, c1: number): CellRange {
  return grid.transposed
    ? { top: grid.top + c0, left: grid.left + r0, bottom: grid.top + c1, right: grid.left + r1 }
    : { top: grid.top + r0, left: grid.left + c0, bottom: grid.top + r1, right: grid.left + c1 };
}

/**
 * Rows filled in where a reader left holes: every row an array, each cell up to the row's last value null or a
 * value. Cheap for a stray value at XFD1048576: a million empty rows and one row of 16,384 cells.
 */
export function denseRows(rows: CellValue[][]): CellValue[][] {
  for (let r = 0; r < rows.length; r++) {
    const row = (rows[r] ??= []);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  return rows;
}

/**
 * The same cells with rows and columns swapped, for tables laid out with years down and labels across. Only the
 * cells present are moved: it costs the values and the rows, not rows × columns.
 */
export function transpose(grid: SheetGrid): SheetGrid {
  const rows: CellValue[][] = [];
  grid.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) (rows[c] ??= [])[r] = v;
    }),
  );
  denseRows(rows);
  const merges = grid.merges?.map((m) => ({
    top: grid.top + (m.left - grid.left),
    left: grid.left + (m.top - grid.top),
    bottom: grid.top + (m.right - grid.left),
    right: grid.left + (m.bottom - grid.top),
  }));
  return { ...grid, rows, merges, transposed: !grid.transposed };
}

/** The cells as a short list: consecutive rows of one column as a range ("B3:B17, D5"). */
export function cellRuns(cells: string[]): string {
  const parsed = cells
    .map((c) => ({ c, p: parseA1(c)! }))
    .sort((a, b) => a.p.col - b.p.col || a.p.row - b.p.row);
  const runs: (typeof parsed)[] = [];
  for (const x of parsed) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && last.p.col === x.p.col && last.p.row + 1 === x.p.row) run.push(x);
    else runs.push([x]);
  }
  return runs.map((r) => (r.length === 1 ? r[0]!.c : `${r[0]!.c}:${r[r.length - 1]!.c}`)).join(", ");
}

/** How many cells the grids hold (each row up to its last value): the size of a workbook as read. */
export function gridCells(grids: readonly SheetGrid[]): number {
  let n = 0;
  for (const g of grids) for (const row of g.rows) n += row.length;
  return n;
}
