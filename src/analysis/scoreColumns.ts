import type { SheetGrid } from "./grid";
import { notScoreHeaderAbove } from "./ledgerLabels";
import { type ScoreReading, parseScore } from "./parseScore";
import type { LabelCell } from "./scanLabels";

export interface Reading {
  cell: LabelCell;
  reading: ScoreReading;
}

/** Stage 2, columns: the score columns of one block, each with the readings of its label rows. */
export function scoreColumns(
  grid: SheetGrid,
  cells: LabelCell[],
  rowLabelCols: Map<number, number[]>,
  width: number,
): { byValueCol: Map<number, Reading[]>; scoreCols: number[] } {
  const byValueCol = readingsByValueColumn(grid, cells, rowLabelCols, width);
  const top = cells[0]!.r;
  // A staff list (IDs like E01, ages) or a progress tracker is never a score table.
  if (notScoreHeaderAbove(grid, top, cells[0]!.c, cells[0]!.c)) return { byValueCol, scoreCols: [] };
  const scoreCols = [...byValueCol]
    .filter(([v, rs]) => isScoreColumn(rs) && !notScoreHeaderAbove(grid, top, v, v))
    .map(([v]) => v)
    .sort((a, b) => a - b);
  return { byValueCol, scoreCols };
}

/** The cells to the right of each label, up to the next label in the same row, grouped by column. */
function readingsByValueColumn(
  grid: SheetGrid,
  cells: LabelCell[],
  rowLabelCols: Map<number, number[]>,
  width: number,
): Map<number, Reading[]> {
  const out = new Map<number, Reading[]>();
  for (const cell of cells) {
    const next = rowLabelCols.get(cell.r)!.find((c) => c > cell.c) ?? width;
    const row = grid.rows[cell.r]!;
    for (let v = cell.c + 1; v < next; v++) {
      const list = out.get(v) ?? [];
      list.push({ cell, reading: parseScore(row[v] ?? null) });
      out.set(v, list);
    }
  }
  return out;
}

/** A score column holds mostly 0–100 numbers on the label rows; a budget column (large numbers) does not. */
function isScoreColumn(readings: Reading[]): boolean {
  let scores = 0;
  let outOfRange = 0;
  let junk = 0;
  let nonEmpty = 0;
  for (const { reading } of readings) {
    if (reading.kind === "empty") continue;
    nonEmpty++;
    if (reading.kind === "score") scores++;
    else if (reading.reason === "range") outOfRange++;
    else if (reading.reason !== "text") junk++;
  }
  if (scores === 0) return false;
  if (outOfRange > scores) return false;
  return scores + outOfRange + junk >= 0.6 * nonEmpty;
}
