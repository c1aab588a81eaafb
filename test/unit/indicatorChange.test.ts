import { analyseGrids } from "../../src/analysis/analyseGrids";
import { indicatorChange } from "../../src/analysis/indicatorChange";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { indicatorName } from "../../src/ita/catalog";
import { grid } from "../helpers/grid";

describe("indicators compare across every framework change", () => {
  // Seed 002 style: 2567 and 2568 indicator scores (2568 indicator 8 printed as ๙๘.๐๖).
  const a = analyseGrids(
    [
      grid("ผล", [
        ["ตัวชี้วัด", "2567", "2568"],
        ["ตัวชี้วัดที่ 8", 95.92, "๙๘.๐๖"],
        ["ตัวชี้วัดที่ 9", 88.46, 95],
      ]),
    ],
    DEFAULT_SETTINGS,
  );

  test("indicator 9, 2567 → 2568: 88.46 → 95.00, +6.54", () => {
    expect(indicatorChange(a, 9)).toEqual({
      number: 9,
      name: "การเปิดเผยข้อมูล",
      year: 2568,
      score: 95,
      previous: { year: 2567, score: 88.46 },
      delta: 6.54,
    });
  });

  test("indicator 8 carries its 2568 name; the earlier year has no previous", () => {
    expect(indicatorChange(a, 8)).toMatchObject({ name: "การปรับปรุงการดำเนินงาน", score: 98.06, delta: 2.14 });
    expect(indicatorChange(a, 8, 2567)).toMatchObject({ name: "การปรับปรุงระบบการทำงาน", previous: null });
    expect(indicatorChange(a, 1)).toBeNull();
  });

  test("names by year are data: indicator 8 is renamed from 2568 on", () => {
    expect(indicatorName(8, 2566)).toBe("การปรับปรุงระบบการทำงาน");
    expect(indicatorName(8, 2568)).toBe("การปรับปรุงการดำเนินงาน");
    expect(indicatorName(8, 2569)).toBe("การปรับปรุงการดำเนินงาน");
    expect(indicatorName(8)).toBe("การปรับปรุงระบบการทำงาน");
    expect(a.indicators.find((i) => i.number === 8)?.name).toBe("การปรับปรุงการดำเนินงาน");
  });

  test("2567+ OIT items name the indicator of the 2566 item of the same title, marked inferred", () => {
    const b = analyseGrids(
      [
        grid("s", [
          ["ข้อ", "2567"],
          ["O20", 100],
          ["O13", 50],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(b.items.map((i) => [i.code, i.indicator, i.indicatorInferred])).toEqual([
      ["O13", 9, true],
      ["O20", 10, true],
    ]);
  });
});
