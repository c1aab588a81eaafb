import path from "node:path";
import { runCli } from "../helpers/cli";
import { tempDir, writeWorkbook } from "../helpers/xlsx";

type Item = {
  code: string;
  score: number;
  delta: number | null;
  previous: { code: string; year: number } | null;
  sheet: string;
  cell: string;
};

/** A workbook as officers keep them: several layouts, formulas, hidden and unrelated sheets. */
describe("CLI on a mixed workbook with noise sheets", () => {
  let report: {
    years: number[];
    items: Item[];
    indicators: { number: number; score: number; delta: number | null }[];
    tables: { sheet: string }[];
    diagnostics: { level: string; sheet: string; cell: string; code: string; message: string }[];
  };

  beforeAll(async () => {
    const dir = tempDir();
    const file = await writeWorkbook(path.join(dir, "agency.xlsx"), [
      {
        name: "บุคลากร",
        rows: [
          ["ชื่อ", "ตำแหน่ง", "อายุ"],
          ["นาย ก", "นิติกร", 35],
          ["นาง ข", "นักวิเคราะห์", 41],
        ],
      },
      {
        name: "งบประมาณ 2568",
        rows: [
          ["หมวด", "2567", "2568"],
          ["งบบุคลากร", 12500000, 13100000],
          ["งบลงทุน", 2100000, 1800000],
        ],
      },
      {
        name: "ITA2024",
        hidden: true,
        rows: [
          ["รหัส", "score"],
          ["EP ๑๐", 70],
          ["ES๑๐", 75],
          ["ES2", 88],
        ],
      },
      {
        name: "ITA 2568",
        rows: [
          ["สรุปผลคะแนน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (เพื่อจัดทำมาตรการปี ๒๕๖๙)"],
          [],
          ["ประเด็นการประเมิน", "ผลคะแนน", "หมายเหตุ"],
          ["i1 การปฏิบัติงาน", { formula: "AVERAGE(90,98)", result: 94 }, ""],
          ["i2 ความเท่าเทียม", "๙๖.๖๗", "ok"],
          ["i3 สินบน", { formula: "1/0", result: { error: "#DIV/0!" } as never }, "สูตรผิด"],
          ["e9 E-Service", 65.43, null],
          ["o๘ แผนและความก้าวหน้า", 50, null],
          ["o๑๐ E-Service", "-", null],
        ],
      },
      {
        name: "ITA 2567",
        rows: [
          ["ข้อ", "คะแนน"],
          ["I1", 92.5],
          ["I2", 97],
          ["E9", 60],
          ["O8", 100],
          ["O13", 100],
        ],
      },
      {
        name: "สรุป",
        rows: [
          ["ตัวชี้วัด", "ปี 2567", "ปี 2568"],
          ["หัวข้อที่ 8 การปรับปรุงการดำเนินงาน", 96, 98.06],
          ["หัวข้อที่ 9 การเปิดเผยข้อมูล", 97.14, 95],
        ],
      },
    ]);
    const r = await runCli([file, "--json", "-", "--include-hidden", "ITA2024"]);
    expect(r.code).toBe(0);
    report = JSON.parse(r.stdout);
  });

  test("finds the years, including 2024 read as 2567 from a hidden sheet the officer included", () => {
    expect(report.years).toEqual([2567, 2568]);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ code: "yearFromCE", sheet: "ITA2024", cell: null, level: "info" }),
    );
    // The 2567 EIT has 9 items: EP10/ES10 there are typing errors, said so, not read.
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ code: "codeOutOfRange", sheet: "ITA2024", cell: "A2" }),
    );
  });

  test("ignores the staff list and the budget", () => {
    expect(report.tables.map((t) => t.sheet).sort()).toEqual(
      ["ITA 2567", "ITA 2568", "ITA2024", "สรุป"].sort(),
    );
  });

  test("items of the latest year with their deltas, formula results and Thai digits", () => {
    const by = Object.fromEntries(report.items.map((i) => [i.code, i]));
    expect(Object.keys(by)).toEqual(["I1", "I2", "E9", "O8"]);
    expect(by.I1).toMatchObject({ score: 94, delta: 1.5, sheet: "ITA 2568", cell: "B4" });
    expect(by.I2).toMatchObject({ score: 96.67, delta: -0.33 });
    expect(by.E9).toMatchObject({ score: 65.43, delta: 5.43 });
    expect(by.O8).toMatchObject({ score: 50, delta: null, previous: null });
  });

  test("indicators from the summary sheet", () => {
    expect(report.indicators).toEqual([
      expect.objectContaining({ number: 8, score: 98.06, delta: 2.06 }),
      expect.objectContaining({ number: 9, score: 95, delta: -2.14 }),
    ]);
  });

  test("the formula error and the dash are diagnostics at their cells", () => {
    const warn = report.diagnostics
      .filter((d) => d.level === "warning")
      .map((d) => `${d.sheet}!${d.cell} ${d.code}`);
    expect(warn).toEqual(
      expect.arrayContaining(["ITA 2568!B6 notAScore.error", "ITA 2568!B9 notAScore.junk"]),
    );
  });

  test("2568 OIT items are not compared with 2567 where no crosswalk entry exists, and the report says so", () => {
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ code: "crosswalkUsed", level: "info" }),
    );
  });
});
