import type { CellStyle, SheetSpec } from "../../sheets/sheetSpec";

/** A run of neighbouring cells in one row with the same style: one set of format calls instead of one per cell. */
export interface StyleRun {
  row: number;
  col: number;
  count: number;
  style: CellStyle;
}

export function styleRuns(spec: SheetSpec): StyleRun[] {
  const runs: StyleRun[] = [];
  spec.rows.forEach((row, r) => {
    let current: StyleRun | null = null;
    row.cells.forEach((cell, c) => {
      const style = cell.style ?? {};
      if (current && sameStyle(current.style, style) && current.col + current.count === c) current.count++;
      else {
        current = { row: r, col: c, count: 1, style };
        runs.push(current);
      }
    });
  });
  return runs.filter((run) => Object.keys(run.style).length > 0);
}

function sameStyle(a: CellStyle, b: CellStyle): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
