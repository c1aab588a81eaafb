import { analyseGrids } from "../../src/analysis/analyseGrids";
import { toReport } from "../../src/analysis/report";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";
import { SEED003_ROWS } from "../helpers/seed003";

describe("seed 003: headed 2568, but its titles are the ITA 2567 list", () => {
  const a = analyseGrids([grid("มาตรการ 2568", SEED003_ROWS)], DEFAULT_SETTINGS);
  const item = (code: string) => a.items.find((i) => i.code === code);

  test("all 59 items are read, as ITA 2567 results, for the FY2568 documents", () => {
    expect(a.items).toHaveLength(15 + 9 + 35);
    expect(a.latestYear).toBe(2567);
    expect(a.documentYear).toBe(2568);
    expect(a.yearShifts).toEqual([expect.objectContaining({ labelledYear: 2568, assessmentYear: 2567 })]);
  });

  test("O8 is แผนและความก้าวหน้า… (2567), not คู่มือการปฏิบัติงาน (2568), with its score 50", () => {
    expect(item("O8")).toMatchObject({ score: 50, topic: expect.stringContaining("แผนและความก้าวหน้า") });
    expect(item("O8")?.title).toContain("แผนและความก้าวหน้า");
    expect(item("O35")).toMatchObject({ score: 100, prakaden: 7 });
  });

  test("one clear warning names the sheet, both years and how many titles match", () => {
    const w = a.diagnostics.filter((d) => d.id === "listFromTitles");
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({
      level: "warning",
      sheet: "มาตรการ 2568",
      params: { labelled: 2568, assessment: 2567, instrument: "OIT", rows: 35 },
    });
    expect(Number(w[0]!.params.matched)).toBeGreaterThanOrEqual(30);
  });

  test("the second “o๒๔” is read as O25 (its title), and the real O24 is kept", () => {
    expect(item("O24")).toMatchObject({ score: 100, title: expect.stringContaining("ข้อมูลสถิติเรื่องร้องเรียน") });
    expect(item("O25")).toMatchObject({ score: 100, title: expect.stringContaining("การเปิดโอกาสให้เกิดการ") });
    const w = a.diagnostics.filter((d) => d.id === "codeFromTitle");
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ level: "warning", params: { printed: "O24", code: "O25" } });
    expect(a.diagnostics.some((d) => d.id === "duplicateItem")).toBe(false);
  });

  test("the report keeps assessment year and document year apart", () => {
    const r = toReport(a, "en");
    expect(r).toMatchObject({ assessmentYear: 2567, documentYear: 2568, latestYear: 2567 });
    expect(r.diagnostics.find((d) => d.code === "listFromTitles")?.message).toContain(
      "read as ITA 2567 results",
    );
  });

  test("the user can overrule: keep the labelled year (the warning stays, no shift)", () => {
    const kept = analyseGrids([grid("มาตรการ 2568", SEED003_ROWS)], {
      ...DEFAULT_SETTINGS,
      keepLabelledYear: true,
    });
    expect(kept.latestYear).toBe(2568);
    expect(kept.yearShifts).toEqual([]);
    expect(kept.diagnostics.filter((d) => d.id === "listFromTitlesKept")).toHaveLength(1);
  });

  test("a sheet whose titles are its own year's list is not moved", () => {
    const rows = SEED003_ROWS.map((r, k) => (k === 0 ? ["ผลการประเมิน ITA ปี พ.ศ. 2567"] : r));
    const own = analyseGrids([grid("ผล 2567", rows)], DEFAULT_SETTINGS);
    expect(own.latestYear).toBe(2567);
    expect(own.documentYear).toBe(2568);
    expect(own.yearShifts).toEqual([]);
    expect(own.diagnostics.some((d) => d.id.startsWith("listFromTitles"))).toBe(false);
  });
});

describe("a two-year table shares its titles: no column is moved", () => {
  test("2567 and 2568 columns with 2568 titles stay as they are", () => {
    const rows = [
      ["ข้อ", "2567", "2568"],
      ["o1 โครงสร้างและอำนาจหน้าที่", 100, 100],
      ["o8 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", 100, 100],
      ["o9 คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ", 100, 0],
      ["o10 E-Service", 100, 100],
      ["o13 รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", 0, 100],
    ];
    const a = analyseGrids([grid("s", rows)], DEFAULT_SETTINGS);
    expect(a.years).toEqual([2567, 2568]);
    expect(a.yearShifts).toEqual([]);
    expect(a.items).toHaveLength(5);
  });
});

describe("codes beyond the labelled year's list say another year's list too", () => {
  const codesOnly = (year: number, numbers: number[]) =>
    grid("s", [["ข้อ", `คะแนน ${year}`], ...numbers.map((n) => [`O${n}`, 100])]);

  test("headed 2568 with O1–O35 and no titles: read as ITA 2567, said once", () => {
    const numbers = Array.from({ length: 35 }, (_, k) => k + 1);
    const a = analyseGrids([codesOnly(2568, numbers)], DEFAULT_SETTINGS);
    expect(a).toMatchObject({ latestYear: 2567, documentYear: 2568 });
    expect(a.items).toHaveLength(35);
    const w = a.diagnostics.filter((d) => d.id === "listFromCodes");
    expect(w).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ matched: 7, own: 28, assessment: 2567 }) }),
    ]);
  });

  test("o27 and o28 (the มาตรการ items) are 2568 items: nothing moves", () => {
    const a = analyseGrids([codesOnly(2568, [1, 2, 3, 27, 28])], DEFAULT_SETTINGS);
    expect(a.latestYear).toBe(2568);
    expect(a.yearShifts).toEqual([]);
  });
});
