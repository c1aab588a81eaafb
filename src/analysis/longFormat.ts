import type { ColumnHeader } from "./columnHeaders";
import type { SheetGrid } from "./grid";
import { findYear } from "./parseYear";
import type { LabelCell } from "./scanLabels";
import { cellText } from "./text";

/**
 * Long format — one row per item and year, the year in a column of its own ("I1 | 2566 | 85.2"): finds a
 * column beside the labels whose cells on most label rows are years, and gives each row's year. The nearest
 * column is taken (right before left), within the block's own columns — up to the neighbouring tables' labels,
 * and nearer to this block's labels than to theirs — so that tables side by side never share one year column.
 */
export function rowYearColumn(
  grid: SheetGrid,
  cells: LabelCell[],
  rowLabelCols: Map<number, number[]>,
  width: number,
): Map<number, number> | null {
  const first = cells[0]!;
  const cols = rowLabelCols.get(first.r) ?? [];
  const next = cols.find((c) => c > first.c) ?? width;
  const prev = cols.filter((c) => c < first.c).pop() ?? -1;
  const own = ownColumns(grid, cells, prev, next, width);
  for (let d = 1; first.c + d < next || first.c - d > prev; d++) {
    for (const v of [first.c + d, first.c - d]) {
      if (!own(v)) continue;
      const years = new Map<number, number>();
      for (const cell of cells) {
        const y = yearCell(grid.rows[cell.r]?.[v] ?? null);
        if (y !== null) years.set(cell.r, y);
      }
      if (years.size >= Math.max(1, 0.6 * cells.length)) return years;
    }
  }
  return null;
}

/**
 * Which columns between the neighbouring tables' labels (`prev`, `next`) are this block's. An empty column
 * between is the border; without one, a column is the nearer labels' (a tie: the labels on its left, as tables
 * run labels first). So a wide table never takes a long neighbour's year column.
 */
function ownColumns(
  grid: SheetGrid,
  cells: LabelCell[],
  prev: number,
  next: number,
  width: number,
): (v: number) => boolean {
  const c = cells[0]!.c;
  const empty = (v: number) => cells.every((cell) => cellText(grid.rows[cell.r]?.[v] ?? null) === "");
  let left: number | null = null;
  for (let v = c - 1; prev >= 0 && v > prev && left === null; v--) if (empty(v)) left = v;
  let right: number | null = null;
  for (let v = c + 1; next < width && v < next && right === null; v++) if (empty(v)) right = v;
  return (v) => {
    if (v > c) return next >= width || (right !== null ? v < right : v - c <= next - v);
    return prev < 0 || (left !== null ? v > left : c - v < v - prev);
  };
}

function yearCell(v: Parameters<typeof cellText>[0]): number | null {
  const text = cellText(v);
  if (!/^(?:ปี(?:งบประมาณ)?\s*)?\d{4}$/.test(text)) return null;
  const y = findYear(text);
  return y && !y.fromCE ? y.year : null;
}

/** The year of a score cell in a long-format block: its row's year, unless the column is a change column. */
export function longFormatYears(
  headers: Map<number, Map<number, ColumnHeader>>,
  rowYear: Map<number, number>,
): (v: number, r: number) => number | null {
  return (v, r) => {
    const h = headers.get(v)!.get(r);
    if (h?.skip) return null;
    return rowYear.get(r) ?? null;
  };
}
