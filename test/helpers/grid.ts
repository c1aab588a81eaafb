import type { CellValue, SheetGrid } from "../../src/analysis/grid";

/** A grid from rows of values, as an adapter would give it (used range starting at A1). */
export function grid(name: string, rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name, rows, top: 0, left: 0, ...extra };
}

/** A small workbook the engine reads: three items over 2567 and 2568 (I1 falls below 85), 12 cells. */
export function twoYearItems(): SheetGrid[] {
  return [
    grid("คะแนน", [
      ["ข้อ", "ITA 2567", "ITA 2568"],
      ["I1", 90, 80],
      ["I2", 70, 88],
      ["E1", 95, 96],
    ]),
  ];
}
