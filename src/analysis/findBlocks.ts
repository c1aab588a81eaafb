import type { SheetGrid } from "./grid";
import type { LabelCell } from "./scanLabels";
import { scoreLike } from "./ledgerLabels";
import { verticalSpans } from "./scoreColumns";

/** One table: label cells of one column with no heading or header row between them. */
export interface Block {
  col: number;
  cells: LabelCell[];
}

/**
 * Stage 1, find blocks: splits each label column where a row between two labels holds text (a heading or
 * a header row of the next table), so that stacked tables of different widths are each read with their
 * own columns: IIT `code | score` above OIT `code | title | score`. The rows a code is merged down over (its
 * sub-questions) belong to it, whatever text they hold.
 */
export function findBlocks(grid: SheetGrid, columns: Map<number, LabelCell[]>): Block[] {
  const out: Block[] = [];
  const spans = verticalSpans(grid);
  for (const [col, cells] of columns) {
    let current: LabelCell[] = [];
    for (const cell of cells) {
      const prev = current[current.length - 1];
      if (prev && hasHeadingBetween(grid, prev.r + (spans.get(`${prev.r},${prev.c}`) ?? 0), cell.r)) {
        out.push({ col, cells: current });
        current = [];
      }
      current.push(cell);
    }
    if (current.length > 0) out.push({ col, cells: current });
  }
  return out;
}

function hasHeadingBetween(grid: SheetGrid, from: number, to: number): boolean {
  for (let r = from + 1; r < to; r++) {
    const row = grid.rows[r] ?? [];
    if (row.some((v) => typeof v === "string" && v.trim() !== "" && !scoreLike(v))) return true;
  }
  return false;
}
