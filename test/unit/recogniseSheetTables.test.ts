import { recogniseSheet } from "../../src/analysis/recogniseSheet";
import { grid } from "../helpers/grid";

describe("recogniseSheet: the table record of each block", () => {
  test("years are listed ascending whatever the column order; the range runs from the first label to the last row and column read", () => {
    const r = recogniseSheet(
      grid("s", [
        ["ข้อ", "2568", "2566", "2567"],
        ["I1", 90, 80, 85],
        ["I2", 91, 81, 86],
        ["หมายเหตุ", null, null, null],
      ]),
    );
    expect(r.tables).toEqual([
      {
        sheet: "s",
        range: { top: 1, left: 0, bottom: 2, right: 3 },
        kind: "items",
        years: [2566, 2567, 2568],
        rows: 2,
      },
    ]);
  });

  test("a block of indicators and items is an item table; indicators alone an indicator table", () => {
    const mixed = recogniseSheet(
      grid("s", [
        ["ข้อ", "2567"],
        ["ตัวชี้วัดที่ 1", 90],
        ["I1", 90],
      ]),
    );
    expect(mixed.tables.map((t) => t.kind)).toEqual(["items"]);
    const summary = recogniseSheet(
      grid("s", [
        ["ตัวชี้วัด", "2567"],
        ["ตัวชี้วัดที่ 1", 90],
        ["ตัวชี้วัดที่ 2", 80],
      ]),
    );
    expect(summary.tables.map((t) => [t.kind, t.rows])).toEqual([["indicators", 2]]);
  });

  test("a column headed by words that are never scores (ผลต่าง, จำนวนผู้ตอบ) is not read, the score column is", () => {
    const r = recogniseSheet(
      grid("s", [
        ["ข้อ", "จำนวนผู้ตอบ", "คะแนน 2567"],
        ["I1", 120, 90],
        ["I2", 130, 80],
      ]),
    );
    expect(r.items.map((i) => [i.cell, i.score])).toEqual([
      ["C2", 90],
      ["C3", 80],
    ]);
  });

  test("a year column whose every cell is text is no table, and that is said at its header", () => {
    const r = recogniseSheet(
      grid("s", [
        ["ข้อ", "2567"],
        ["I1", "-"],
        ["I2", "N/A"],
      ]),
    );
    expect(r.tables).toEqual([]);
    expect(r.diagnostics).toEqual([
      {
        level: "warning",
        sheet: "s",
        cell: "B1",
        id: "yearColumnNotScores",
        params: { year: 2567, value: "-" },
      },
    ]);
  });

  test("codes with no score cells at all: no table and nothing said by the reader (the ledger has nothing to name)", () => {
    const r = recogniseSheet(
      grid("s", [
        ["ข้อ", "ประเด็น"],
        ["I1", "การปฏิบัติงาน"],
        ["I2", "การใช้งบประมาณ"],
      ]),
    );
    expect(r.tables).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });
});
