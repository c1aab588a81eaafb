import type { CellValue } from "../../src/analysis/grid";
import { recogniseSheet } from "../../src/analysis/recogniseSheet";
import type { Recognition } from "../../src/analysis/types";
import { MAX_BE, MIN_BE } from "../../src/analysis/parseYear";
import { grid } from "../helpers/grid";
import { emptyRecognition } from "../helpers/recognition";

const read = (rows: CellValue[][], name = "คะแนน") => recogniseSheet(grid(name, rows));
const scores = (r: Recognition) =>
  r.items.map((o) => [o.label.instrument, o.label.number, o.year, o.score, o.cell]);

describe("long format: one row per item and year, the year in a column of its own", () => {
  test("the year column right of the codes gives each row its year; the table lists its years in order", () => {
    const r = read([
      ["ข้อ", "ปี", "คะแนน"],
      ["I1", 2567, 90],
      ["I1", 2566, 85.5],
      ["I2", "ปีงบประมาณ 2566", 70],
      ["I2", "ปี 2567", 75],
    ]);
    expect(scores(r)).toEqual([
      ["IIT", 1, 2567, 90, "C2"],
      ["IIT", 1, 2566, 85.5, "C3"],
      ["IIT", 2, 2566, 70, "C4"],
      ["IIT", 2, 2567, 75, "C5"],
    ]);
    // The year column is the rows' own: no years-down table, no "other agencies".
    expect(r.diagnostics).toEqual([]);
    expect(r.tables).toEqual([
      {
        sheet: "คะแนน",
        range: { top: 1, left: 0, bottom: 4, right: 2 },
        kind: "items",
        years: [2566, 2567],
        rows: 4,
      },
    ]);
  });

  test("the year column left of the codes is found too, also for tables side by side", () => {
    const r = read([
      ["ปี", "ข้อ", "คะแนน"],
      [2566, "O1", 100],
      [2567, "O1", 0],
      [2566, "O2", 50],
    ]);
    expect(scores(r)).toEqual([
      ["OIT", 1, 2566, 100, "C2"],
      ["OIT", 1, 2567, 0, "C3"],
      ["OIT", 2, 2566, 50, "C4"],
    ]);
    const two = read([
      ["ปี", "ข้อ", "คะแนน", "ปี", "ข้อ", "คะแนน"],
      [2566, "I1", 81, 2567, "O1", 100],
      [2567, "I1", 82, 2566, "O1", 50],
      [2566, "I2", 83, 2567, "O2", 0],
    ]);
    expect(scores(two).map(([, n, y, , cell]) => [cell, n, y])).toEqual([
      ["C2", 1, 2566],
      ["C3", 1, 2567],
      ["C4", 2, 2566],
      ["F2", 1, 2567],
      ["F3", 1, 2566],
      ["F4", 2, 2567],
    ]);
    expect(two.diagnostics).toEqual([]);
  });

  test("two long tables side by side each read their own year column, never the other's", () => {
    const r = read([
      ["ข้อ", "ปี", "คะแนน", "ข้อ", "ปี", "คะแนน"],
      ["I1", 2566, 81, "O1", 2567, 100],
      ["I1", 2567, 82, "O1", 2566, 50],
      ["I2", 2566, 83, "O2", 2567, 0],
    ]);
    expect(scores(r).sort()).toEqual(
      [
        ["IIT", 1, 2566, 81, "C2"],
        ["IIT", 1, 2567, 82, "C3"],
        ["IIT", 2, 2566, 83, "C4"],
        ["OIT", 1, 2567, 100, "F2"],
        ["OIT", 1, 2566, 50, "F3"],
        ["OIT", 2, 2567, 0, "F4"],
      ].sort(),
    );
  });

  test("a change column in a long table is never read as a score", () => {
    const r = read([
      ["ข้อ", "ปี", "คะแนน", "ผลต่าง"],
      ["I1", 2566, 80, 0],
      ["I1", 2567, 90, 10],
      ["I2", 2566, 70, 0],
      ["I2", 2567, 65, -5],
    ]);
    expect(r.items.map((o) => o.score)).toEqual([80, 90, 70, 65]);
    expect(r.items.every((o) => o.cell.startsWith("C"))).toBe(true);
  });

  test("years typed as text: bare, after ปี or ปีงบประมาณ, with or without a space", () => {
    const r = read([
      ["ข้อ", "ปี", "คะแนน"],
      ["I1", "2566", 81],
      ["I1", "ปี2567", 82],
      ["I2", "ปี 2566", 83],
      ["I2", "ปีงบประมาณ 2567", 84],
      ["I3", "ปีงบประมาณ2566", 85],
    ]);
    expect(r.items.map((o) => [o.label.number, o.year])).toEqual([
      [1, 2566],
      [1, 2567],
      [2, 2566],
      [2, 2567],
      [3, 2566],
    ]);
  });

  test("a year column at the edges of the years the reader accepts", () => {
    const r = read([
      ["ข้อ", "ปี", "คะแนน"],
      ["I1", MIN_BE, 81],
      ["I2", MAX_BE, 82],
      ["I3", MAX_BE, 83],
    ]);
    expect(r.items.map((o) => o.year)).toEqual([MIN_BE, MAX_BE, MAX_BE]);
  });

  test("not years: CE years, fractions, years out of range, other text, or years on too few rows", () => {
    const rowsWith = (years: CellValue[]): CellValue[][] => [
      ["ข้อ", "ปี", "คะแนน 2567"],
      ...years.map((y, i): CellValue[] => [`I${i + 1}`, y, 80 + i]),
    ];
    // Not a long table: the header's year is the year of every row.
    for (const years of [
      ["2023", "2024", "2023"],
      [2566.5, 2567.5, 2566.5],
      [MIN_BE - 1, MAX_BE + 1, MIN_BE - 1],
      ["2566 ปี", "2567 ปี", "2566 ปี"],
      ["ก 2566", "ปี 2566 ก", "ปีที่ 2566"],
      ["1234", "0000", "1234"],
      [2566, null, null],
      [2566, null, null, null, "x"],
    ] as CellValue[][]) {
      const r = read(rowsWith(years));
      expect({ years, read: r.items.map((o) => o.year) }).toEqual({ years, read: years.map(() => 2567) });
    }
    // 60% of the rows: two of three, three of five.
    expect(read(rowsWith([2566, 2566, null])).items.map((o) => o.year)).toEqual([2566, 2566]);
    expect(read(rowsWith([2566, null, 2566, null, 2566])).items.map((o) => o.year)).toEqual([
      2566, 2566, 2566,
    ]);
  });

  test("rows under a change heading inside a long table are not read", () => {
    const r = read([
      ["ข้อ", "ปี", "คะแนน"],
      ["I1", 2566, 80],
      ["I1", 2567, 90],
      [null, null, "ผลต่าง"],
      ["I2", 2566, 5],
      ["I2", 2567, 6],
    ]);
    expect(r.items.map((o) => [o.label.number, o.year, o.score])).toEqual([
      [1, 2566, 80],
      [1, 2567, 90],
    ]);
  });
});

describe("recogniseSheet: tables and what it leaves alone", () => {
  test("a sheet the add-in generated is never read", () => {
    const rows: CellValue[][] = [
      ["ข้อ", "2567"],
      ["I1", 90],
      ["I2", 80],
    ];
    expect(recogniseSheet(grid("วิเคราะห์ ITA 2567", rows, { generated: true }))).toEqual(emptyRecognition());
    expect(recogniseSheet(grid("x", rows)).items).toHaveLength(2);
  });

  test("an indicator summary is a table of indicators; years are listed in order whatever the columns' order", () => {
    const r = read([
      ["ตัวชี้วัด", "2567", "2566"],
      ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 95, 90],
      ["ตัวชี้วัดที่ 2 การใช้งบประมาณ", 85, 80],
      ["ตัวชี้วัดที่ 3 การใช้อำนาจ", 75, 70],
    ]);
    expect(r.tables.map((t) => [t.kind, t.years, t.rows, t.range])).toEqual([
      ["indicators", [2566, 2567], 3, { top: 1, left: 0, bottom: 3, right: 2 }],
    ]);
    expect(r.indicators.map((o) => [o.indicator, o.year, o.score]).sort()).toEqual([
      [1, 2566, 90],
      [1, 2567, 95],
      [2, 2566, 80],
      [2, 2567, 85],
      [3, 2566, 70],
      [3, 2567, 75],
    ]);
  });

  test("a table of items with an indicator row is a table of items", () => {
    const r = read([
      ["ข้อ", "2567"],
      ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 90],
      ["I1", 91],
      ["I2", 89],
    ]);
    expect(r.tables.map((t) => t.kind)).toEqual(["items"]);
  });

  test("codes without any score column, or whose only numbers are change columns, make no table and no noise", () => {
    const titles = read([
      ["ข้อ", "หัวข้อ"],
      ["I1", "การปฏิบัติงาน"],
      ["I2", "การให้บริการ"],
    ]);
    expect([titles.tables, titles.diagnostics]).toEqual([[], []]);
    const changes = read([
      ["ข้อ", "ผลต่าง"],
      ["I1", 5],
      ["I2", -3],
      ["I3", 1],
    ]);
    expect([changes.tables, changes.items, changes.diagnostics]).toEqual([[], [], []]);
  });

  test("scores with no year make no table: the refusal names the table instead", () => {
    const r = read([
      ["ข้อ", "คะแนน"],
      ["I1", 90],
      ["I2", 80],
    ]);
    expect(r.tables).toEqual([]);
    expect(r.diagnostics.map((d) => [d.id, d.cell])).toEqual([["noYear", "A2"]]);
  });

  test("a score column wins over a score at the end of the code's own cell", () => {
    const r = read([
      ["ข้อ", "2567"],
      ["I1 เจ้าหน้าที่ปฏิบัติงาน 75.00", 90],
      ["I2 การให้บริการ 65.00", 80],
    ]);
    expect(r.items.map((o) => [o.score, o.cell])).toEqual([
      [90, "B2"],
      [80, "B3"],
    ]);
  });
});

describe("tables side by side with their scores typed before the codes", () => {
  test("each table reads the scores left of its own codes, never those of the table beside it", () => {
    const r = read([
      ["แบบวัด EIT", null, null, null, "แบบวัด IIT"],
      ["คะแนน 2566", "คะแนน 2567", "ข้อ", null, "คะแนน 2566", "คะแนน 2567", "ข้อ"],
      [71, 72, "E1", null, 81, 82, "I1"],
      [73, 74, "E2", null, 83, 84, "I2"],
    ]);
    expect(scores(r).sort()).toEqual(
      [
        ["EIT", 1, 2566, 71, "A3"],
        ["EIT", 1, 2567, 72, "B3"],
        ["EIT", 2, 2566, 73, "A4"],
        ["EIT", 2, 2567, 74, "B4"],
        ["IIT", 1, 2566, 81, "E3"],
        ["IIT", 1, 2567, 82, "F3"],
        ["IIT", 2, 2566, 83, "E4"],
        ["IIT", 2, 2567, 84, "F4"],
      ].sort(),
    );
  });

  test("a table alone keeps scores beyond an empty column; beside another table, the empty column is the border", () => {
    const alone = read([
      ["ข้อ", null, "คะแนน 2567"],
      ["I1", null, 91],
      ["I2", null, 92],
    ]);
    expect(scores(alone)).toEqual([
      ["IIT", 1, 2567, 91, "C2"],
      ["IIT", 2, 2567, 92, "C3"],
    ]);
    const beside = read([
      ["ข้อ", "คะแนน 2567", null, "คะแนน 2567", "ข้อ"],
      ["I1", 91, null, 61, "O1"],
      ["I2", 92, null, 62, "O2"],
    ]);
    expect(scores(beside).sort()).toEqual(
      [
        ["IIT", 1, 2567, 91, "B2"],
        ["IIT", 2, 2567, 92, "B3"],
        ["OIT", 1, 2567, 61, "D2"],
        ["OIT", 2, 2567, 62, "D3"],
      ].sort(),
    );
  });
});
