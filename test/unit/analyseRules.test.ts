import { analyse } from "../../src/analysis/analyse";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";
import { SEED003_ROWS } from "../helpers/seed003";

const S = DEFAULT_SETTINGS;

/** Three years of IIT 2567–2569 items I1–I3 (one indicator) and the indicator typed for 2567 and 2569 only. */
const threeYears = recogniseWorkbook([
  grid("s", [
    ["ข้อ", "2567", "2568", "2569"],
    ["I1", 80, 90, 95],
    ["I2", 70, null, 84.99],
    ["I3", 60, 75, 85],
    ["ตัวชี้วัดที่ 1", 70, null, 88],
  ]),
]);

describe("analyse: the latest year against the newest earlier year that has each figure", () => {
  const a = analyse(threeYears, S);

  test("years ascending, the latest last, the document year the one after", () => {
    expect(a.years).toEqual([2567, 2568, 2569]);
    expect(a.latestYear).toBe(2569);
    expect(a.documentYear).toBe(2570);
  });

  test("an item with no score last year has no change, and that is said; it is not compared with an older year", () => {
    const i2 = a.items.find((i) => i.code === "I2")!;
    expect(i2).toMatchObject({
      score: 84.99,
      previous: null,
      delta: null,
      flagged: true,
      class: "improve",
      cell: "D3",
    });
    expect(a.diagnostics.filter((d) => d.id === "noPreviousScore")).toEqual([
      {
        level: "info",
        sheet: "s",
        cell: "A3",
        id: "noPreviousScore",
        params: { instrument: "IIT", year: 2569, previousYear: 2568, count: 1, codes: "I2" },
      },
    ]);
    expect(a.items.find((i) => i.code === "I1")).toMatchObject({
      previous: { year: 2568, code: "I1", score: 90, sheet: "s", cell: "C2", crosswalk: false },
      delta: 5,
    });
    expect(a.items.find((i) => i.code === "I3")).toMatchObject({ flagged: false, class: "keep" });
  });

  test("several items without last year's score are said once, without a cell", () => {
    const b = analyse(
      recogniseWorkbook([
        grid("s", [
          ["ข้อ", "2568", "2569"],
          ["I1", 80, 90],
          ["I2", null, 90],
          ["I3", null, 90],
          ["E1", null, 90],
          ["E2", 70, 90],
        ]),
      ]),
      S,
    );
    expect(b.diagnostics.filter((d) => d.id === "noPreviousScore").map((d) => [d.cell, d.params])).toEqual([
      [null, { instrument: "IIT", year: 2569, previousYear: 2568, count: 2, codes: "I2, I3" }],
      ["A5", { instrument: "EIT", year: 2569, previousYear: 2568, count: 1, codes: "E1" }],
    ]);
  });

  test("an indicator missing last year is compared with the year before it", () => {
    const [one] = a.indicators;
    expect(a.indicators).toHaveLength(1);
    expect(one).toMatchObject({
      number: 1,
      instrument: "IIT",
      score: 88,
      previous: { year: 2567, score: 70 },
      delta: 18,
      flagged: false,
      class: "keep",
      source: "sheet",
      sheet: "s",
      cell: "D5",
    });
  });

  test("items of 2567+ carry their ประเด็น; the catalogue's topic is given", () => {
    const i1 = a.items.find((i) => i.code === "I1")!;
    expect(i1.prakaden).not.toBeNull();
    expect(i1.topic).toMatch(/ขั้นตอน/);
    expect(i1.indicator).toBe(1);
  });
});

describe("analyse as of an earlier year (the results report's view of last year)", () => {
  const a = analyse(threeYears, S, 2568);

  test("later years are left out and the earlier year is the latest", () => {
    expect(a.years).toEqual([2567, 2568]);
    expect(a.latestYear).toBe(2568);
    expect(a.items.map((i) => [i.code, i.score, i.previous?.year])).toEqual([
      ["I1", 90, 2567],
      ["I3", 75, 2567],
    ]);
  });

  test("the recogniser's diagnostics are not said twice", () => {
    const withNote = { ...threeYears, diagnostics: [{ ...probe }] };
    expect(analyse(withNote, S).diagnostics).toContainEqual(probe);
    expect(analyse(withNote, S, 2568).diagnostics).not.toContainEqual(probe);
  });
});
const probe = { level: "info" as const, sheet: "s", cell: "A1", id: "probe", params: {} };

describe("analyse: order, years from any figure, no data", () => {
  test("items are listed IIT, EIT, OIT, EP before ES, then by number, whatever the sheet's order", () => {
    const a = analyse(
      recogniseWorkbook([
        grid("s", [
          ["ข้อ", "2567"],
          ["O2", 100],
          ["ES2", 90],
          ["E3", 90],
          ["I10", 90],
          ["EP1", 90],
          ["I2", 90],
          ["O1", 0],
        ]),
      ]),
      S,
    );
    expect(a.items.map((i) => i.code)).toEqual(["I2", "I10", "E3", "EP1", "ES2", "O1", "O2"]);
    expect(a.items.find((i) => i.code === "O1")).toMatchObject({ class: "urgent", flagged: true });
  });

  test("a year given only as a total is a year, and the latest", () => {
    const a = analyse(
      recogniseWorkbook([
        grid("s", [
          ["ข้อ", "2567"],
          ["I1", 90],
        ]),
        grid("t", [
          ["ปีงบประมาณ", "คะแนน", "ระดับ"],
          [2568, 91.5, "ผ่าน"],
          [2567, 88, "A"],
        ]),
      ]),
      S,
    );
    expect(a.years).toEqual([2567, 2568]);
    expect(a.latestYear).toBe(2568);
    expect(a.items).toEqual([]);
  });

  test("nothing read: no years, no latest or document year, no results", () => {
    const a = analyse(recogniseWorkbook([grid("s", [["สวัสดี"]])]), S);
    expect(a).toMatchObject({ years: [], latestYear: null, documentYear: null, items: [], indicators: [] });
  });

  test("before 2567 there are no ประเด็น", () => {
    const a = analyse(
      recogniseWorkbook([
        grid("s", [
          ["ข้อ", "2566"],
          ["I1", 90],
        ]),
      ]),
      S,
    );
    expect(a.items[0]).toMatchObject({ code: "I1", prakaden: null, prakadenInferred: false });
  });
});

describe("analyse: what each result carries", () => {
  test("a score at the pass mark is not flagged, an item or an indicator; indicators are listed by number", () => {
    const a = analyse(
      recogniseWorkbook([
        grid("s", [
          ["ข้อ", "2567"],
          ["ตัวชี้วัดที่ 2", 85],
          ["ตัวชี้วัดที่ 1", 84.99],
          ["I1", 85],
          ["I2", 84.99],
        ]),
      ]),
      S,
    );
    expect(a.items.map((i) => [i.code, i.flagged])).toEqual([
      ["I1", false],
      ["I2", true],
    ]);
    expect(a.indicators.map((i) => [i.number, i.flagged, i.name])).toEqual([
      [1, true, "การปฏิบัติหน้าที่"],
      [2, false, "การใช้งบประมาณ"],
    ]);
  });

  test("OIT 2567 items carry an inferred indicator; IIT items do not", () => {
    const a = analyse(
      recogniseWorkbook([
        grid("s", [
          ["ข้อ", "2567"],
          ["I1", 90],
          ["O1", 100],
        ]),
      ]),
      S,
    );
    expect(a.items.map((i) => [i.code, i.indicatorInferred])).toEqual([
      ["I1", false],
      ["O1", true],
    ]);
  });

  test("an item the catalogue has no topic for takes the text typed after its code, or none", () => {
    const a = analyse(
      recogniseWorkbook([
        grid("s", [
          ["ข้อ", "2566"],
          ["I3 ท่านได้รับการมอบหมายงานอย่างเป็นธรรม", 100],
          ["I4", 100],
        ]),
      ]),
      S,
    );
    // IIT 2566 i3 and i4: wording not known to the catalogue.
    expect(a.items.map((i) => [i.code, i.topic])).toEqual([
      ["I3", "ท่านได้รับการมอบหมายงานอย่างเป็นธรรม"],
      ["I4", null],
    ]);
  });

  test("as of an earlier year, later totals and levels are left out too", () => {
    const rec = recogniseWorkbook([
      grid("t", [
        ["ปีงบประมาณ", "คะแนน", "ระดับ"],
        [2568, 91.5, "ผ่าน"],
        [2567, 88, "ผ่านดี"],
      ]),
    ]);
    const a = analyse(rec, S, 2567);
    expect(a.years).toEqual([2567]);
    expect(a.scoresByYear.map((y) => [y.year, y.total?.score, y.level])).toEqual([[2567, 88, "ผ่านดี"]]);
  });

  test("the document year is the headings' year only when the shifted table is the latest year's", () => {
    const shifted = analyse(recogniseWorkbook([grid("มาตรการ 2568", SEED003_ROWS)]), S);
    expect([shifted.latestYear, shifted.documentYear]).toEqual([2567, 2568]);
    const later = analyse(
      recogniseWorkbook([
        grid("มาตรการ 2568", SEED003_ROWS),
        grid("ผล 2569", [
          ["ข้อ", "2569"],
          ["I1", 90],
        ]),
      ]),
      S,
    );
    expect(later.yearShifts).toHaveLength(1);
    expect([later.latestYear, later.documentYear]).toEqual([2569, 2570]);
  });
});
