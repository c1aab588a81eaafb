import type { CellValue } from "../../src/analysis/grid";
import { analyse } from "../../src/analysis/analyse";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { toReport } from "../../src/analysis/report";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";

const run = (sheets: [string, CellValue[][]][]) =>
  toReport(analyse(recogniseWorkbook(sheets.map(([n, rows]) => grid(n, rows))), DEFAULT_SETTINGS), "en");
const scores = (r: ReturnType<typeof run>) => r.items.map((i) => `${i.code}=${i.score}`);

describe("cell, code and header forms officers type", () => {
  test("a year column of text never silently makes the earlier year the latest", () => {
    const r = run([
      [
        "ผล",
        [
          ["ข้อ", "2566", "2567"],
          ["I1", 80, "ดีมาก"],
          ["I2", 81, "ดี"],
        ],
      ],
    ]);
    expect(r.latestYear).toBe(2566);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ level: "warning", code: "yearColumnNotScores", cell: "C1" }),
    );
  });

  test("score cells: ร้อยละ, /100, (ผ่าน), decimal comma, %, คะแนน N", () => {
    const r = run([
      [
        "ITA 2567",
        [
          ["ข้อ", "คะแนน"],
          ["I1", "ร้อยละ 90.00"],
          ["I2", "85.50/100"],
          ["I3", "85.50 (ผ่าน)"],
          ["I4", "85,50"],
          ["I5", "85.5%"],
          ["I6", "คะแนน 85"],
        ],
      ],
    ]);
    expect(scores(r)).toEqual(["I1=90", "I2=85.5", "I3=85.5", "I4=85.5", "I5=85.5", "I6=85"]);
  });

  test("OIT มี/ไม่มี and ผ่าน/ไม่ผ่าน are 100/0, said as info; elsewhere they are not scores", () => {
    const r = run([
      [
        "ITA 2567",
        [
          ["ข้อ", "คะแนน"],
          ["O1", "มี"],
          ["O2", "ไม่มี"],
          ["O3", "ผ่าน"],
          ["O4", "ไม่ผ่าน"],
          ["I1", "มี"],
          ["I2", 90],
        ],
      ],
    ]);
    expect(scores(r)).toEqual(["I2=90", "O1=100", "O2=0", "O3=100", "O4=0"]);
    const info = r.diagnostics.filter((d) => d.code === "yesNoScore");
    expect(info.map((d) => [d.level, d.cell])).toEqual([
      ["info", "B2"],
      ["info", "B3"],
      ["info", "B4"],
      ["info", "B5"],
    ]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: "notAScore.junk", cell: "B6" }));
  });

  test.each([
    ["(E1)", "E1"],
    ["[E1]", "E1"],
    ["EIT-01", "E1"],
    ["E-1", "E1"],
    ["E01", "E1"],
    ["1. E1", "E1"],
    ["ข้อ E1", "E1"],
  ])("code form %s is read as %s", (form, code) => {
    const r = run([
      [
        "ITA 2567",
        [
          ["ข้อ", "คะแนน"],
          [form, 88],
          ["E2", 89],
        ],
      ],
    ]);
    expect(scores(r)).toEqual([`${code}=88`, "E2=89"]);
  });

  test.each([
    ["ปีงบประมาณ 2568 (ต.ค. 2567 – ก.ย. 2568)", 2568],
    ["ปีงบ 67", 2567],
    ["ปีงบประมาณ 67", 2567],
    ["ITA2568", 2568],
    ["FY2025", 2568],
  ])("year header %s is %d", (header, year) => {
    const r = run([
      [
        "ผล",
        [
          ["ข้อ", header],
          ["I1", 88],
          ["I2", 89],
        ],
      ],
    ]);
    expect(r.latestYear).toBe(year);
  });

  test("a year merged over คะแนนเต็ม | คะแนนที่ได้ takes the score column by its words", () => {
    const rows: CellValue[][] = [
      ["ข้อ", "2567", null],
      [null, "คะแนนเต็ม", "คะแนนที่ได้"],
      ["I1", 100, 71.5],
      ["I2", 100, 82],
    ];
    const r = toReport(
      analyse(
        recogniseWorkbook([grid("ผล", rows, { merges: [{ top: 0, left: 1, bottom: 0, right: 2 }] })]),
        DEFAULT_SETTINGS,
      ),
      "en",
    );
    expect(r.items.map((i) => `${i.code}@${i.cell}=${i.score}`)).toEqual(["I1@C3=71.5", "I2@C4=82"]);
  });

  test("รหัส | ตัวชี้วัด | คะแนน: the indicator column beside the codes is not a score column", () => {
    const r = run([
      [
        "ITA 2567",
        [
          ["รหัส", "ตัวชี้วัด", "คะแนน"],
          ["I1", "ตัวชี้วัดที่ 1", 90],
          ["I2", "ตัวชี้วัดที่ 1", 80],
        ],
      ],
    ]);
    expect(scores(r)).toEqual(["I1=90", "I2=80"]);
    expect(r.indicators.filter((i) => i.sheet !== null)).toEqual([]);
  });

  test("long format: one row per item and year, in a sheet named for a year", () => {
    const r = run([
      [
        "ITA 2568",
        [
          ["ข้อ", "ปีงบประมาณ", "คะแนน"],
          ["I1", 2567, 80],
          ["I1", 2568, 90],
          ["I2", 2567, 70],
          ["I2", 2568, 75],
        ],
      ],
    ]);
    expect(r.latestYear).toBe(2568);
    expect(r.items.map((i) => `${i.code}=${i.score} (${i.previous?.score})`)).toEqual([
      "I1=90 (80)",
      "I2=75 (70)",
    ]);
  });
});
