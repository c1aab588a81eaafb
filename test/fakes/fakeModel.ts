/** The state of one sheet in the fake workbook. Cells are keyed "row,col" (0-based). */
export interface FakeSheetModel {
  name: string;
  cells: Map<string, unknown>;
  protected: boolean;
  /** Excel's Worksheet.visibility: "Visible", "Hidden" or "VeryHidden". */
  visibility: string;
  /** Set when the sheet was deleted: later operations on it fail with ItemNotFound, as in Excel. */
  deleted: boolean;
  /** Every format call: "A1:C1 font.bold=true" — tests assert on them. */
  formats: string[];
  merges: string[];
  frozenRows: number;
  pageLayout: Record<string, unknown>;
  hiddenColumns: Set<number>;
  widths: Map<number, number>;
  heights: Map<number, number>;
  numberFormats: Map<string, string>;
  charts: FakeChartModel[];
  /** Pictures added (shapes.addImage): the file's size and what was set on the shape. */
  shapes: FakeShapeModel[];
}

export interface FakeShapeModel {
  bytes: number;
  name?: string;
  altTextDescription?: string;
  lockAspectRatio?: boolean;
  top?: number;
  left?: number;
  height?: number;
  width?: number;
}

export interface FakeChartModel {
  type: string;
  source: string;
  title?: string;
  series: { name: string; values?: string; xValues?: string }[];
  position?: string;
}

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function newSheetModel(name: string): FakeSheetModel {
  return {
    name,
    cells: new Map(),
    protected: false,
    visibility: "Visible",
    deleted: false,
    formats: [],
    merges: [],
    frozenRows: 0,
    pageLayout: {},
    hiddenColumns: new Set(),
    widths: new Map(),
    heights: new Map(),
    numberFormats: new Map(),
    charts: [],
    shapes: [],
  };
}

export function usedBounds(s: FakeSheetModel): Area | null {
  let r0 = Infinity,
    c0 = Infinity,
    r1 = -1,
    c1 = -1;
  for (const key of s.cells.keys()) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  }
  return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

export function intersect(a: Area, b: Area): Area | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
}

export function colLetters(col: number): string {
  let n = col + 1,
    s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(a: Area): string {
  return `${colLetters(a.col)}${a.row + 1}:${colLetters(a.col + a.cols - 1)}${a.row + a.rows}`;
}

/** "B2:C3", "$A$1", whole columns "A:C" and whole rows "3:5". */
export function parseAddress(address: string): Area {
  const part = (p: string) => {
    const m = /^\$?([A-Z]*)\$?(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new Error(`InvalidArgument: bad address ${address}`);
    return {
      row: m[2] ? Number(m[2]) - 1 : null,
      col: m[1] ? [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : null,
    };
  };
  const [a, b] = address.replace(/^.*!/, "").split(":");
  const s = part(a!),
    e = part(b ?? a!);
  const row = s.row ?? 0,
    col = s.col ?? 0;
  const lastRow = e.row ?? MAX_ROWS - 1,
    lastCol = e.col ?? MAX_COLS - 1;
  return { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}

/** The size of a request or response part as Excel on the web counts it: UTF-8 bytes of its JSON. */
export function utf8Json(v: unknown): number {
  return new TextEncoder().encode(JSON.stringify(v) ?? "null").length;
}
