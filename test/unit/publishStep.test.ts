import type { ItemResult } from "../../src/analysis/analyse";
import { counterpartIn } from "../../src/ita/catalog";
import { publishStep } from "../../src/measures/oitMeasure";

const oit = (n: number): ItemResult =>
  ({ code: `O${n}`, instrument: "OIT", number: n, title: null }) as Partial<ItemResult> as ItemResult;

describe("an OIT step cites the item as the ITA that will assess the work numbers it", () => {
  test("FY2568 work is assessed by ITA 2568: ITA 2567 O7 is published as ITA 2568 O5", () => {
    expect(counterpartIn(2567, "OIT", 7, 2568)).toBe(5);
    expect(publishStep(2567, oit(7), 2568)).toBe(
      "จัดทำและเผยแพร่ข้อ O5 “แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน” (ITA 2568; ITA 2567 ข้อ O7)",
    );
  });

  test("the same list both years: the code as it is", () => {
    expect(publishStep(2563, oit(10), 2564)).toMatch(/^จัดทำและเผยแพร่ข้อ O10 “/);
    expect(publishStep(2563, oit(10), 2564)).not.toContain("ITA 2563");
  });

  test("a year whose list is not known (ITA 2570): by topic, with the code of the year assessed, to check", () => {
    expect(counterpartIn(2569, "OIT", 25, 2570)).toBeUndefined();
    expect(publishStep(2569, oit(25), 2570)).toMatch(
      /^จัดทำและเผยแพร่ข้อมูล “.+” \(ITA 2569 ข้อ O25 — ตรวจเลขข้อตามคู่มือ ITA 2570\)$/,
    );
  });

  test("an item the crosswalk drops: said, never a wrong number", () => {
    // 2566 OIT-B o6 (Q&A) has no 2567 item of its own.
    const dropped = [...Array(50).keys()].find((n) => counterpartIn(2566, "OIT", n + 1, 2567) === null);
    expect(dropped).toBeDefined();
    expect(publishStep(2566, oit(dropped! + 1), 2567)).toMatch(/ซึ่งไม่มีข้อที่ตรงกันใน ITA 2567/);
  });
});
