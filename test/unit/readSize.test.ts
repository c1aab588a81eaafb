import type { SheetGrid } from "../../src/analysis/grid";
import { createOfficeHost } from "../../src/taskpane/officeHost";
import type { ReadSize } from "../../src/workbook/port";
import { fakeFromGrids } from "../fakes/fromGrids";
import { grid } from "../helpers/grid";

const office = { isExcel: true, displayLanguage: "th-TH", themeBackground: undefined, supports: () => true };

/** A staff list of rows × 4 cells and a score table of 4 × 3. */
const workbook = (rows: number): SheetGrid[] => [
  grid("คะแนน", [
    ["ข้อ", "ITA 2567", "ITA 2568"],
    ["I1", 90, 80],
    ["I2", 70, 88],
    ["E1", 95, 96],
  ]),
  grid(
    "บุคลากร",
    Array.from({ length: rows }, (_, r) => [`คนที่ ${r + 1}`, r, r * 2, r * 3]),
  ),
];

describe("a read in Excel says its size before the values arrive", () => {
  test("the sheets and the cells in use, told once, before the grids", async () => {
    const x = fakeFromGrids(workbook(5_000));
    const told: { size: ReadSize; syncs: number }[] = [];
    const host = createOfficeHost(office, x.run);
    const grids = await host.readGrids((size) => told.push({ size, syncs: x.tracker.syncCount }));
    expect(told.map((t) => t.size)).toEqual([{ sheets: 2, cells: 12 + 20_000 }]);
    // Said after the used ranges (two round-trips), before the values were loaded.
    expect(told[0]!.syncs).toBeLessThan(x.tracker.syncCount);
    expect(grids.map((g) => g.name)).toEqual(["คะแนน", "บุคลากร"]);
  });

  test("a later read says it too", async () => {
    const x = fakeFromGrids(workbook(10));
    const host = createOfficeHost(office, x.run);
    await host.readGrids();
    const told: ReadSize[] = [];
    await host.readGrids((size) => told.push(size));
    expect(told).toEqual([{ sheets: 2, cells: 12 + 40 }]);
  });
});
