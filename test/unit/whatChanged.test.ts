import { whatChangedText } from "../../src/taskpane/whatChanged";

describe("what a Generate changed, in one sentence", () => {
  test("the first time says nothing; then each change, the new and the same counted", () => {
    expect(whatChangedText([{ sheet: "ก", kind: "new" }], "th")).toBeNull();
    expect(whatChangedText([{ sheet: "ก", kind: "same" }], "th")).toBe(
      "ทุกชีตเหมือนเดิม — ไม่มีอะไรเปลี่ยนจากครั้งก่อน",
    );
    expect(
      whatChangedText(
        [
          { sheet: "มาตรการ ITA 2569", kind: "changed", rows: 3 },
          { sheet: "ก", kind: "same" },
          { sheet: "ข", kind: "new" },
          { sheet: "ค", kind: "same" },
        ],
        "th",
      ),
    ).toBe("เทียบกับชีตเดิม: มาตรการ ITA 2569 แก้ 3 บรรทัด · ชีตใหม่ 1 ชีต · อีก 2 ชีตเหมือนเดิม");
    expect(whatChangedText([{ sheet: "M", kind: "changed", rows: 1 }], "en")).toBe(
      "Against the sheets replaced: M (lines changed: 1)",
    );
  });
});
