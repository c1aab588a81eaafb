import { analyseGrids } from "../../src/analysis/analyseGrids";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";

const S = DEFAULT_SETTINGS;

/** An indicator summary of one year as officers type it: ตัวชี้วัดที่ 1–10, then optional extra rows. */
function summary(year: number, indicators: number[], extra: (string | number)[][] = []) {
  return grid(`ผล ${year}`, [
    ["ตัวชี้วัด", String(year)],
    ...indicators.map((v, k) => [`ตัวชี้วัดที่ ${k + 1}`, v]),
    ...extra,
  ]);
}

const scores = (year: number, a: ReturnType<typeof analyseGrids>) =>
  a.scoresByYear.find((y) => y.year === year)!;

describe("one number: totals from unrounded instrument means, sheet figures win", () => {
  // Printed (2-decimal) indicators whose rounded instrument scores (74.77, 80.60, 87.11) would give 81.46;
  // the NACC computes from the unrounded means (74.768, 80.6, 87.11) and publishes 81.45 — the Trat 2564 case.
  // The real Trat/Chanthaburi indicator figures are not in the shared notes; these reproduce the same effect.
  const printed = [66.2, 80.83, 76.03, 69.56, 81.22, 83.79, 86.07, 71.94, 79.73, 94.49];

  test("the total comes from the unrounded instrument means: 81.45, not 81.46", () => {
    const y = scores(2564, analyseGrids([summary(2564, printed)], S));
    expect(y.instruments.get("IIT")?.score).toBe(74.77);
    expect(y.instruments.get("EIT")?.score).toBe(80.6);
    expect(y.instruments.get("OIT")?.score).toBe(87.11);
    expect(y.total).toMatchObject({ score: 81.45, source: "items" });
    expect(y.level).toBe("B");
  });

  test("a total given in the sheet wins over the computed one, and the difference is said", () => {
    // These printed indicators compute to 67.53; the sheet prints the published 67.54 (Chanthaburi 2563).
    const ind = [67.17, 61.5, 63.82, 89.01, 75.92, 85.99, 53.19, 59.16, 73.7, 57.57];
    const a = analyseGrids([summary(2563, ind, [["คะแนนรวม", 67.54]])], S);
    expect(scores(2563, a).total).toMatchObject({ score: 67.54, source: "sheet", cell: "B12" });
    const d = a.diagnostics.find((x) => x.id === "givenTotalKept");
    expect(d).toMatchObject({ cell: "B12", params: { given: "67.54", computed: "67.53" } });
  });

  test("an instrument given in the sheet wins and feeds the total as printed", () => {
    const a = analyseGrids([summary(2564, printed, [["IIT", 74.8]])], S);
    const y = scores(2564, a);
    expect(y.instruments.get("IIT")).toMatchObject({ score: 74.8, source: "sheet" });
    // 0.3·74.8 + 0.3·80.6 + 0.4·87.11 = 81.464
    expect(y.total?.score).toBe(81.46);
    expect(a.diagnostics.find((d) => d.id === "givenInstrumentKept")?.params).toMatchObject({
      instrument: "IIT",
      given: "74.80",
      computed: "74.77",
    });
  });

  test("indicator scores given with more decimals are rounded once, on reading", () => {
    const a = analyseGrids([summary(2566, [88.815, 90, 90, 90, 90, 90, 90, 90, 90, 90])], S);
    expect(scores(2566, a).indicators.get(1)?.score).toBe(88.82);
    expect(a.indicators[0]).toMatchObject({ number: 1, score: 88.82 });
  });
});

describe("one number: item scores are rounded on reading, changes come from the rounded scores", () => {
  const a = analyseGrids(
    [
      grid("ผล", [
        ["ข้อ", "2565", "2566"],
        ["I2", 78.754, 75.836],
        ["I13", 80, 88.815],
      ]),
    ],
    S,
  );
  const item = (code: string) => a.items.find((i) => i.code === code)!;

  test("78.754 → 75.836 prints 78.75 → 75.84 and the change −2.91 (not −2.92)", () => {
    expect(item("I2")).toMatchObject({ score: 75.84, previous: { score: 78.75 }, delta: -2.91 });
  });

  test("88.815 is 88.82 in the item and in its change", () => {
    expect(item("I13")).toMatchObject({ score: 88.82, delta: 8.82 });
  });
});
