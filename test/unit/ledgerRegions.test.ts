import type { CellValue, SheetGrid } from "../../src/analysis/grid";
import { analyse } from "../../src/analysis/analyse";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { toReport } from "../../src/analysis/report";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";

const unread = (...grids: SheetGrid[]) =>
  toReport(analyse(recogniseWorkbook(grids), DEFAULT_SETTINGS), "en").reading.unread.map(
    ({ sheet, range, rows }) => ({ sheet, range, rows }),
  );
const noYear = (rows: CellValue[][], extra: Partial<SheetGrid> = {}) => grid("Sheet1", rows, extra);

describe("the ledger's regions: where, how many rows, in which columns", () => {
  test("a row of labels with scores below it (years down, no year given) is named column by column", () => {
    expect(unread(noYear([["IIT", "EIT"], [null, null], [80, 70], [81, 71], [], [82, 72]]))).toEqual([
      { sheet: "Sheet1", range: "A1:A4", rows: 1 },
      { sheet: "Sheet1", range: "B1:B4", rows: 1 },
    ]);
  });

  test("text under a label ends what belongs to it", () => {
    expect(
      unread(
        noYear([
          ["IIT", "EIT"],
          [80, "หมายเหตุ"],
          [81, 71],
        ]),
      ),
    ).toEqual([{ sheet: "Sheet1", range: "A1:A3", rows: 1 }]);
  });

  test("labels up to three rows apart are one region; further apart, two", () => {
    const rows: CellValue[][] = [["ข้อ", "คะแนน"], ["I1", 90], [], [], ["I2", 80], [], [], [], ["I3", 70]];
    expect(unread(noYear(rows))).toEqual([
      { sheet: "Sheet1", range: "A2:B5", rows: 2 },
      { sheet: "Sheet1", range: "A9:B9", rows: 1 },
    ]);
  });

  test("a diagnostic on another sheet accounts for nothing here", () => {
    const other = grid("ITA 2567", [
      ["ข้อ", "คะแนน"],
      ["I1", "-"],
      ["I2", 80],
    ]);
    expect(
      unread(
        other,
        noYear([
          ["ข้อ", "คะแนน"],
          ["I1", 90],
          ["I2", 80],
        ]),
      ),
    ).toEqual([{ sheet: "Sheet1", range: "A2:B3", rows: 2 }]);
  });

  test("rows and columns are named as the sheet does, past column Z", () => {
    const r = toReport(
      analyse(
        recogniseWorkbook([
          noYear(
            [
              ["ข้อ", "คะแนน"],
              ["I1", 90],
              ["I2", 80],
            ],
            { left: 26, top: 4 },
          ),
        ]),
        DEFAULT_SETTINGS,
      ),
      "en",
    );
    expect(r.reading.unread).toEqual([
      {
        sheet: "Sheet1",
        range: "AA6:AB7",
        rows: 2,
        message: expect.stringMatching(/^Rows 6–7 \(AA6:AB7\) hold 2 item codes with scores \(column AB\)/),
      },
    ]);
  });

  test("generated sheets are never swept", () => {
    expect(
      unread(
        noYear(
          [
            ["ข้อ", "คะแนน"],
            ["I1", 90],
            ["I2", 80],
          ],
          { generated: true },
        ),
      ),
    ).toEqual([]);
  });
});
