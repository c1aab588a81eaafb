import { analyseGrids } from "../../src/analysis/analyseGrids";
import type { CellValue } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { FACTS } from "../../src/ita/catalog";
import { fillYears, indicatorRecommendation, itemRecommendation } from "../../src/ita/recommendations";
import type { Instrument } from "../../src/ita/types";
import { buildMeasures } from "../../src/measures/buildMeasures";
import { type MeasureItem, itemCodes } from "../../src/measures/measureItem";
import { grid } from "../helpers/grid";

const plan = (rows: CellValue[][], name = "s") =>
  buildMeasures(analyseGrids([grid(name, rows)], DEFAULT_SETTINGS))!;

describe("the recommendation catalogue", () => {
  const lists: [number, Instrument, string][] = [
    [2566, "IIT", "IIT-B"],
    [2566, "EIT", "EIT-A"],
    [2567, "IIT", "IIT-C"],
    [2567, "EIT", "EIT-C"],
    [2566, "OIT", "OIT-B"],
    [2567, "OIT", "OIT-C"],
    [2568, "OIT", "OIT-D"],
    [2569, "OIT", "OIT-E"],
  ];
  test.each(lists)("covers every item of %d %s in the NACC style", (year, instrument, listId) => {
    for (const def of FACTS.lists[listId]!.items) {
      const r = itemRecommendation(year, instrument, def.n);
      expect(r.text).toMatch(/ดังนั้น หน่วยงานควร/);
      expect(r.steps.length).toBeGreaterThan(0);
      for (const field of [r.measure, r.owner, r.period, r.monitoring, ...r.steps]) {
        expect(fillYears(field, 2568)).not.toMatch(/\{\w+\}/);
        expect(field.trim()).not.toBe("");
      }
    }
  });

  test("OIT references are numbered for the year: the budget-information item cites o11 in 2566 (seed 001)", () => {
    expect(itemRecommendation(2566, "IIT", 7).text).toMatch(/\(อ้างอิงจาก o11\)$/);
    expect(itemRecommendation(2567, "IIT", 10).text).toMatch(/\(อ้างอิงจาก o10, o20\)$/);
    expect(itemRecommendation(2566, "EIT", 10).text).toMatch(/อ้างอิงจาก o28, o27/);
  });

  // The NACC's own recommendations for 2566 (seed 001): I8 → o11, o12; EP11 → o17 (satisfaction survey);
  // ES2 → o18, o14, o15; ES6/ES7 → ตัวชี้วัด 9.1, 9.2, 9.3; EP14 → o30; ES15 → o36, o38; I19 → o14, o39.
  test.each([
    ["IIT", 8, "(อ้างอิงจาก o11, o12)"],
    ["EIT", 11, "(อ้างอิงจาก o17)"],
    ["EIT", 2, "(อ้างอิงจาก o18, o14, o15)"],
    ["EIT", 6, "(อ้างอิงจากตัวชี้วัด 9.1, 9.2, 9.3)"],
    ["EIT", 7, "(อ้างอิงจากตัวชี้วัด 9.1, 9.2, 9.3)"],
    ["EIT", 14, "(อ้างอิงจาก o30)"],
    ["EIT", 15, "(อ้างอิงจาก o36, o38)"],
    ["IIT", 19, "(อ้างอิงจาก o14, o39)"],
  ] as [Instrument, number, string][])("2566 %s %d cites the NACC's reference %s", (inst, n, ref) => {
    expect(itemRecommendation(2566, inst, n).text.endsWith(ref)).toBe(true);
  });

  test("references follow each year's list: 2567 ES-style information items cite o1–o6, not 9.1–9.3", () => {
    expect(itemRecommendation(2567, "EIT", 4).text).toMatch(/\(อ้างอิงจาก o1, o5, o6\)$/);
  });

  test("2567 e3 has its own measure, not e1's", () => {
    expect(itemRecommendation(2567, "EIT", 3).key).not.toBe(itemRecommendation(2567, "EIT", 1).key);
  });

  test.each([6, 7, 8])("indicator %d reads as one clause (no doubled มีความเห็น)", (n) => {
    expect(indicatorRecommendation(n, 2566).text).not.toMatch(/ความเห็น.*ยังมีความเห็น/);
  });

  test("no measure is a placeholder: no template asks to analyse an indicator's questions", () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      expect(indicatorRecommendation(n, 2566).steps.join(" ")).not.toMatch(/วิเคราะห์ข้อคำถาม/);
  });
});

describe("buildMeasures", () => {
  const codes = (m: { items: MeasureItem[] }) => itemCodes(m.items);

  test("IIT/EIT items that share a recommendation share one measure that names them all", () => {
    const p = plan([
      ["ข้อ", "2567"],
      ["i10", 80],
      ["i11", 82],
      ["i12", 84],
      ["i1", 99],
    ]);
    expect(p.fiscalYear).toBe(2568);
    const asset = p.measures.find((m) => m.purpose === "corrective")!;
    expect(asset).toMatchObject({ id: "2568.P4.asset-use", section: "improve", owner: "งานพัสดุ/กองคลัง" });
    expect(codes(asset)).toEqual(["I10", "I11", "I12"]);
    expect(asset.items[0]).toEqual({ kind: "item", year: 2567, instrument: "IIT", number: 10, code: "I10" });
    expect(asset.group.label).toBe("ประเด็นที่ 4 กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ");
  });

  test("a group's weak OIT items share one measure naming them, each with its own period", () => {
    const p = plan([
      ["ข้อ", "2566"],
      ["O11", 0],
      ["O12", 50],
      ["O13", 0],
    ]);
    const oit = p.measures.filter((m) => m.items.some((i) => i.kind === "item" && i.instrument === "OIT"));
    expect(oit).toHaveLength(1);
    expect(codes(oit[0]!)).toEqual(["O11", "O12", "O13"]);
    // Named as the FY2567 steps cite them (ITA 2567 numbers), with the 2566 code beside: O11 and O12 both became O8.
    expect(oit[0]!.period).toContain(
      "O8 (เดิม O12): รอบ 6 เดือน (ตุลาคม 2566 – มีนาคม 2567) เผยแพร่ภายในเดือนเมษายน 2567",
    );
    expect(oit[0]!.period).toContain("O8 (เดิม O11): ตุลาคม – ธันวาคม 2566");
    expect(oit[0]!.period).toContain("O9 (เดิม O13): ตุลาคม – ธันวาคม 2566 (รายงานของปีงบประมาณ พ.ศ. 2566");
    expect(oit[0]!.owner).toBe("งานวิเคราะห์นโยบายและแผน/สำนักปลัด");
    // Cited as ITA 2567, which assesses the FY2567 work, numbers them (2566 O11 and O12 became 2567 O8).
    expect(oit[0]!.steps.join("\n")).toMatch(/ข้อ O8 “แผนและความก้าวหน้า.*” \(เดิมข้อ O12 ของ ITA 2566\)/);
  });

  test("a measure is urgent when any of its items is; OIT zeros are urgent; urgent comes first", () => {
    const p = plan([
      ["ข้อ", "2566"],
      ["I19", 84],
      ["I20", 60],
      ["O42", 0],
      ["I2", 80],
    ]);
    const corrective = p.measures.filter((m) => m.purpose === "corrective");
    expect(corrective.map((m) => [m.id, m.section, codes(m)])).toEqual([
      ["2567.I4.asset-use", "urgent", ["I19", "I20"]],
      ["2567.I10.oit", "urgent", ["O42"]],
      ["2567.I1.equal-treatment", "improve", ["I2"]],
    ]);
    expect(corrective[0]!.period).toBe("ตลอดปีงบประมาณ พ.ศ. 2567");
  });

  test("a weak indicator with no item scores gets an indicator measure, tagged as an indicator", () => {
    const p = plan([
      ["ตัวชี้วัด", "2565", "2566"],
      ["ตัวชี้วัดที่ 2", 90, 80.5],
      ["ตัวชี้วัดที่ 3", 90, 95],
    ]);
    const weak = p.measures.filter((m) => m.purpose === "corrective");
    expect(weak).toEqual([expect.objectContaining({ id: "2567.I2.indicator-2", section: "improve" })]);
    expect(weak[0]!.items).toEqual([{ kind: "indicator", year: 2566, number: 2 }]);
  });

  test.each([
    [2566, 10, "indicator"],
    [2567, 7, "prakaden"],
  ] as const)(
    "every group of %d (%d) gets a real measure, even with nothing weak",
    (year, count, grouping) => {
      const p = plan([
        ["ข้อ", String(year)],
        ["i1", 99],
        ["e1", 98],
      ]);
      expect(p.grouping).toBe(grouping);
      expect(p.groups).toHaveLength(count);
      for (const g of p.groups) {
        expect(g.measures.length).toBeGreaterThan(0);
        for (const m of g.measures) {
          expect(m.steps.length).toBeGreaterThanOrEqual(3);
          expect(m.owner).not.toBe("");
          expect(m.period).toMatch(new RegExp(String(year + 1)));
          expect(m.monitoring).not.toBe("");
        }
      }
      expect(p.measures.every((m) => m.purpose === "keep")).toBe(true);
      expect(new Set(p.measures.map((m) => m.title)).size).toBe(count);
    },
  );
});
