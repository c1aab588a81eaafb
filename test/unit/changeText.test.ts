import type { ItemResult } from "../../src/analysis/analyse";
import { changeText } from "../../src/taskpane/changeText";
import { textIn } from "../../src/taskpane/i18n";

const item = (
  code: string,
  score: number,
  previous: Partial<NonNullable<ItemResult["previous"]>>,
): ItemResult =>
  ({
    code,
    score,
    delta: Math.round((score - (previous.score ?? 0)) * 100) / 100,
    previous: { year: 2566, code, score: 0, sheet: "ผล", cell: "C2", crosswalk: false, ...previous },
  }) as ItemResult;

describe("what a change compares, in the pane's list", () => {
  const th = textIn("th");
  test("the same code, passing last year: the change alone", () => {
    expect(changeText(item("I1", 80, { score: 90 }), 85, th)).toBe("เปลี่ยน -10.00");
  });
  test("another code last year: the change with what it is compared with", () => {
    expect(changeText(item("O7", 0, { code: "O4", score: 100, crosswalk: true }), 85, th)).toBe(
      "เปลี่ยน -100.00 (เทียบกับ O4 ปี 2566)",
    );
  });
  test("below the mark both years: said so — and an unchanged score is 'เท่าเดิม', not 'เปลี่ยน 0.00'", () => {
    expect(changeText(item("I5", 70, { score: 70 }), 85, th)).toBe("ต่ำกว่าเกณฑ์ติดต่อกัน 2 ปี · เท่าเดิม");
    expect(changeText(item("I5", 75, { score: 70 }), 85, th)).toBe("ต่ำกว่าเกณฑ์ติดต่อกัน 2 ปี · เปลี่ยน +5.00");
    expect(changeText(item("I5", 75, { score: 70 }), 85, textIn("en"))).toBe(
      "below the mark 2 years running · Change +5.00",
    );
  });
  test("two items merged into one: both codes named", () => {
    const merged = [
      { code: "O21", score: 100, sheet: "ผล", cell: "C21" },
      { code: "O22", score: 0, sheet: "ผล", cell: "C22" },
    ];
    expect(changeText(item("O20", 50, { code: "O21", score: 50, merged }), 85, th)).toBe(
      "ต่ำกว่าเกณฑ์ติดต่อกัน 2 ปี · เท่าเดิม (เทียบกับ O21, O22 ปี 2566)",
    );
  });
});
