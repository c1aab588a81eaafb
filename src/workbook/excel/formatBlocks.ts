import type { CellStyle, SheetSpec } from "../../sheets/sheetSpec";

/** One style attribute over a rectangle of cells: one format call instead of one per cell or per row. */
export interface FormatBlock<K extends keyof CellStyle = keyof CellStyle> {
  key: K;
  value: NonNullable<CellStyle[K]>;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const KEYS: (keyof CellStyle)[] = [
  "bold",
  "size",
  "color",
  "fill",
  "wrap",
  "align",
  "valign",
  "numFmt",
  "border",
];

/**
 * The sheet's styles as rectangles, attribute by attribute: runs of equal values in a row, then runs that
 * repeat on the rows below joined into one block. A bordered table is then a handful of blocks, not
 * thousands of cell calls (the real Office.js client serialises every call, about 130 bytes each).
 */
export function formatBlocks(spec: SheetSpec): FormatBlock[] {
  const out: FormatBlock[] = [];
  for (const key of KEYS) {
    const open = new Map<string, FormatBlock>();
    spec.rows.forEach((row, r) => {
      const next = new Map<string, FormatBlock>();
      for (const run of rowRuns(row.cells, key)) {
        const id = `${run.col}:${run.cols}:${JSON.stringify(run.value)}`;
        const above = open.get(id);
        if (above && above.row + above.rows === r) {
          above.rows++;
          next.set(id, above);
        } else {
          const block: FormatBlock = { key, value: run.value, row: r, col: run.col, rows: 1, cols: run.cols };
          out.push(block);
          next.set(id, block);
        }
      }
      open.clear();
      for (const [k, v] of next) open.set(k, v);
    });
  }
  return out;
}

function rowRuns(
  cells: SheetSpec["rows"][number]["cells"],
  key: keyof CellStyle,
): { col: number; cols: number; value: NonNullable<CellStyle[keyof CellStyle]> }[] {
  const runs: { col: number; cols: number; value: NonNullable<CellStyle[keyof CellStyle]> }[] = [];
  cells.forEach((cell, c) => {
    const value = cell.style?.[key];
    if (value === undefined || value === false) return;
    const last = runs[runs.length - 1];
    if (last && last.col + last.cols === c && last.value === value) last.cols++;
    else runs.push({ col: c, cols: 1, value });
  });
  return runs;
}

/** Consecutive rows of the same height, for one rowHeight call each. */
export function heightRuns(spec: SheetSpec, max: number): { row: number; rows: number; height: number }[] {
  const runs: { row: number; rows: number; height: number }[] = [];
  spec.rows.forEach((row, r) => {
    if (row.height === undefined) return;
    const height = Math.min(row.height, max);
    const last = runs[runs.length - 1];
    if (last && last.row + last.rows === r && last.height === height) last.rows++;
    else runs.push({ row: r, rows: 1, height });
  });
  return runs;
}
