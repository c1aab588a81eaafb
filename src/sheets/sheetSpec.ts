import { a1 } from "../analysis/grid";
/** A neutral description of one generated sheet; written by the exceljs adapter and, later, the Office.js one. */
export interface CellStyle {
  bold?: boolean;
  size?: number;
  /** Fill colour, hex RRGGBB. */
  fill?: string;
  /** Font colour, hex RRGGBB. */
  color?: string;
  numFmt?: string;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  valign?: "top" | "middle";
  border?: boolean;
}

export interface SpecCell {
  value: string | number | null;
  style?: CellStyle;
}

export interface SpecRow {
  cells: SpecCell[];
  /** Height in points; set for every wrapped row, since neither exceljs nor LibreOffice grows rows. */
  height?: number;
}

export interface SheetRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Page margins in inches, as both adapters set them. */
export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export type GeneratedKind =
  | "analysis"
  | "measures"
  | "plan"
  | "results"
  | "measuresMemo"
  | "measuresAnnouncement"
  | "resultsMemo"
  | "history"
  | "compare";

/** A column chart of some columns of the sheet, placed at `anchor` beside the table (outside the print area). */
export interface ChartSpec {
  title: string;
  /** The value rows, 0-based inclusive. */
  rows: { first: number; last: number };
  /** One series per column (0-based), named. */
  series: { name: string; col: number }[];
  /** The column whose cells label the rows on the chart's axis; 0 by default. */
  categoryColumn?: number;
  anchor: { row: number; col: number };
}

/** A picture over the cells (the ครุฑ of a memo), its top-left corner in a cell, sized in points. */
export interface SpecImage {
  /** The picture's file, base64 (no "data:" prefix). */
  base64: string;
  extension: "png" | "jpeg";
  /** The cell (0-based) the picture's top-left corner is in, and how far into it, in points. */
  anchor: { row: number; col: number; x: number; y: number };
  width: number;
  height: number;
  /** The picture's name and alternative text. */
  name: string;
}

export interface SheetSpec {
  kind: GeneratedKind;
  /** Wanted name; the adapter makes it unique and valid. */
  name: string;
  font: { name: string; size: number };
  /** Column widths in Excel character units. */
  columns: number[];
  /** Columns hidden on screen and in print (0-based), e.g. the measure id that matches officer edits. */
  hiddenColumns?: number[];
  /** The hidden column of the rows' records (rowRecord.ts), past the document's columns and its print area. */
  recordColumn?: number;
  rows: SpecRow[];
  merges: SheetRange[];
  freeze?: { rows: number; columns: number };
  print: {
    orientation: "landscape" | "portrait";
    fitToWidth: boolean;
    repeatRows?: { first: number; last: number };
    /** The footer of every printed page, with Excel's codes (&P page, &N pages). */
    footer?: string;
    /** The header of every printed page but the first (a memo's "- 2 -"), with Excel's codes. */
    headerAfterFirstPage?: string;
    /** Margins in inches; PAGE_MARGINS when absent. Page numbers always start at 1 on each document. */
    margins?: PageMargins;
    /**
     * Rows at the top that are notes to the officer preparing the document: shown on screen, left out of the
     * print area, so the printed document is the one to sign.
     */
    notPrintedRows?: number;
    /** Rows (0-based) that go to the next page with the row after them: headings, a table's header row. */
    keepWithNext?: number[];
    /** Rows (0-based) that start a new printed page: every page's end, decided by `pageBreaks`. */
    rowBreaks?: number[];
  };
  chart?: ChartSpec;
  images?: SpecImage[];
}

/**
 * The print area when the top rows are notes to the officer ("A2:H40"), or when a chart stands beside the table:
 * every column, from the first document row to the last; null when the whole sheet prints.
 */
export function printArea(spec: SheetSpec): string | null {
  const first = spec.print.notPrintedRows ?? 0;
  // A chart stands beside the table, on screen only: without a print area it would print on pages of its own.
  if (first === 0 && !spec.chart) return null;
  const cols = spec.recordColumn ?? Math.max(spec.columns.length, ...spec.rows.map((r) => r.cells.length));
  return `${a1(first, 0)}:${a1(Math.max(spec.rows.length - 1, first), cols - 1)}`;
}
