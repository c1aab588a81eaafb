import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { FACTS } from "../../src/ita/catalog";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { grid } from "../helpers/grid";

/** A 2567+ workbook with the ten indicators of two years and no item scores, as agencies often keep them. */
function indicatorsOnly(year: number, scores: number[]) {
  return grid("ผล", [
    ["ตัวชี้วัด", String(year - 1), String(year)],
    ...scores.map((v, k) => [`ตัวชี้วัดที่ ${k + 1}`, v - 3, v]),
  ]);
}

describe("2567+ with indicator scores only: indicators listed under their ประเด็น (seed 002), not 'no score' seven times", () => {
  const scores = [88, 79, 91, 95, 86, 90, 92, 80, 100, 65];
  const r = runPipeline([indicatorsOnly(2568, scores)], DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
    documents: ["measures"],
  });
  const plan = r.plan!;
  const group = (label: string) => plan.groups.find((g) => g.group.label.startsWith(label))!;

  test("every ประเด็น holds the indicators seed 002 puts under it, with their scores", () => {
    for (const p of FACTS.prakaden)
      expect(group(`ประเด็นที่ ${p.number} `).indicators.map((i) => i.number)).toEqual(p.indicators);
    expect(group("ประเด็นที่ 3 ").indicators.map((i) => i.score)).toEqual([92, 100]);
  });

  test("a weak indicator's measure is filed under its ประเด็น; 6 and 10, under none, are groups of their own", () => {
    expect(group("ประเด็นที่ 2 ").measures.map((m) => m.id)).toEqual(["2569.P2.indicator-8"]);
    expect(group("ประเด็นที่ 5 ").measures.map((m) => m.id)).toEqual(["2569.P5.indicator-2"]);
    expect(plan.groups.some((g) => g.group.label.startsWith("ตัวชี้วัดที่ 8 "))).toBe(false);
    expect(group("ตัวชี้วัดที่ 10 ").measures[0]).toMatchObject({ section: "urgent", purpose: "corrective" });
    expect(group("ตัวชี้วัดที่ 6 ").measures[0]).toMatchObject({ purpose: "keep" });
  });

  test("the measures sheet prints each ประเด็น's indicators and says no ประเด็น lacks scores", () => {
    const rows = r.specs[0]!.rows.map((x) =>
      x.cells
        .map((c) => String(c.value ?? ""))
        .filter(Boolean)
        .join(" | "),
    );
    expect(rows.join("\n")).not.toMatch(/ไม่พบคะแนนของประเด็น/);
    const at = rows.findIndex((t) => t.startsWith("ประเด็นที่ 3 "));
    expect(rows.slice(at, at + 5).join("\n")).toMatch(
      /ตัวชี้วัดที่ 7 \| ประสิทธิภาพการสื่อสาร \| 92[\s\S]*ตัวชี้วัดที่ 9 \| การเปิดเผยข้อมูล \| 100/,
    );
  });
});

describe("the results report of an indicator-only 2567 → 2568 workbook", () => {
  test("every measure of a ประเด็น compares its indicators; none says there is nothing to compare", () => {
    const r = runPipeline(
      [indicatorsOnly(2568, [88, 79, 91, 95, 86, 90, 92, 80, 100, 65])],
      DEFAULT_SETTINGS,
      DEFAULT_DOC_OPTIONS,
      "th",
      { documents: ["results"] },
    );
    const outcomes = r.results!.rows.flatMap((x) => x.outcomes);
    expect(outcomes.join("\n")).not.toMatch(/ไม่มีคะแนนของ.*ที่เทียบกันได้/);
    expect(outcomes).toContainEqual(
      expect.stringMatching(/^ผลการประเมิน ITA ปี 2567 ประเด็นที่ 3 .* ตัวชี้วัดที่ 7 .* ได้ 89\.00 ปี 2568 ได้ 92\.00/),
    );
  });
});
