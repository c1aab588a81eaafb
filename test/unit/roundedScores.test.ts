import { analyse } from "../../src/analysis/analyse";
import type { CellValue } from "../../src/analysis/grid";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { toReport } from "../../src/analysis/report";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";

const report = (rows: CellValue[][], threshold = 85) =>
  toReport(analyse(recogniseWorkbook([grid("ITA 2567", rows)]), { ...DEFAULT_SETTINGS, threshold }), "en");
const said = (r: ReturnType<typeof report>) =>
  r.diagnostics.filter((d) => d.code.startsWith("rounded")).map((d) => [d.level, d.code, d.cell, d.message]);

describe("scores with more than 2 decimals are used rounded, and that is said", () => {
  test("a formula's 90.333… is used as 90.33; the sheet's cells with more decimals are named once", () => {
    const r = report([
      ["ข้อ", "คะแนน"],
      ["I1", 90.33333333333333],
      ["I2", 88.5],
      ["I3", 70.126],
    ]);
    expect(r.items.map((i) => i.score)).toEqual([90.33, 88.5, 70.13]);
    expect(said(r)).toEqual([
      [
        "info",
        "roundedScores",
        "B2",
        "2 scores on this sheet have more than 2 decimals (B2, B4) — the report uses them rounded to 2 decimals, as the NACC publishes them: e.g. 90.33333333333333 as 90.33",
      ],
    ]);
  });

  test("a score just below the mark that rounds up to it is a warning at its cell", () => {
    const r = report([
      ["ข้อ", "คะแนน"],
      ["I1", 84.996],
      ["I2", 84.994],
      ["I3", 85],
    ]);
    expect(r.items.map((i) => [i.score, i.flagged])).toEqual([
      [85, false],
      [84.99, true],
      [85, false],
    ]);
    expect(said(r).map(([level, code, cell]) => [level, code, cell])).toEqual([
      ["warning", "roundedAcrossMark", "B2"],
      ["info", "roundedScores", "B2"],
    ]);
  });

  test("the mark is the setting: 79.996 crosses 80, not 85", () => {
    const r = report(
      [
        ["ข้อ", "คะแนน"],
        ["I1", 79.996],
        ["I2", 84.996],
      ],
      80,
    );
    expect(
      said(r)
        .filter(([, code]) => code === "roundedAcrossMark")
        .map(([, , cell]) => cell),
    ).toEqual(["B2"]);
  });

  test("binary noise of a percentage (0.855 → 85.49999…) is not more decimals", () => {
    const r = report([
      ["ข้อ", "คะแนน"],
      ["I1", 0.855 * 100],
    ]);
    expect(r.items[0]!.score).toBe(85.5);
    expect(said(r)).toEqual([]);
  });
});
