import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { grid } from "../helpers/grid";

describe("the analysis shows each weak OIT item its own step, as the next ITA numbers it", () => {
  test("2567 O5 and O7 (both weak): each row its own step, never the other's", () => {
    const spec = runPipeline(
      [
        grid("ผล", [
          ["ข้อ", "2567"],
          ["O5", 0],
          ["O7", 0],
          ["O9", 100],
        ]),
      ],
      DEFAULT_SETTINGS,
      DEFAULT_DOC_OPTIONS,
      "th",
      { documents: ["analysis"] },
    ).specs[0]!;
    const rows = spec.rows.map((r) => r.cells.map((c) => String(c.value ?? "")));
    const actionOf = (code: string) =>
      rows.find((r) => r[1] === code && r.some((c) => c.startsWith("จัดทำและเผยแพร่")))!;
    for (const code of ["O5", "O7"]) {
      const step = actionOf(code).find((c) => c.startsWith("จัดทำและเผยแพร่"))!;
      expect(step).toMatch(new RegExp(`ITA 2567 ข้อ ${code}\\)`));
    }
  });
});

test("2566 O4 is ITA 2567 O7: the row of 2566 O7 never shows O4's step", () => {
  const spec = runPipeline(
    [
      grid("ผล", [
        ["ข้อ", "2566"],
        ["O4", 0],
        ["O7", 0],
      ]),
    ],
    DEFAULT_SETTINGS,
    DEFAULT_DOC_OPTIONS,
    "th",
    { documents: ["analysis"] },
  ).specs[0]!;
  const rows = spec.rows.map((r) => r.cells.map((c) => String(c.value ?? "")));
  for (const code of ["O4", "O7"]) {
    const step = rows.find((r) => r[1] === code)!.find((c) => c.startsWith("จัดทำและเผยแพร่"))!;
    expect(step).toMatch(new RegExp(`ITA 2566 ข้อ ${code}\\)`));
  }
});
