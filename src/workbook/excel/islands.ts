import { type CellValue, denseRows } from "../../analysis/grid";
import type { ExcelContextLike, WorksheetLike } from "./excelApi";
import type { UsedArea } from "./loadValues";
import { toGridValue } from "./toGridValue";

/**
 * A sheet whose used range is larger than this (a stray value at XFD1048576 makes it 17 billion cells) is read by
 * its islands of content, never by its box.
 */
export const HUGE_SHEET_CELLS = 5_000_000;

/** How much of a huge sheet is read where Excel cannot list its cells (before ExcelApi 1.9). */
const FALLBACK = { rows: 200, cols: 256 };

/**
 * The rectangles of a huge sheet that hold its values and formulas (Range.getSpecialCells, ExcelApi 1.9), one
 * round-trip for all huge sheets; where that is not supported, its top-left corner only.
 */
export async function findIslands(
  context: ExcelContextLike,
  sheets: WorksheetLike[],
  areas: UsedArea[],
  specialCells: boolean,
): Promise<UsedArea[][]> {
  if (!specialCells)
    return areas.map((a) => [
      { ...a, rows: Math.min(a.rows, FALLBACK.rows), cols: Math.min(a.cols, FALLBACK.cols) },
    ]);
  const found = sheets.map((ws) =>
    (["Constants", "Formulas"] as const).map((kind) => {
      const cells = ws.getUsedRangeOrNullObject(true).getSpecialCellsOrNullObject(kind);
      cells.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
      return cells;
    }),
  );
  await context.sync();
  return found.map((kinds, i) =>
    kinds.flatMap((cells) =>
      cells.isNullObject
        ? []
        : cells.areas.items.map((r) => ({
            name: areas[i]!.name,
            row: r.rowIndex,
            col: r.columnIndex,
            rows: r.rowCount,
            cols: r.columnCount,
          })),
    ),
  );
}

/** A huge sheet's rows from its islands' values, sparse, at their places on the sheet (the grid starts at A1). */
export function placeIslands(islands: UsedArea[], values: unknown[][][]): CellValue[][] {
  const rows: CellValue[][] = [];
  islands.forEach((island, k) =>
    values[k]!.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = toGridValue(v);
        if (cell !== null) (rows[island.row + r] ??= [])[island.col + c] = cell;
      }),
    ),
  );
  return denseRows(rows);
}
