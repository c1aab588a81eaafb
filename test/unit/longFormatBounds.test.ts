import type { CellValue } from "../../src/analysis/grid";
import { recogniseSheet } from "../../src/analysis/recogniseSheet";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import type { Recognition } from "../../src/analysis/types";
import { grid } from "../helpers/grid";

const read = (rows: CellValue[][]) => recogniseSheet(grid("คะแนน", rows));
const scores = (r: Recognition, inst: string) =>
  r.items.filter((o) => o.label.instrument === inst).map((o) => [o.label.number, o.year, o.score, o.cell]);

describe("long format: a block looks for its year column only within its own columns", () => {
  test("a wide table beside a long one keeps its header years, not the long table's year column", () => {
    const r = read([
      ["ข้อ", "2567", null, "ข้อ", "ปี", "คะแนน"],
      ["I1", 90, null, "E1", 2566, 80],
      ["I2", 91, null, "E1", 2567, 81],
      [null, null, null, "E2", 2566, 82],
      [null, null, null, "E2", 2567, 83],
    ]);
    expect(scores(r, "IIT")).toEqual([
      [1, 2567, 90, "B2"],
      [2, 2567, 91, "B3"],
    ]);
    expect(scores(r, "EIT")).toEqual([
      [1, 2566, 80, "F2"],
      [1, 2567, 81, "F3"],
      [2, 2566, 82, "F4"],
      [2, 2567, 83, "F5"],
    ]);
  });

  test("a wide table right of a long one keeps its header years too", () => {
    const r = read([
      ["ข้อ", "ปี", "คะแนน", null, "ข้อ", "2567"],
      ["E1", 2566, 80, null, "I1", 90],
      ["E1", 2567, 81, null, "I2", 91],
      ["E2", 2566, 82],
      ["E2", 2567, 83],
    ]);
    expect(scores(r, "IIT")).toEqual([
      [1, 2567, 90, "F2"],
      [2, 2567, 91, "F3"],
    ]);
  });

  test("the year column two columns left of codes at the sheet's right edge is found", () => {
    const r = read([
      ["ปี", "หมายเหตุ", "ข้อ", "คะแนน"],
      [2566, "", "I1", 80],
      [2567, "", "I1", 85],
      [2566, "", "I2", 70],
    ]);
    expect(scores(r, "IIT")).toEqual([
      [1, 2566, 80, "D2"],
      [1, 2567, 85, "D3"],
      [2, 2566, 70, "D4"],
    ]);
  });

  test("a year column midway between two tables' labels is the left table's", () => {
    const r = read([
      ["ข้อ", "คะแนน", "ปี", null, "ข้อ", "2567"],
      ["I1", 80, 2566, null, "O1", 100],
      ["I1", 81, 2567, null, "O2", 50],
    ]);
    expect(scores(r, "IIT")).toEqual([
      [1, 2566, 80, "B2"],
      [1, 2567, 81, "B3"],
    ]);
    expect(scores(r, "OIT")).toEqual([
      [1, 2567, 100, "F2"],
      [2, 2567, 50, "F3"],
    ]);
  });

  test("an empty column between two tables is the border: the right table's year column, left of its codes, is its own", () => {
    // Found by the property test: years | scores | codes, twice, an empty column between.
    const r = read([
      ["ปีงบประมาณ", "คะแนน", "ข้อ", null, "ปีงบประมาณ", "คะแนน", "ข้อ"],
      [2564, 10, "I1", null, 2564, 30, "O1"],
      [2565, 20, "I1", null, 2565, 40, "O1"],
    ]);
    expect(scores(r, "IIT")).toEqual([
      [1, 2564, 10, "B2"],
      [1, 2565, 20, "B3"],
    ]);
    expect(scores(r, "OIT")).toEqual([
      [1, 2564, 30, "F2"],
      [1, 2565, 40, "F3"],
    ]);
  });

  test("with no empty column between, a year column midway between two tables' labels is the left table's", () => {
    const r = read([
      ["ข้อ", "คะแนน", "ปี", "หมายเหตุ", "ข้อ", "2567"],
      ["I1", 80, 2566, "ก", "O1", 100],
      ["I1", 81, 2567, "ข", "O2", 50],
    ]);
    expect(scores(r, "IIT")).toEqual([
      [1, 2566, 80, "B2"],
      [1, 2567, 81, "B3"],
    ]);
    expect(scores(r, "OIT")).toEqual([
      [1, 2567, 100, "F2"],
      [2, 2567, 50, "F3"],
    ]);
  });

  test("the border is the empty column nearest the codes: a year column beyond it is not theirs", () => {
    const r = read([
      ["ข้อ", "2567", null, "ปี", null, "ข้อ", "2567"],
      ["I1", 90, null, 2566, null, "O1", 100],
      ["I2", 91, null, 2565, null, "O2", 50],
    ]);
    expect(scores(r, "OIT")).toEqual([
      [1, 2567, 100, "G2"],
      [2, 2567, 50, "G3"],
    ]);
    expect(scores(r, "IIT")).toEqual([
      [1, 2567, 90, "B2"],
      [2, 2567, 91, "B3"],
    ]);
  });

  test("up to the empty column, a column past the midway point is still this table's", () => {
    const r = read([
      ["ข้อ", "คะแนน", "หมายเหตุ", "หมายเหตุ", "ปี", null, "ข้อ", "2567"],
      ["I1", 80, "ก", "ข", 2566, null, "O1", 100],
      ["I1", 81, "ก", "ข", 2567, null, "O2", 50],
    ]);
    expect(scores(r, "IIT")).toEqual([
      [1, 2566, 80, "B2"],
      [1, 2567, 81, "B3"],
    ]);
  });

  test("nearness is counted from the labels' own columns, wherever the tables start", () => {
    // Codes from column B; no empty column between the tables: C is the long table's, nearer its labels.
    const r = read([
      [null, "ข้อ", "ปี", "คะแนน", "ข้อ", "2567"],
      [null, "I1", 2566, 80, "O1", 100],
      [null, "I2", 2566, 81, "O2", 0],
      [null, "I3", 2566, 82, "O3", 100],
    ]);
    expect(scores(r, "IIT")).toEqual([
      [1, 2566, 80, "D2"],
      [2, 2566, 81, "D3"],
      [3, 2566, 82, "D4"],
    ]);
    expect(scores(r, "OIT")).toEqual([
      [1, 2567, 100, "F2"],
      [2, 2567, 0, "F3"],
      [3, 2567, 100, "F4"],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  test("a year column with one blank cell is still the long table's, not the border; the row without a year is named", () => {
    const rows: CellValue[][] = [
      ["ข้อ", "ปี", "คะแนน", "ข้อ", "2567"],
      ["I1", 2566, 80, "O1", 100],
      ["I1", 2567, 81, "O2", 0],
      ["I2", 2566, 82, "O3", 100],
      ["I2", null, 83, "O4", 100],
    ];
    expect(scores(read(rows), "IIT")).toEqual([
      [1, 2566, 80, "C2"],
      [1, 2567, 81, "C3"],
      [2, 2566, 82, "C4"],
    ]);
    const named = recogniseWorkbook([grid("คะแนน", rows)]).diagnostics;
    expect(named.map((d) => [d.id, d.cell, d.params.range])).toEqual([["unreadRows.item", "A5", "A5:C5"]]);
  });

  test("with no table on its right, a table's year column may lie anywhere to the right", () => {
    const r = read([
      ["ข้อ", "หมายเหตุ", "คะแนน", "ปี"],
      ["I1", "", 80, 2566],
      ["I1", "", 85, 2567],
    ]);
    expect(scores(r, "IIT")).toEqual([
      [1, 2566, 80, "C2"],
      [1, 2567, 85, "C3"],
    ]);
  });

  test("searching further left never crosses into the neighbour on the right, nor right into the one on the left", () => {
    const right = read([
      ["หมายเหตุ", "หมายเหตุ", "หมายเหตุ", "ข้อ", "2567", "ข้อ", "ปี", "คะแนน"],
      ["ก", "ข", "ค", "I1", 90, "E1", 2566, 80],
      ["ก", "ข", "ค", "I2", 91, "E2", 2567, 81],
    ]);
    expect(scores(right, "IIT")).toEqual([
      [1, 2567, 90, "E2"],
      [2, 2567, 91, "E3"],
    ]);
    const left = read([
      ["ข้อ", "ปี", "คะแนน", "ข้อ", "2567", "หมายเหตุ", "หมายเหตุ", "หมายเหตุ"],
      ["E1", 2566, 80, "I1", 90, "ก", "ข", "ค"],
      ["E2", 2567, 81, "I2", 91, "ก", "ข", "ค"],
    ]);
    expect(scores(left, "IIT")).toEqual([
      [1, 2567, 90, "E2"],
      [2, 2567, 91, "E3"],
    ]);
  });
});

describe("recogniseSheet: columns marked as not scores", () => {
  test("a change column of score-like numbers is not read as scores", () => {
    const r = read([
      ["ข้อ", "2566", "2567", "ผลต่าง"],
      ["I1", 80, 85, 5],
      ["I2", 90, 88, 2.5],
      ["I3", 70, 75, 5],
    ]);
    expect(r.items.map((o) => o.cell)).toEqual(["B2", "B3", "B4", "C2", "C3", "C4"]);
    expect(r.diagnostics).toEqual([]);
  });

  test("a change column whose header names a year is still not read as that year's scores", () => {
    const r = read([
      ["ข้อ", "2566", "2567", "ผลต่างจากปี 2566"],
      ["I1", 80, 85, 5],
      ["I2", 90, 88, 2.5],
      ["I3", 70, 75, 5],
    ]);
    expect(r.items.map((o) => o.cell)).toEqual(["B2", "B3", "B4", "C2", "C3", "C4"]);
    expect(r.diagnostics).toEqual([]);
  });

  test("lines pasted from a PDF beside a change column: the scores at the end of the lines are read", () => {
    const r = recogniseSheet(
      grid("ITA 2567", [
        ["รายการ", "ผลต่าง"],
        ["e1 เจ้าหน้าที่ปฏิบัติงานหรือให้บริการ 75.00", 2.5],
        ["e2 เจ้าหน้าที่ปฏิบัติงานอย่างเท่าเทียม 80.50", 3],
      ]),
    );
    expect(scores(r, "EIT")).toEqual([
      [1, 2567, 75, "A2"],
      [2, 2567, 80.5, "A3"],
    ]);
  });
});
