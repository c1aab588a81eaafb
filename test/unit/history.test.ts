import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { renumbering } from "../../src/sheets/buildHistorySheet";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { grid } from "../helpers/grid";
import { transition, yearSheet } from "../helpers/yearFixtures";

const EVERY = [2563, 2564, 2565, 2566, 2567, 2568, 2569];

function run(grids: Parameters<typeof runPipeline>[0]) {
  return runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", { documents: ["analysis"] });
}

describe("the agency's history, 2563–2569", () => {
  const totals = grid("คะแนนรวม", [
    ["ปี", "คะแนนรวม", "ระดับ"],
    [2567, 88.12, "ผ่าน"],
    [2568, 91.5, "ผ่านดี"],
  ]);
  const grids = [...EVERY.map((y) => yearSheet(y, "many", y - 2563)), totals];
  const r = run(grids);
  const h = r.report.history!;

  test("every year, the ten indicators each year, totals published or computed and said so", () => {
    expect(h.years).toEqual(EVERY);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8])
      expect(Object.keys(h.indicators[String(n)]!)).toEqual(EVERY.map(String));
    // OIT indicators from items: computed up to 2566; from 2567 NACC's rule for them is not published.
    expect(Object.keys(h.indicators["9"]!)).toEqual(["2563", "2564", "2565", "2566"]);
    expect(h.total["2567"]).toBe(88.12);
    expect(h.total["2568"]).toBe(91.5);
    expect(h.total["2569"]).toBeUndefined();
    expect(h.estimated.total).toEqual([2563, 2564, 2565, 2566]);
    expect(h.estimated.total).not.toContain(2567);
    expect(h.level["2568"]).toBe("ผ่านดี");
  });

  test("items followed back across the renumberings, each hop said", () => {
    const e4 = h.items.find((t) => t.code === "E4")!;
    expect(e4.steps.map((s) => [s.year, s.code, s.hop])).toEqual([
      [2569, "E4", "latest"],
      [2568, "E4", "same"],
      [2567, "E4", "same"],
      [2566, "E6", "crosswalk"],
      [2565, "E6", "same"],
      [2564, "E6", "same"],
      [2563, "E6", "same"],
    ]);
    expect(renumbering(e4, 2563)).toBe("2566 E6 → 2567 E4");
    // Each step's score is that year's own score of that code.
    const y2566 = grids.find((g) => g.name === "ITA 2566")!;
    const e6 = y2566.rows.find((row) => row[0] === "e6")!;
    expect(e4.steps[3]!.score).toBe(e6[2]);
  });

  test("a merged item stops its trail there and says which items were merged", () => {
    const merged = h.items.flatMap((t) => t.steps.filter((s) => s.hop === "merged").map((s) => ({ t, s })));
    expect(merged.length).toBeGreaterThan(0);
    for (const { t, s } of merged) {
      expect(t.steps[t.steps.length - 1]).toBe(s);
      expect(s.merged!.length).toBeGreaterThan(1);
      expect(renumbering(t, 2563)).toContain("รวมเป็น");
    }
  });

  test("the trend sheet goes with the analysis", () => {
    expect(r.specs.map((s) => s.kind)).toEqual(["analysis", "history"]);
    expect(r.specs[1]!.name).toBe("ITA ย้อนหลัง 2563-2569");
  });
});

test("two years: no history (the analysis is its own comparison), and the report says null", () => {
  const r = run(transition(2567, 2568, "many"));
  expect(r.report.history).toBeNull();
  expect(r.specs.map((s) => s.kind)).toEqual(["analysis"]);
});

test("an item with no match before some year says so, not that its number stayed the same", () => {
  const trail = {
    code: "I3",
    steps: [
      { year: 2569, code: "I3", score: 90, hop: "latest" as const },
      { year: 2568, code: "I3", score: 88, hop: "same" as const },
    ],
  };
  expect(renumbering(trail, 2563)).toBe("ไม่พบข้อที่ตรงกันก่อนปี 2568");
  expect(renumbering(trail, 2568)).toBe("เลขข้อเดียวกันทุกปี");
});
