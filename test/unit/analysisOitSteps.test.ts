import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { grid } from "../helpers/grid";

/** The step each weak OIT item's row of the analysis shows, for a year's OIT scores. */
function stepsShown(year: number, scores: [string, number][]): Map<string, string> {
  const spec = runPipeline(
    [grid("ผล", [["ข้อ", String(year)], ...scores])],
    DEFAULT_SETTINGS,
    DEFAULT_DOC_OPTIONS,
    "th",
    {
      documents: ["analysis"],
    },
  ).specs[0]!;
  const rows = spec.rows.map((r) => r.cells.map((c) => String(c.value ?? "")));
  const shown = new Map<string, string>();
  for (const r of rows) {
    const step = r.find((c) => c.startsWith("จัดทำและเผยแพร่"));
    if (step && !shown.has(r[1]!)) shown.set(r[1]!, step);
  }
  return shown;
}

describe("the analysis shows each weak OIT item its own step, as the next ITA numbers it", () => {
  test("2567 O5 and O7 (both weak): each row its own step, never the other's", () => {
    const shown = stepsShown(2567, [
      ["O5", 0],
      ["O7", 0],
      ["O9", 100],
    ]);
    for (const code of ["O5", "O7"])
      expect(shown.get(code)).toMatch(new RegExp(`เดิมข้อ ${code} ของ ITA 2567\\)`));
  });

  test("2566 O4 is ITA 2567 O7: the row of 2566 O7 never shows O4's step", () => {
    const shown = stepsShown(2566, [
      ["O4", 0],
      ["O7", 0],
    ]);
    for (const code of ["O4", "O7"])
      expect(shown.get(code)).toMatch(new RegExp(`เดิมข้อ ${code} ของ ITA 2566\\)`));
  });
});
