import type { SheetSpec, SpecCell } from "../../src/sheets/sheetSpec";

/** A small generated sheet for adapter tests: rows of values, with optional heights. */
export function tinySpec(
  name: string,
  rows: (string | number | null)[][],
  heights: number[] = [],
): SheetSpec {
  return {
    kind: "analysis",
    name,
    font: { name: "TH SarabunPSK", size: 16 },
    columns: [20, 20, 20],
    rows: rows.map((cells, r) => ({
      cells: cells.map((value): SpecCell => ({ value, style: { border: true, wrap: true } })),
      ...(heights[r] !== undefined ? { height: heights[r] } : {}),
    })),
    merges: [],
    print: { orientation: "landscape", fitToWidth: true },
  };
}
