import { analyseGrids } from "../../src/analysis/analyseGrids";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import type { CellValue } from "../../src/analysis/grid";
import { itemList } from "../../src/ita/catalog";
import { INSTRUMENTS } from "../../src/ita/types";
import { itemCoefficient } from "../../src/planner/coefficients";
import { buildPlanner } from "../../src/planner/planner";
import { perTotalUnder, ruleVariants } from "../../src/planner/ruleVariants";
import { plannerLines } from "../../src/cli/plannerSummary";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { grid } from "../helpers/grid";

const planOf = (year: number, rows: [string, number][]) =>
  buildPlanner(
    analyseGrids([grid("ผล", [["ข้อ", String(year)], ...rows] as CellValue[][])], DEFAULT_SETTINGS),
  )!;

describe("the range of a gain under the plausible readings of an unpublished rule", () => {
  test("2563–2564's rule is confirmed: one reading, no range", () => {
    expect(ruleVariants(2564)).toHaveLength(1);
    const plan = planOf(2564, [
      ["I1", 50],
      ["O1", 0],
      ["E1", 60],
    ]);
    expect(plan.gains.every((g) => g.range === undefined)).toBe(true);
  });

  test("the first reading is the catalogue's: every item of every year prices as its coefficient", () => {
    for (const year of [2563, 2564, 2565, 2566, 2567, 2568, 2569]) {
      const variants = ruleVariants(year);
      const first = variants[0]!;
      expect(first.oitItems).toBeNull();
      let placedOit = 0;
      for (const instrument of INSTRUMENTS)
        for (const d of itemList(year, instrument)?.items ?? []) {
          const c = itemCoefficient(year, instrument, d.n);
          if (!c) continue;
          if (instrument === "OIT") placedOit++;
          expect(perTotalUnder({ kind: "item", instrument, score: 0, coefficient: c }, first)).toBeCloseTo(
            c.perTotalPoint,
            10,
          );
        }
      // OIT read as one mean is over the items the catalogue can price, no more (an item without an indicator is
      // left out, as the planner leaves it out).
      for (const v of variants) if (v.oitItems !== null) expect(v.oitItems).toBe(placedOit);
    }
  });

  test("2568: IIT against OIT items swap places under equal weights or one OIT mean: each says its range", () => {
    expect(ruleVariants(2568).length).toBeGreaterThan(1);
    const plan = planOf(2568, [
      ["I1", 40],
      ["I2", 45],
      ["E1", 50],
      ["O1", 0],
      ["O2", 0],
      ["O21", 0],
      ["O22", 0],
      ["I3", 90],
    ]);
    const ranged = plan.gains.filter((g) => g.range);
    expect(ranged.length).toBeGreaterThan(0);
    for (const g of plan.gains) {
      expect(g.certainty).toBe("assumed");
      if (!g.range) continue;
      expect(g.range.min).toBeLessThan(g.range.max);
      expect(g.range.min).toBeLessThanOrEqual(g.totalGainAt100 + 0.005);
      expect(g.range.max).toBeGreaterThanOrEqual(g.totalGainAt100 - 0.005);
    }
  });

  test("when no reading changes the order (IIT items only), one figure is enough", () => {
    const plan = planOf(2568, [
      ["I1", 40],
      ["I2", 60],
      ["I3", 80],
    ]);
    expect(plan.gains.length).toBe(3);
    expect(plan.gains.every((g) => g.range === undefined)).toBe(true);
  });
});

describe("the range where it prints", () => {
  test("the plan sheet's certainty column and the CLI's summary say the range of each ranged gain", () => {
    const grids = [
      grid("ผล", [
        ["ข้อ", "2568"],
        ["I1", 40],
        ["E1", 50],
        ["O1", 0],
        ["O21", 0],
      ] as CellValue[][]),
    ];
    const { specs, report } = runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
      documents: ["plan"],
    });
    const ranged = report.planner!.gains.filter((g) => g.range);
    expect(ranged.length).toBeGreaterThan(0);
    const texts = specs[0]!.rows.flatMap((r) => r.cells.map((c) => String(c.value ?? "")));
    for (const g of ranged)
      expect(texts).toContain(`ประมาณ ${g.range!.min.toFixed(2)} ถึง ${g.range!.max.toFixed(2)}`);
    const lines = plannerLines(buildPlanner(analyseGrids(grids, DEFAULT_SETTINGS))!, "th", null).join("\n");
    expect(lines).toContain(`+${ranged[0]!.range!.min.toFixed(2)} ถึง +${ranged[0]!.range!.max.toFixed(2)}`);
  });
});
