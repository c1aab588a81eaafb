import { type CellValue, cellRuns } from "../../src/analysis/grid";
import { analyse } from "../../src/analysis/analyse";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { toReport } from "../../src/analysis/report";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";

const report = (...sheets: [string, CellValue[][]][]) =>
  toReport(analyse(recogniseWorkbook(sheets.map(([n, rows]) => grid(n, rows))), DEFAULT_SETTINGS), "en");
const said = (r: ReturnType<typeof report>) =>
  r.diagnostics
    .filter((d) => d.code.startsWith("notCompared"))
    .map((d) => [d.level, d.code, d.sheet, d.cell]);

describe("every score read that the comparison does not use is in the report, with why", () => {
  test("three years: the oldest year's scores are listed with their values, said once at their cells", () => {
    const r = report([
      "IIT",
      [
        ["ข้อ", "ปี 2564", "ปี 2565", "ปี 2566"],
        ["I1", 77.25, 85, 90],
        ["I2", 84.5, 86, 70],
      ],
    ]);
    expect(r.items.map((i) => [i.code, i.score, i.previous?.year, i.previous?.score])).toEqual([
      ["I1", 90, 2565, 85],
      ["I2", 70, 2565, 86],
    ]);
    expect(r.notCompared).toEqual([
      { kind: "item", year: 2564, code: "I1", score: 77.25, sheet: "IIT", cell: "B2", reason: "olderYear" },
      { kind: "item", year: 2564, code: "I2", score: 84.5, sheet: "IIT", cell: "B3", reason: "olderYear" },
    ]);
    expect(said(r)).toEqual([["info", "notCompared.olderYear", "IIT", "B2"]]);
    expect(r.diagnostics.find((d) => d.code === "notCompared.olderYear")!.message).toBe(
      "2564: I1, I2 were read (B2:B3) but are not compared, because the report compares 2566 with the nearest earlier year only (2 values)",
    );
  });

  test("an instrument the latest year lacks: its scores are a warning that says to type the latest year's", () => {
    const r = report(
      [
        "ITA 2567",
        [
          ["ข้อ", "คะแนน"],
          ["I1", 83.25],
          ["E1", 90],
        ],
      ],
      [
        "ITA 2568",
        [
          ["ข้อ", "คะแนน"],
          ["E1", 91],
        ],
      ],
    );
    expect(r.latestYear).toBe(2568);
    expect(r.notCompared).toEqual([
      {
        kind: "item",
        year: 2567,
        code: "I1",
        score: 83.25,
        sheet: "ITA 2567",
        cell: "B2",
        reason: "noLatestYear",
      },
    ]);
    expect(said(r)).toEqual([["warning", "notCompared.noLatestYear", "ITA 2567", "B2"]]);
  });

  test("previous-year items with no counterpart in the latest list are named; compared ones are not", () => {
    const r = report([
      "IIT",
      [
        ["ข้อ", "ปี 2566", "ปี 2567"],
        ["I1", 80, 90],
        ["I2", 81, 91],
      ],
    ]);
    const compared = new Set(r.items.flatMap((i) => (i.previous ? [i.previous.cell] : [])));
    for (const n of r.notCompared) expect(compared.has(n.cell)).toBe(false);
    expect(r.notCompared.map((n) => [n.code, n.cell, n.reason])).toEqual([["I1", "B2", "noCounterpart"]]);
  });

  test("a totals history: the total of each older year is listed; the previous year's is compared", () => {
    const r = report([
      "ประวัติ",
      [
        ["ปีงบประมาณ", "คะแนน ITA"],
        [2567, 90.5],
        [2566, 86.02],
        [2565, 79.44],
      ],
    ]);
    expect(r.total).toMatchObject({ score: 90.5, previous: { year: 2566, score: 86.02 } });
    expect(r.notCompared).toEqual([
      {
        kind: "total",
        year: 2565,
        code: "ITA",
        score: 79.44,
        sheet: "ประวัติ",
        cell: "B4",
        reason: "olderYear",
      },
    ]);
  });

  test("four years: each older year is its own group; sheets in any order give the same reasons", () => {
    const sheet = (year: number, scores: number[]): [string, CellValue[][]] => [
      `IIT ${year}`,
      [["ข้อ", "คะแนน"], ...scores.map((v, k): CellValue[] => [`I${k + 1}`, v])],
    ];
    // Newest first: the previous year must still be the latest before 2566, not the last sheet read.
    const r = report(
      sheet(2566, [90, 91]),
      sheet(2565, [80, 81]),
      sheet(2564, [70, 71]),
      sheet(2563, [60, 61]),
    );
    expect(r.notCompared.map((n) => [n.year, n.code, n.score, n.reason])).toEqual([
      [2564, "I1", 70, "olderYear"],
      [2564, "I2", 71, "olderYear"],
      [2563, "I1", 60, "olderYear"],
      [2563, "I2", 61, "olderYear"],
    ]);
    expect(said(r)).toEqual([
      ["info", "notCompared.olderYear", "IIT 2564", "B2"],
      ["info", "notCompared.olderYear", "IIT 2563", "B2"],
    ]);
    expect(r.items.map((i) => i.previous?.year)).toEqual([2565, 2565]);
  });

  test("indicators and instruments of an older year are listed by their names; the previous year's are compared", () => {
    const r = report([
      "สรุป",
      [
        ["", "ปี 2564", "ปี 2565", "ปี 2566"],
        ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 80, 85, 90],
        ["ตัวชี้วัดที่ 2 การใช้งบประมาณ", 81, 86, 91],
        ["IIT", 82, 87, 92],
        ["OIT", 83, 88, 93],
      ],
    ]);
    expect(r.indicators.map((i) => [i.number, i.previous?.year])).toEqual([
      [1, 2565],
      [2, 2565],
    ]);
    expect(r.notCompared.map((n) => [n.kind, n.code, n.year, n.score, n.cell, n.reason])).toEqual([
      ["indicator", "ตัวชี้วัดที่ 1", 2564, 80, "B2", "olderYear"],
      ["indicator", "ตัวชี้วัดที่ 2", 2564, 81, "B3", "olderYear"],
      ["instrument", "IIT", 2564, 82, "B4", "olderYear"],
      ["instrument", "OIT", 2564, 83, "B5", "olderYear"],
    ]);
  });

  test("an instrument given in older years only is not compared, and that is a warning", () => {
    const r = report([
      "สรุป",
      [
        ["", "ปี 2565", "ปี 2566"],
        ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 85, 90],
        ["ตัวชี้วัดที่ 2 การใช้งบประมาณ", 86, 91],
        ["OIT", 88, null],
      ],
    ]);
    expect(r.notCompared.map((n) => [n.kind, n.code, n.year, n.reason])).toEqual([
      ["instrument", "OIT", 2565, "noLatestYear"],
    ]);
  });

  test("last year's total when this year has none to compare it with: listed, and a warning", () => {
    const r = report(
      [
        "ประวัติ",
        [
          ["ปีงบประมาณ", "คะแนน ITA"],
          [2566, 86.02],
          [2565, 79.44],
        ],
      ],
      [
        "ITA 2567",
        [
          ["ข้อ", "คะแนน"],
          ["I1", 90],
        ],
      ],
    );
    expect(r.total).toBeNull();
    expect(r.notCompared.map((n) => [n.kind, n.year, n.score, n.reason])).toEqual([
      ["total", 2566, 86.02, "noLatestYear"],
      ["total", 2565, 79.44, "noLatestYear"],
    ]);
  });

  test("one year alone: nothing is left out", () => {
    const r = report([
      "ITA 2567",
      [
        ["ข้อ", "คะแนน"],
        ["I1", 80],
      ],
    ]);
    expect(r.notCompared).toEqual([]);
    expect(said(r)).toEqual([]);
  });

  test("cell runs: consecutive rows of one column become a range", () => {
    expect(cellRuns(["B5", "B3", "B4", "D2", "B7", "C3"])).toBe("B3:B5, B7, C3, D2");
    expect(cellRuns(["A1"])).toBe("A1");
  });
});
