import type { CellValue } from "../../src/analysis/grid";
import { findBlocks } from "../../src/analysis/findBlocks";
import { scanLabels } from "../../src/analysis/scanLabels";
import { grid } from "../helpers/grid";

const blocks = (rows: CellValue[][]) => {
  const g = grid("s", rows);
  return findBlocks(g, scanLabels(g).columns).map((b) => b.cells.map((c) => c.r));
};

describe("findBlocks: a label column splits where a heading or header row stands between two labels", () => {
  test("blank rows, blank text, numbers and score-like text do not split a table", () => {
    expect(
      blocks([["I1", 1], [], ["I2", 2], ["   ", null], ["I3", 3], [85], ["I4", 4], ["ร้อยละ 90"], ["I5", 5]]),
    ).toEqual([[0, 2, 4, 6, 8]]);
  });

  test("a heading between labels starts a new block, wherever it stands in the row", () => {
    expect(
      blocks([
        ["I1", 1],
        ["I2", 2],
        [null, null, "EIT"],
        ["E1", 3],
        ["E2", 4],
        ["ข้อ", "คะแนน"],
        ["O1", 5],
      ]),
    ).toEqual([[0, 1], [3, 4], [6]]);
  });

  test("each label column is split on its own", () => {
    expect(
      blocks([
        ["I1", 1, "O1", 5],
        ["I2", 2, "O2", 6],
      ]),
    ).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });
});
