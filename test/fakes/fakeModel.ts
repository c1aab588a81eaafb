/** The state of one sheet in the fake workbook. Cells are keyed "row,col" (0-based). */
export interface FakeSheetModel {
  name: string;
  cells: Map<string, unknown>;
  protected: boolean;
  /** Every format call: "A1:C1 font.bold=true" — tests assert on them. */
  formats: string[];
  merges: string[];
  frozenRows: number;
  pageLayout: Record<string, unknown>;
  hiddenColumns: Set<number>;
  widths: Map<number, number>;
  heights: Map<number, number>;
  numberFormats: Map<string, string>;
  charts: { type: string; source: string; title?: string; series: string[]; position?: string }[];
}

export function usedBounds(
  s: FakeSheetModel,
): { row: number; col: number; rows: number; cols: number } | null {
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

export function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } {
  const cell = (a: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a)!;
    return {
      row: Number(m[2]) - 1,
      col: [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1,
    };
  };
  const [a, b] = address.replace(/^.*!/, "").split(":");
  const s = cell(a!),
    e = cell(b ?? a!);
  return { row: s.row, col: s.col, rows: e.row - s.row + 1, cols: e.col - s.col + 1 };
}
