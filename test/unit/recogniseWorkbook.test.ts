import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { grid } from "../helpers/grid";
import { emptyRecognition } from "../helpers/recognition";

const yearsDown = [
  ["ปี", "ตัวชี้วัดที่ 1", "ตัวชี้วัดที่ 2"],
  ["ITA 2566", 90, 84],
  ["ITA 2567", 92, 80.5],
];

describe("recogniseWorkbook: every sheet through every stage, in order", () => {
  test("a years-down summary is read transposed, its cells named as in the sheet", () => {
    const rec = recogniseWorkbook([grid("สรุป", yearsDown)]);
    expect(rec.indicators.map((i) => [i.year, i.indicator, i.score, i.cell])).toEqual([
      [2566, 1, 90, "B2"],
      [2566, 2, 84, "C2"],
      [2567, 1, 92, "B3"],
      [2567, 2, 80.5, "C3"],
    ]);
  });

  test("a sheet ITA Analyzer generated is read neither way", () => {
    const rec = recogniseWorkbook([grid("วิเคราะห์ ITA 2567", yearsDown, { generated: true })]);
    expect(rec.tables).toEqual([]);
    expect(rec.indicators).toEqual([]);
  });

  test("a sheet read across is not also read transposed", () => {
    const rec = recogniseWorkbook([
      grid("s", [
        ["ข้อ", "2566", "2567"],
        ["I1", 90, 91],
        ["I2", 80, 81],
      ]),
    ]);
    expect(rec.tables).toHaveLength(1);
    expect(rec.items.map((o) => o.cell)).toEqual(["B2", "B3", "C2", "C3"]);
  });

  test("sheets are joined in order: tables, items and the ledger's notes of each", () => {
    const rec = recogniseWorkbook([
      grid("a", [
        ["ข้อ", "2567"],
        ["I1", 90],
      ]),
      grid("b", [["รายการ"], ["I1", 90], ["I2", 80], ["I3", 70]]),
      grid("c", yearsDown),
    ]);
    expect(rec.tables.map((t) => t.sheet)).toEqual(["a", "c"]);
    expect(rec.items.map((o) => o.sheet)).toEqual(["a"]);
    expect(rec.indicators.every((i) => i.sheet === "c")).toBe(true);
    const unread = rec.diagnostics.filter((d) => d.id.startsWith("unreadRows."));
    expect(unread.map((d) => [d.sheet, d.params.range])).toEqual([["b", "A2:B4"]]);
  });

  test("a sheet read neither way keeps what reading it across said (a staff list is not a score table)", () => {
    const rec = recogniseWorkbook([
      grid("บุคลากร", [
        ["รหัสพนักงาน", "อายุ"],
        ["E01", 34],
        ["E02", 45],
      ]),
    ]);
    expect(rec.tables).toEqual([]);
    expect(rec.diagnostics.filter((d) => d.id === "notScoreTable").map((d) => d.cell)).toEqual(["A2"]);
  });

  test("a table with no year is said once, from the way it was laid out", () => {
    const across = recogniseWorkbook([
      grid("s", [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I2", 80],
      ]),
    ]);
    expect(across.diagnostics.filter((d) => d.id === "noYear").map((d) => d.cell)).toEqual(["A2"]);
    const down = recogniseWorkbook([
      grid("s", [
        ["ข้อ", "I1", "I2"],
        ["คะแนน", 90, 80],
      ]),
    ]);
    expect(down.diagnostics.filter((d) => d.id === "noYear").map((d) => d.cell)).toEqual(["B1"]);
  });

  test("two tables with no year, one laid out each way: each is refused at its own cell", () => {
    const rec = recogniseWorkbook([
      grid("s", [["ข้อ", "คะแนน"], ["I1", 90], ["I2", 80], [], ["ข้อ", "I3", "I4"], ["คะแนน", 70, 60]]),
    ]);
    expect(rec.diagnostics.filter((d) => d.id === "noYear").map((d) => d.cell)).toEqual(["A2", "B5"]);
  });

  test("a table read across is kept, whatever the transposed view would say of the rest of the sheet", () => {
    const rec = recogniseWorkbook([
      grid("s", [["ข้อ", "2567"], ["I1", 90], ["I2", 80], [], ["ข้อ", "E1", "E2"], ["คะแนน", 70, 60]]),
    ]);
    expect(rec.items.map((o) => [o.cell, o.score])).toEqual([
      ["B2", 90],
      ["B3", 80],
    ]);
  });

  test("no sheets: nothing, and nothing said", () => {
    expect(recogniseWorkbook([])).toEqual(emptyRecognition());
  });
});
