import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { TRANSITIONS, type Weakness, transition } from "../helpers/yearFixtures";

const cases = TRANSITIONS.flatMap(([p, y]) =>
  (["many", "none"] as Weakness[]).map((w) => [p, y, w] as const),
);

/** "ได้ 83.20 ปี 2568 ได้ 90.50 เพิ่มขึ้น 7.30": the two scores and the signed change of one comparison. */
const COMPARISON =
  /ได้ (\d+\.\d\d) ปี \d{4}(?: เทียบกับข้อ \S+)? ได้ (\d+\.\d\d) (เพิ่มขึ้น|ลดลง|เท่าเดิม)(?: (\d+\.\d\d))?/g;

describe.each(cases)(
  "every figure of the %d → %d results report (%s weak) is in the workbook or computed from it",
  (p, y, w) => {
    const grids = transition(p, y, w);
    const r = runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th");
    const typed = new Set(
      grids.flatMap((g) => g.rows.flat()).flatMap((v) => (typeof v === "number" ? [v.toFixed(2)] : [])),
    );
    const computed = new Set(
      r.analysis.scoresByYear.flatMap((s) => [...s.indicators.values()].map((i) => i.score.toFixed(2))),
    );
    const sentences = r.results!.rows.flatMap((row) => row.outcomes);

    test("each score is a typed score or an indicator the analysis shows; each change adds up to the last digit", () => {
      let comparisons = 0;
      for (const s of sentences)
        for (const m of s.matchAll(COMPARISON)) {
          comparisons++;
          const [, before, after, direction, change] = m;
          for (const x of [before!, after!]) expect(typed.has(x) || computed.has(x)).toBe(true);
          const d = Math.round((Number(after) - Number(before)) * 100) / 100;
          if (direction === "เท่าเดิม") expect(d).toBe(0);
          else {
            expect(direction).toBe(d > 0 ? "เพิ่มขึ้น" : "ลดลง");
            expect(change).toBe(Math.abs(d).toFixed(2));
          }
        }
      expect(comparisons).toBeGreaterThan(0);
    });
  },
);
