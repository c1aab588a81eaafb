import type { CellValue } from "../../src/analysis/grid";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { grid } from "../helpers/grid";

const rec = (name: string, rows: CellValue[][]) => recogniseWorkbook([grid(name, rows)]);
const said = (name: string, rows: CellValue[][], id: string) =>
  rec(name, rows)
    .diagnostics.filter((d) => d.id === id)
    .map((d) => ({ level: d.level, cell: d.cell, params: d.params }));
const items = (name: string, rows: CellValue[][]) =>
  rec(name, rows).items.map((i) => `${i.label.raw}@${i.cell}=${i.score} ${i.year}`);

const TABLE: CellValue[][] = [
  ["ข้อ", "คะแนน"],
  ["I1", 90],
  ["I2", 80],
];

describe("the year of a table whose score column names none", () => {
  test("a Common-Era year in the sheet name is converted, and said once for the sheet", () => {
    expect(items("ITA 2024", TABLE)).toEqual(["I1@B2=90 2567", "I2@B3=80 2567"]);
    expect(said("ITA 2024", TABLE, "yearFromCE")).toEqual([
      { level: "info", cell: null, params: { ce: 2024, year: 2567 } },
    ]);
  });

  test("a B.E. sheet name is used without a word", () => {
    expect(items("ITA 2567", TABLE)).toEqual(["I1@B2=90 2567", "I2@B3=80 2567"]);
    expect(rec("ITA 2567", TABLE).diagnostics).toEqual([]);
  });

  test("a title standing alone in its row above the table gives the year, with a warning naming it", () => {
    const title = "ผลการประเมินคุณธรรมและความโปร่งใส ITA ประจำปีงบประมาณ พ.ศ. 2567 ของหน่วยงานตัวอย่างแห่งหนึ่งในจังหวัด";
    const rows: CellValue[][] = [[title], [null], ...TABLE];
    expect(items("Sheet1", rows)).toEqual(["I1@B4=90 2567", "I2@B5=80 2567"]);
    expect(said("Sheet1", rows, "yearFromTitle")).toEqual([
      { level: "warning", cell: "A1", params: { year: 2567, text: title.slice(0, 60) } },
    ]);
  });

  test("not a title: a row of several cells, a bare year, or a line more than 12 rows above the first item", () => {
    const none = (rows: CellValue[][]) => said("Sheet1", rows, "noYear").map((d) => d.cell);
    expect(none([[null, null, "ปี 2567", "หน่วยงาน ก"], ...TABLE])).toEqual(["A3"]);
    expect(none([["2567"], ...TABLE])).toEqual(["A3"]);
    const far: CellValue[][] = [
      ["ผลการประเมิน ITA ปี 2567"],
      ...Array.from({ length: 11 }, () => [null]),
      ...TABLE,
    ];
    expect(none(far)).toEqual(["A14"]);
    const near: CellValue[][] = [
      ["ผลการประเมิน ITA ปี 2567"],
      ...Array.from({ length: 10 }, () => [null]),
      ...TABLE,
    ];
    expect(items("Sheet1", near)).toEqual(["I1@B13=90 2567", "I2@B14=80 2567"]);
  });

  test("no year anywhere: a warning at the table, nothing read", () => {
    expect(items("Sheet1", TABLE)).toEqual([]);
    expect(said("Sheet1", TABLE, "noYear")).toEqual([{ level: "warning", cell: "A2", params: {} }]);
  });

  test("two yearless score columns: named together, no year guessed", () => {
    const rows: CellValue[][] = [
      ["ข้อ", "คะแนน", "คะแนน"],
      ["I1", 90, 91],
      ["I2", 80, 81],
    ];
    expect(items("ITA 2567", rows)).toEqual([]);
    expect(said("ITA 2567", rows, "noYearManyColumns")).toEqual([
      { level: "warning", cell: "A2", params: { columns: "B2, C2" } },
    ]);
  });

  test("beside a column with a year, a yearless score column is left out and said at its header row", () => {
    const rows: CellValue[][] = [
      ["ข้อ", "2567", "คะแนน"],
      ["I1", 90, 91],
      ["I2", 80, 81],
    ];
    expect(items("Sheet1", rows)).toEqual(["I1@B2=90 2567", "I2@B3=80 2567"]);
    expect(said("Sheet1", rows, "columnWithoutYear")).toEqual([{ level: "info", cell: "C2", params: {} }]);
  });
});
