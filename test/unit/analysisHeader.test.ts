import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { ANALYSIS_WIDTHS } from "../../src/sheets/analysisRows";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { wrappedLines } from "../../src/sheets/textHeight";
import { transition } from "../helpers/yearFixtures";

// Thai phrases wrap between syllables; the score columns' headers are single words that must not.
test("the score columns' header words fit their columns (เปลี่ยนแปลง printed as เปลี่ยนแปล/ง)", () => {
  const spec = runPipeline(
    transition(2565, 2566, "many"),
    DEFAULT_SETTINGS,
    DEFAULT_DOC_OPTIONS,
    "th",
  ).specs.find((s) => s.kind === "analysis")!;
  const header = spec.rows.find((r) => r.cells.some((c) => c.value === "เปลี่ยนแปลง"))!;
  const scoreColumns = [3, 4, 5];
  const tooNarrow = scoreColumns.flatMap((i) =>
    String(header.cells[i]!.value ?? "")
      .split(/[\s/]+/)
      .filter((word) => wrappedLines(word, ANALYSIS_WIDTHS[i]!, DEFAULT_DOC_OPTIONS.font.size) > 1)
      .map((word) => `${word} (column ${i + 1})`),
  );
  expect(tooNarrow).toEqual([]);
});
