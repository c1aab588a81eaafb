import { validSheetName } from "../../src/sheets/sheetName";

describe("validSheetName", () => {
  test("removes the characters Excel forbids", () => {
    expect(validSheetName("มาตรการ: 2568/2569 [ร่าง]?*\\", [])).toBe("มาตรการ 2568 2569 ร่าง");
  });

  test("cuts to 31 characters without leaving a Thai mark on its own", () => {
    const name = validSheetName("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม", []);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]$/);
  });

  test("is unique, ignoring case, and stays within 31 characters", () => {
    expect(validSheetName("ITA", ["ita"])).toBe("ITA (2)");
    const long = "ก".repeat(31);
    const second = validSheetName(long, [long]);
    expect(second).toMatch(/ \(2\)$/);
    expect(second.length).toBe(31);
  });

  test("never empty and never quoted at the ends", () => {
    expect(validSheetName("''", [])).toBe("ITA");
    expect(validSheetName("'x'", [])).toBe("x");
  });
});
