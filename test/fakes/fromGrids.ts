import type { SheetGrid } from "../../src/analysis/grid";
import { isCellDate, isCellError } from "../../src/analysis/grid";
import { FakeExcel } from "./fakeExcel";

/** A fake Excel workbook holding these grids, as Office.js would give them (errors as text, dates as serials). */
export function fakeFromGrids(grids: SheetGrid[]): FakeExcel {
  const x = new FakeExcel();
  for (const g of grids) {
    // Grids are sparse: a missing row or cell (a hole, or undefined after a trip through the browser) is empty.
    const rows = Array.from(g.rows, (row) =>
      Array.from(row ?? [], (v) => {
        if (v === undefined || v === null) return null;
        if (isCellError(v)) return v.error;
        if (isCellDate(v)) return Date.parse(v.date) / 86400000 + 25569;
        return v;
      }),
    );
    x.addSheet(g.name, rows, g.top, g.left);
  }
  return x;
}
