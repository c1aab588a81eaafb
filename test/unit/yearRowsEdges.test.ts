import type { CellValue } from "../../src/analysis/grid";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { grid } from "../helpers/grid";

const rec = (rows: CellValue[][]) => recogniseWorkbook([grid("ประวัติ", rows)]);
const totals = (rows: CellValue[][]) => rec(rows).summaries.map((s) => `${s.year}=${s.score}@${s.cell}`);

describe("years-down tables, at their edges", () => {
  test("the years run from 2555 to 2600 and are whole: the table ends at the first row that is not one", () => {
    expect(
      totals([
        ["ปีงบประมาณ", "คะแนน"],
        [2600, 90],
        [2555, 80],
        [2554, 70],
      ]),
    ).toEqual(["2600=90@B2", "2555=80@B3"]);
    expect(
      totals([
        ["ปี", "คะแนน"],
        [2567, 90],
        [2601, 80],
      ]),
    ).toEqual(["2567=90@B2"]);
    expect(
      totals([
        ["ปี", "คะแนน"],
        [2567, 90],
        [2566.5, 80],
      ]),
    ).toEqual(["2567=90@B2"]);
  });

  test("a cell that is not a score is named at its cell with its value, and the row's other scores are read", () => {
    const r = rec([
      ["ปี", "IIT", "คะแนนรวม"],
      [2567, "ดีมาก", 90],
      [2566, 85, 88],
    ]);
    expect(r.summaries.map((s) => `${s.year} ${s.instrument}=${s.score}`)).toEqual([
      "2567 null=90",
      "2566 IIT=85",
      "2566 null=88",
    ]);
    const d = r.diagnostics.filter((x) => x.id.startsWith("notAScore"));
    expect(d.map((x) => [x.id, x.cell, x.level, x.params])).toEqual([
      ["notAScore.text", "B2", "warning", { value: "ดีมาก" }],
    ]);
  });

  test("indicator columns by number and name are read as indicator scores of each year", () => {
    const r = rec([
      ["ปี", "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "ตัวชี้วัดที่ 2", "ตัวชี้วัดที่ 3 ร้อยละโครงการ"],
      [2567, 90, 80, 70],
    ]);
    expect(r.indicators.map((i) => `${i.indicator}=${i.score}@${i.cell}`)).toEqual(["1=90@B2", "2=80@C2"]);
    expect(r.summaries).toEqual([]);
  });

  test("indicator columns by name alone, over several years, are each year's indicator scores", () => {
    const r = rec([
      ["ปีงบประมาณ", "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "คะแนนรวม"],
      [2568, 91, 81, 88],
      [2567, 90, 80, 87],
    ]);
    expect(r.indicators.map((i) => `${i.year}:${i.indicator}=${i.score}@${i.cell}`)).toEqual([
      "2568:1=91@B2",
      "2568:2=81@C2",
      "2567:1=90@B3",
      "2567:2=80@C3",
    ]);
    expect(r.summaries.map((s) => `${s.year}=${s.score}@${s.cell}`)).toEqual(["2568=88@D2", "2567=87@D3"]);
    expect(r.diagnostics).toEqual([]);
  });

  test("several agencies: every later group is named, with the names left of its years, to its last year row", () => {
    const r = rec([
      ["หน่วยงาน", "ปี", "คะแนนรวม"],
      ["อบต.ก", 2566, 80],
      [null, 2567, 85],
      ["อบต.ข", 2566, 70],
      [null, 2567, 75],
      ["อบต.ค", 2566, 60],
      [null, 2567, 65],
      ["รวม", null, null],
    ]);
    expect(r.summaries.map((s) => `${s.year}=${s.score}`)).toEqual(["2566=80", "2567=85"]);
    const d = r.diagnostics.find((x) => x.id === "otherAgencies");
    expect(d && [d.cell, d.level, d.params]).toEqual([
      "B4",
      "warning",
      { read: "อบต.ก", others: "อบต.ข, อบต.ค", range: "A4:C7" },
    ]);
  });

  test("several agencies without names: said with a dash, never an empty name", () => {
    const r = rec([
      ["ปี", "คะแนนรวม"],
      [2566, 80],
      [2567, 85],
      [2566, 70],
    ]);
    const d = r.diagnostics.find((x) => x.id === "otherAgencies");
    expect(d?.params).toEqual({ read: "-", others: "-", range: "A4:B4" });
  });

  test("an empty level cell says nothing; an unknown one is a warning", () => {
    const r = rec([
      ["ปี", "คะแนน", "ระดับ"],
      [2565, 90, null],
      [2564, 80, "ดีมาก"],
    ]);
    expect(r.diagnostics.map((d) => [d.id, d.cell, d.level])).toEqual([["notALevel", "C3", "warning"]]);
  });
});
