import type { CellValue } from "../../src/analysis/grid";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { grid } from "../helpers/grid";

/** The items read from one sheet, as code@cell=score. */
const read = (rows: CellValue[][]) =>
  recogniseWorkbook([grid("ITA 2567", rows)]).items.map((i) => `${i.label.raw}@${i.cell}=${i.score}`);

describe("score columns, at their edges", () => {
  test("a column counting up by one from 1 is a numbering column; whole scores counting up are scores", () => {
    const codes = ["I1", "I2", "I3"];
    const numbered = codes.map((c, k): CellValue[] => [c, "x", k + 1, 90 - k]);
    expect(read([["ข้อ", "ประเด็น", "ลำดับ", "คะแนน 2567"], ...numbered])).toEqual([
      "I1@D2=90",
      "I2@D3=89",
      "I3@D4=88",
    ]);
    const counting = codes.map((c, k): CellValue[] => [c, "x", 90 + k]);
    expect(read([["ข้อ", "ประเด็น", "คะแนน 2567"], ...counting])).toEqual(["I1@C2=90", "I2@C3=91", "I3@C4=92"]);
  });

  test("a column with more numbers above 100 than scores is not a score column", () => {
    const rows: CellValue[][] = [
      ["ข้อ", "คะแนน 2567", "คะแนน 2567"],
      ["I1", 150000, 90],
      ["I2", 200000, 80],
      ["I3", 95, 70],
    ];
    expect(read(rows)).toEqual(["I1@C2=90", "I2@C3=80", "I3@C4=70"]);
  });

  test("scores typed left of the codes are read when there are none right of them", () => {
    const rows: CellValue[][] = [
      ["คะแนน 2567", "ข้อ"],
      [90, "I1"],
      [80, "I2"],
    ];
    expect(read(rows)).toEqual(["I1@A2=90", "I2@A3=80"]);
  });
});
