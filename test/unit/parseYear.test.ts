import { findYear } from "../../src/analysis/parseYear";

describe("findYear", () => {
  test.each([
    ["2568", 2568],
    ["ปี ๒๕๖๘", 2568],
    ["คะแนน 2568", 2568],
    ["ITA 2566", 2566],
    ["ITA2567", 2567],
    ["ผลการประเมินปี พ.ศ.๒๕๖๗", 2567],
    ["ปี 66", 2566],
  ])("%s → %d", (text, year) => {
    expect(findYear(text)).toEqual({ year });
  });

  test("a Common-Era year is converted and says so", () => {
    expect(findYear("Score 2024")).toEqual({ year: 2567, fromCE: 2024 });
  });

  test.each(["คะแนน", "2566-2567", "ผลต่าง 2566 กับ 2567", "12500000", "85.25", "1999"])(
    "%s has no single year",
    (t) => {
      expect(findYear(t)).toBeNull();
    },
  );

  test.each<[string, number | null]>([
    ["2555", 2555],
    ["2554", null],
    ["2600", 2600],
    ["2601", null],
    ["ปี 55", 2555],
    ["ปี 54", null],
    ["ITA67", 2567],
    ["ปี 667", null],
    ["2567.50", null],
    ["2567 ปี 66", 2567],
  ])("the Buddhist-era range: %s → %p", (text, year) => {
    expect(findYear(text)?.year ?? null).toBe(year);
  });

  test.each<[string, number | null]>([
    ["2012", 2555],
    ["2011", null],
    ["2057", 2600],
    ["2058", null],
  ])("the Common-Era range: %s → %p", (text, year) => {
    expect(findYear(text)?.year ?? null).toBe(year);
  });

  test("the same year in both eras is one year", () => {
    expect(findYear("2567 / 2024")?.year).toBe(2567);
  });

  test.each<[string, number | null]>([
    ["ปีงบประมาณ 2568 (ต.ค. 2567 – ก.ย. 2568)", 2568],
    ["ปี 2568(ต.ค. 2567 – ก.ย. 2568)1", 2568],
    ["2568 ปี (ต.ค. 2567 – ก.ย. 2568)", 2568],
    ["(2566) คะแนน 2567 (ปรับปรุง)", null],
    ["คะแนน (2566) 2567", null],
  ])("brackets after a year only explain it: %s → %p", (text, year) => {
    expect(findYear(text)?.year ?? null).toBe(year);
  });
});
