import type { CellValue, SheetGrid } from "../../src/analysis/grid";

/** A grid from rows of values, as an adapter would give it (used range starting at A1). */
export function grid(name: string, rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name, rows, top: 0, left: 0, ...extra };
}
