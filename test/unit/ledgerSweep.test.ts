import type { CellValue } from "../../src/analysis/grid";
import { analyse } from "../../src/analysis/analyse";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { toReport } from "../../src/analysis/report";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";

/** The ledger's unread regions of one sheet with no year, in the order the report gives them. */
const unread = (rows: CellValue[][]) =>
  toReport(analyse(recogniseWorkbook([grid("Sheet1", rows)]), DEFAULT_SETTINGS), "en").reading.unread.map(
    ({ range, rows: n, message }) => ({ range, rows: n, message }),
  );
const empty = (n: number): CellValue[][] => Array.from({ length: n }, () => [null, null]);

describe("the ledger sweep, at its edges", () => {
  test("an empty-text cell under a row of labels is a gap, like an empty cell, not text that ends it", () => {
    expect(
      unread([
        ["IIT", "EIT"],
        ["", ""],
        [80, 70],
        [81, 71],
      ]).map((u) => u.range),
    ).toEqual(["A1:A4", "B1:B4"]);
  });

  test("scores under a row of labels are looked for up to 60 rows down, not further", () => {
    expect(unread([["IIT", "EIT"], ...empty(59), [80, 70]]).map((u) => u.range)).toEqual([
      "A1:A61",
      "B1:B61",
    ]);
    expect(unread([["IIT", "EIT"], ...empty(60), [80, 70]])).toEqual([]);
  });

  test("regions are given top to bottom, whichever column and kind they belong to", () => {
    const rows: CellValue[][] = [
      ["ข้อ", "คะแนน"],
      ["I1", 90],
      [],
      ["คะแนนรวม", 85],
      [],
      [],
      [],
      [],
      ["I2", 80],
    ];
    expect(unread(rows).map((u) => u.range)).toEqual(["A2:B2", "A4:B4", "A9:B9"]);
  });

  test("the message names the first and last row and each value column once", () => {
    const [u] = unread([
      ["ข้อ", "คะแนน", "คะแนน"],
      ["I1", 90, 91],
      ["I2", 80, 81],
      ["I3", 70, 71],
    ]);
    expect(u).toEqual({
      range: "A2:C4",
      rows: 3,
      message: expect.stringMatching(/^Rows 2–4 \(A2:C4\) hold 3 item codes with scores \(column B, C\)/),
    });
  });
});
