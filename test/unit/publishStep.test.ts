import type { ItemResult } from "../../src/analysis/analyse";
import { counterpartIn } from "../../src/ita/catalog";
import { publishStep } from "../../src/measures/oitMeasure";

const oit = (n: number): ItemResult =>
  ({ code: `O${n}`, instrument: "OIT", number: n, title: null }) as Partial<ItemResult> as ItemResult;

describe("an OIT step cites the item as the ITA that will assess the work numbers it", () => {
  test("FY2568 work is assessed by ITA 2568: ITA 2567 O7 is published as ITA 2568 O5", () => {
    expect(counterpartIn(2567, "OIT", 7, 2568)).toBe(5);
    expect(publishStep(2567, oit(7), 2568)).toBe(
      "จัดทำและเผยแพร่ข้อ O5 “แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน” (เดิมข้อ O7 ของ ITA 2567)",
    );
  });

  test("the same list both years: the code as it is", () => {
    expect(publishStep(2563, oit(10), 2564)).toMatch(/^จัดทำและเผยแพร่ข้อ O10 “/);
    expect(publishStep(2563, oit(10), 2564)).not.toContain("ITA 2563");
  });

  test("a year whose list is not known (ITA 2570): by topic, with the code of the year assessed; no note printed", () => {
    expect(counterpartIn(2569, "OIT", 25, 2570)).toBeUndefined();
    expect(publishStep(2569, oit(25), 2570)).toMatch(/^จัดทำและเผยแพร่ข้อมูล “.+” \(ข้อ O25 ของ ITA 2569\)$/);
  });

  test("an item the crosswalk drops: by topic and its own code, never a wrong number, never a note", () => {
    // 2566 OIT-B o6 (Q&A) has no 2567 item of its own.
    const dropped = [...Array(50).keys()].find((n) => counterpartIn(2566, "OIT", n + 1, 2567) === null);
    expect(dropped).toBeDefined();
    expect(publishStep(2566, oit(dropped! + 1), 2567)).toMatch(
      new RegExp(`^จัดทำและเผยแพร่ข้อมูล( “.+”)? \\(ข้อ O${dropped! + 1} ของ ITA 2566\\)$`),
    );
  });
});
