import type { CellValue, SheetGrid } from "../../src/analysis/grid";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { grid } from "../helpers/grid";

/** The ledger's regions (id, cell, params) of one sheet with no year, so that nothing is read. */
const regions = (rows: CellValue[][], extra: Partial<SheetGrid> = {}) =>
  recogniseWorkbook([grid("Sheet1", rows, extra)])
    .diagnostics.filter((d) => d.id.startsWith("unreadRows"))
    .map((d) => ({
      id: d.id,
      cell: d.cell,
      level: d.level,
      range: d.params.range,
      columns: d.params.columns,
    }));

describe("the ledger's regions of unread rows", () => {
  test("side-by-side labels: each takes the values between it and its neighbouring labels, on both sides", () => {
    expect(
      regions([
        ["I1", 90, 91, "O1", 80],
        ["I2", 92, 93, "O2", 81],
      ]),
    ).toEqual([
      { id: "unreadRows.item", cell: "A1", level: "warning", range: "A1:C2", columns: "B, C" },
      { id: "unreadRows.item", cell: "D1", level: "warning", range: "B1:E2", columns: "B, C, E" },
    ]);
  });

  test("scores typed left of the codes belong to them, up to the label before", () => {
    expect(
      regions([
        [90, "I1", 70, 71, "O1"],
        [91, "I2", 72, 73, "O2"],
      ]).map((r) => [r.cell, r.range, r.columns]),
    ).toEqual([
      ["B1", "A1:D2", "A, C, D"],
      ["E1", "C1:E2", "C, D"],
    ]);
  });

  test("regions on the same rows are listed left to right", () => {
    expect(
      regions([
        ["IIT", 80, "EIT", 70, "OIT", 60],
        ["IIT", 81, "EIT", 71, "OIT", 61],
      ]).map((r) => r.cell),
    ).toEqual(["A1", "C1", "E1"]);
  });

  test("on rows 10 and below the columns are still named by their letters alone", () => {
    const r = regions(
      [
        ["I1", 90],
        ["I2", 80],
      ],
      { top: 11, left: 0 },
    );
    expect(r.map((x) => [x.range, x.columns])).toEqual([["A12:B13", "B"]]);
  });
});
