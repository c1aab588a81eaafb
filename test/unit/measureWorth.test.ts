import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { analyseGrids } from "../../src/analysis/analyseGrids";
import { buildMeasures } from "../../src/measures/buildMeasures";
import { measuresByWorth } from "../../src/planner/measureWorth";
import { buildPlanner } from "../../src/planner/planner";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { loadSampleGrids } from "../helpers/sample";

describe("the measures ordered by what they are worth", () => {
  test("the sample: each measure's worth is the sum of its items' gains; largest first; printed in the plan", async () => {
    const grids = await loadSampleGrids();
    const analysis = analyseGrids(grids, DEFAULT_SETTINGS);
    const planner = buildPlanner(analysis)!;
    const measures = buildMeasures(analysis)!.measures;
    const worth = measuresByWorth(measures, planner.gains, planner.year);
    expect(worth.length).toBeGreaterThan(1);
    expect(worth.map((w) => w.totalGain)).toEqual([...worth.map((w) => w.totalGain)].sort((a, b) => b - a));
    for (const w of worth) {
      const codes = w.measure.items.flatMap((i) =>
        i.kind === "item" && i.year === planner.year ? [i.code] : [],
      );
      const sum = planner.gains
        .filter((g) => codes.includes(g.code))
        .reduce((a, g) => a + g.totalGainAt100, 0);
      expect(w.totalGain).toBeCloseTo(sum, 2);
      if (w.range) {
        expect(w.range.min).toBeLessThanOrEqual(w.totalGain + 0.005);
        expect(w.range.max).toBeGreaterThanOrEqual(w.totalGain - 0.005);
      }
    }
    // Measures whose items are all at 100 are not listed.
    expect(worth.every((w) => w.gains.length > 0)).toBe(true);

    const { specs } = runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
      documents: ["plan"],
    });
    const rows = specs[0]!.rows.map((r) => r.cells.map((c) => c.value));
    const at = rows.findIndex((r) => String(r[0] ?? "").includes("มาตรการเรียงตามคะแนนรวมที่อาจเพิ่มได้"));
    expect(at).toBeGreaterThan(0);
    const listed = rows.slice(at + 2, at + 2 + worth.length);
    expect(listed.map((r) => r[1])).toEqual(worth.map((w) => w.measure.title));
    expect(listed.map((r) => r.find((v) => typeof v === "number" && v !== r[0]))).toEqual(
      worth.map((w) => w.totalGain),
    );
  });
});
