import type { CellValue } from "../../src/analysis/grid";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { analyse } from "../../src/analysis/analyse";
import { toReport } from "../../src/analysis/report";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";
import { SEED001_GRID, SEED001_TRUTH } from "../fixtures/seed001Layout";

const report = (name: string, rows: CellValue[][], extra = {}) =>
  toReport(analyse(recogniseWorkbook([grid(name, rows, extra)]), DEFAULT_SETTINGS), "en");
const ids = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

describe("the ledger: every label row with a score is read or named", () => {
  test("seed 001's stacked tables of different widths are all read, each with its own columns", () => {
    const rec = recogniseWorkbook([SEED001_GRID]);
    const read = new Map(rec.items.map((i) => [i.cell, i.score]));
    expect(SEED001_TRUTH).toHaveLength(103);
    for (const t of SEED001_TRUTH)
      expect({ code: t.code, score: read.get(t.cell) }).toEqual({ code: t.code, score: t.score });
    expect(rec.tables).toHaveLength(4);
    expect(rec.diagnostics.filter((d) => d.id.startsWith("unreadRows"))).toEqual([]);
    const channels = rec.items.filter((i) => i.label.instrument === "EIT").map((i) => i.label.channel);
    expect(new Set(channels)).toEqual(new Set(["EP", "ES"]));
  });

  test("the report counts the rows read", () => {
    const r = toReport(analyse(recogniseWorkbook([SEED001_GRID]), DEFAULT_SETTINGS), "th");
    expect(r.reading).toEqual({ rowsRead: 103, rowsUnread: 0, unread: [] });
  });

  test("a table with no year is named as unread rows, with its range, after the noYear warning", () => {
    const r = report("Sheet1", [
      ["ข้อ", "คะแนน"],
      ["I1", 90],
      ["I2", 80],
      ["I3", 70],
    ]);
    expect(ids(r)).toEqual(["noYear", "unreadRows.item"]);
    expect(r.reading.rowsUnread).toBe(3);
    expect(r.reading.unread).toEqual([
      {
        sheet: "Sheet1",
        range: "A2:B4",
        rows: 3,
        message: expect.stringMatching(/^Rows 2–4 \(A2:B4\) hold 3 item codes/),
      },
    ]);
  });

  const merged = (lower: CellValue[][]) =>
    report(
      "ITA 2567",
      [
        ["ข้อ", "ประเด็น", "คะแนน 2567"],
        ["O1", "โครงสร้าง", 100],
        ["O2", "ข้อมูลผู้บริหาร", null],
        ...lower,
        ["O3", "อำนาจหน้าที่", 0],
      ],
      { merges: [{ top: 2, left: 0, bottom: 4, right: 0 }] },
    );

  test("a code merged down over its sub-question rows gives the one score on a lower row", () => {
    const r = merged([
      [null, "ก. ชื่อ", null],
      [null, "ข. ตำแหน่ง", 100],
    ]);
    expect(r.items.map((i) => `${i.code}@${i.cell}`)).toEqual(["O1@C2", "O2@C5", "O3@C6"]);
    expect(r.reading.rowsUnread).toBe(0);
  });

  test("a merged code with a score on several sub-rows is named, never guessed", () => {
    const r = merged([
      [null, "ก. ชื่อ", 50],
      [null, "ข. ตำแหน่ง", 100],
    ]);
    expect(r.items.map((i) => i.code)).toEqual(["O1", "O3"]);
    expect(r.diagnostics.find((d) => d.code === "unreadRows.item")).toMatchObject({
      sheet: "ITA 2567",
      cell: "A3",
    });
    expect(r.reading.unread.map((u) => u.range)).toEqual(["A3:C5"]);
  });

  test("lines pasted from a PDF with code, text and score in one cell are read from the cell", () => {
    const r = report("ITA 2567", [
      ["ผลคะแนน 2567"],
      ["e1 เจ้าหน้าที่ปฏิบัติงานตามขั้นตอน 75.00"],
      ["e2 เจ้าหน้าที่ให้บริการเท่าเทียม 80.50"],
    ]);
    expect(r.items.map((i) => `${i.code}@${i.cell}=${i.score} ${i.title}`)).toEqual([
      "E1@A2=75 เจ้าหน้าที่ปฏิบัติงานตามขั้นตอน",
      "E2@A3=80.5 เจ้าหน้าที่ให้บริการเท่าเทียม",
    ]);
    expect(r.reading).toEqual({ rowsRead: 2, rowsUnread: 0, unread: [] });
  });

  test("a question ending in a number is not a score, and a PDF line the reader cannot use is named", () => {
    const r = report("ITA 2567", [
      ["ผลคะแนน 2567"],
      ["e1 ตอบภายใน 15 วัน"],
      ["e2 เจ้าหน้าที่ให้บริการเท่าเทียม 80.5"],
    ]);
    expect(r.items).toEqual([]);
    expect(r.reading.unread).toEqual([
      { sheet: "ITA 2567", range: "A3:A3", rows: 1, message: expect.stringContaining("column A") },
    ]);
  });

  test("a staff list with IDs like E01 and ages is not a score table, and that is said as info", () => {
    const r = toReport(
      analyse(
        recogniseWorkbook(
          [
            grid("บุคลากร", [
              ["รหัสพนักงาน", "ชื่อ-สกุล", "อายุ"],
              ["E01", "นายก", 34],
              ["E02", "นางข", 45],
              ["E03", "นายค", 51],
            ]),
          ],
          { defaultYear: 2567 },
        ),
        DEFAULT_SETTINGS,
      ),
      "en",
    );
    expect(r.items).toEqual([]);
    expect(r.diagnostics.map((d) => [d.level, d.code, d.cell])).toEqual([["info", "notScoreTable", "A2"]]);
    expect(r.reading.rowsUnread).toBe(0);
  });

  test("sub-indicator rows inside an indicator table are named as info, not read as their indicator", () => {
    const r = report("สรุป 2566", [
      ["ตัวชี้วัด", "คะแนน"],
      ["ตัวชี้วัดที่ 9", 80],
      ["ตัวชี้วัดย่อยที่ ๙.๑", 71],
      ["ตัวชี้วัดย่อยที่ 9.2", 72],
      ["ตัวชี้วัดที่ 10", 85],
    ]);
    expect(r.indicators.map((i) => [i.number, i.score, i.cell])).toEqual([
      [9, 80, "B2"],
      [10, 85, "B5"],
    ]);
    expect(
      r.diagnostics.filter((d) => d.code.startsWith("unreadRows")).map((d) => [d.level, d.code, d.cell]),
    ).toEqual([["info", "unreadRows.subIndicator", "A3"]]);
    expect(r.reading.unread.map((u) => [u.range, u.rows])).toEqual([["A3:B4", 2]]);
  });

  test("an OIT progress tracker with “% ดำเนินการ” is not read as scores", () => {
    const r = report("ITA 2568", [
      ["ข้อ", "รายการ", "% ดำเนินการ"],
      ["O1", "โครงสร้าง", 100],
      ["O2", "ข้อมูลผู้บริหาร", 50],
    ]);
    expect(r.items).toEqual([]);
    expect(ids(r)).toEqual(["notScoreTable"]);
  });

  test.each([
    ["a tracker whose header has a year", "ติดตาม", "ร้อยละความสำเร็จ 2567"],
    ["a tracker in a sheet named for a year", "ติดตามมาตรการ 2568", "ร้อยละความสำเร็จ"],
    ["a budget by item", "งบ", "งบประมาณ 2568 (ล้านบาท)"],
    ["money in baht", "ค่าใช้จ่าย", "ปี 2568 (บาท)"],
    ["a measures plan's duration in months", "มาตรการ 2568", "ระยะเวลา (เดือน)"],
    ["a measures plan's duration in days", "แผน", "ระยะเวลา (วัน) 2568"],
    ["a target", "เป้าหมาย", "ค่าเป้าหมาย (ร้อยละ) 2568"],
  ])("%s is not read as scores beside a real score table, and is said as info", (_, name, header) => {
    const r = toReport(
      analyse(
        recogniseWorkbook([
          grid("OIT 2567", [
            ["ข้อ", "ผลการประเมิน"],
            ["O1", 100],
            ["O2", 0],
          ]),
          grid(name, [
            ["ข้อ", header],
            ["I3", 25],
            ["E2", 50],
            ["I12", 75],
          ]),
        ]),
        DEFAULT_SETTINGS,
      ),
      "en",
    );
    expect(r.latestYear).toBe(2567);
    expect(r.items.map((i) => [i.code, i.score])).toEqual([
      ["O1", 100],
      ["O2", 0],
    ]);
    expect(r.diagnostics.filter((d) => d.sheet === name).map((d) => [d.level, d.code, d.cell])).toEqual([
      ["info", "notScoreTable", "A2"],
    ]);
  });

  test.each(["ผลคะแนนปีงบประมาณ 2567", "ปีงบ 2567", "คะแนนบทบาทหน่วยงาน 2567"])(
    "“%s”, a fiscal year or a role (บทบาท), does not make a score column a budget",
    (header) => {
      const r = report("ITA", [
        ["ข้อ", header],
        ["I1", 90],
        ["I2", 80],
      ]);
      expect(r.items.map((i) => [i.code, i.score])).toEqual([
        ["I1", 90],
        ["I2", 80],
      ]);
    },
  );
});
