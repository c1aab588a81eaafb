import { analyseGrids } from "../../src/analysis/analyseGrids";
import type { CellValue } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { FACTS } from "../../src/ita/catalog";
import { fillYears, itemRecommendation } from "../../src/ita/recommendations";
import type { Instrument } from "../../src/ita/types";
import { buildMeasures } from "../../src/measures/buildMeasures";
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

  test("OIT references are numbered for the year: the budget-information item cites o11, o12 in 2566 and o8 in 2567", () => {
    expect(itemRecommendation(2566, "IIT", 7).text).toMatch(/\(อ้างอิงจาก o11, o12\)$/);
    expect(itemRecommendation(2567, "IIT", 10).text).toMatch(/\(อ้างอิงจาก o10, o20\)$/);
    expect(itemRecommendation(2566, "EIT", 10).text).toMatch(/อ้างอิงจาก o28, o27/);
  });
});

describe("buildMeasures", () => {
  test("items that share a recommendation share one measure that names them all", () => {
    const p = plan([
      ["ข้อ", "2567"],
      ["i10", 80],
      ["i11", 82],
      ["i12", 84],
      ["i1", 99],
    ]);
    expect(p.fiscalYear).toBe(2568);
    expect(p.measures).toHaveLength(1);
    expect(p.measures[0]).toMatchObject({
      id: "P4.asset-use",
      section: "improve",
      items: ["I10", "I11", "I12"],
      owner: "กองคลัง",
    });
    expect(p.measures[0]!.group.label).toBe("ประเด็นที่ 4 กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ");
    expect(p.keep.map((g) => g.number)).toEqual([1]);
  });

  test("a measure is urgent when any of its items is; OIT zeros are urgent; urgent comes first", () => {
    const p = plan([
      ["ข้อ", "2566"],
      ["I19", 84],
      ["I20", 60],
      ["O42", 0],
      ["I2", 80],
    ]);
    expect(p.measures.map((m) => [m.id, m.section, m.items])).toEqual([
      ["I4.asset-use", "urgent", ["I19", "I20"]],
      ["I10.oit-OIT-B-42", "urgent", ["O42"]],
      ["I1.equal-treatment", "improve", ["I2"]],
    ]);
    expect(p.measures[0]!.period).toBe("ตลอดปีงบประมาณ พ.ศ. 2567");
  });

  test("a weak indicator with no item scores gets an indicator measure", () => {
    const p = plan([
      ["ตัวชี้วัด", "2565", "2566"],
      ["ตัวชี้วัดที่ 2", 90, 80.5],
      ["ตัวชี้วัดที่ 3", 90, 95],
    ]);
    expect(p.measures).toEqual([
      expect.objectContaining({ id: "I2.indicator-2", items: ["ตัวชี้วัดที่ 2"], section: "improve" }),
    ]);
    expect(p.keep.map((g) => g.number)).toEqual([3]);
  });

  test("nothing flagged: no measures, every group with data kept", () => {
    const p = plan([
      ["ข้อ", "2567"],
      ["i1", 99],
      ["e1", 98],
    ]);
    expect(p.measures).toEqual([]);
    expect(p.keep.map((g) => g.label)).toEqual([
      "ประเด็นที่ 1 กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
      "ประเด็นที่ 2 การให้บริการและระบบ E-Service",
    ]);
  });
});
