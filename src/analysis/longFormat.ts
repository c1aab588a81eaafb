import type { ColumnHeader } from "./columnHeaders";
import type { SheetGrid } from "./grid";
import { MAX_BE, MIN_BE, findYear } from "./parseYear";
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
  for (let d = 1; first.c + d < next || first.c - d > prev; d++) {
    for (const v of [first.c + d, first.c - d]) {
      // Between two tables a column is the nearer labels' (a tie: the labels on its left, as tables run labels
      // first), so that a wide table never takes a long neighbour's year column. This also keeps the search
      // short of the neighbours' own label columns.
      if (v > first.c && next < width && v - first.c > next - v) continue;
      if (v < first.c && prev >= 0 && first.c - v >= v - prev) continue;
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

function yearCell(v: Parameters<typeof cellText>[0]): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= MIN_BE && v <= MAX_BE ? v : null;
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
