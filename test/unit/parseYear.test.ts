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
});
