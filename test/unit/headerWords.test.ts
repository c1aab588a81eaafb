import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { ALL_DOCUMENTS, runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import type { SheetSpec } from "../../src/sheets/sheetSpec";
import { HEADER } from "../../src/sheets/styles";
import { wordsTooWide } from "../../src/sheets/textHeight";
import { transition } from "../helpers/yearFixtures";

let headersSeen = 0;

/** Every header cell's words that its column (or merged columns) cannot hold on one line. */
function brokenHeaderWords(spec: SheetSpec): string[] {
  const out: string[] = [];
  for (const row of spec.rows)
    row.cells.forEach((c, col) => {
      if (c.style !== HEADER || typeof c.value !== "string") return;
      headersSeen++;
      const span = (c as { span?: number }).span ?? 0;
      const merge = spec.merges.find(
        (m) => m.left === col && m.top <= spec.rows.indexOf(row) && m.bottom >= spec.rows.indexOf(row),
      );
      const right = merge ? merge.right : col + span;
      const width = spec.columns.slice(col, right + 1).reduce((a, b) => a + b, 0);
      for (const w of wordsTooWide(c.value, width, c.style.size ?? spec.font.size))
        out.push(`${spec.name} ${c.value} → ${w}`);
    });
  return out;
}

describe("table headers never break inside a word ('เปลี่ยนแปล/ง')", () => {
  test("the check finds a word too wide for its column", () => {
    expect(wordsTooWide("คะแนน เปลี่ยนแปลง", 8, 16)).toContain("เปลี่ยนแปลง");
    expect(wordsTooWide("คะแนน เปลี่ยนแปลง", 17, 16)).toEqual([]);
  });

  test.each([
    [2565, 2566],
    [2566, 2567],
    [2567, 2568],
    [2568, 2569],
  ])("%d → %d: every document's header words fit their columns", (before, year) => {
    const { specs } = runPipeline(
      transition(before, year, "many"),
      DEFAULT_SETTINGS,
      DEFAULT_DOC_OPTIONS,
      "th",
      {
        documents: [...ALL_DOCUMENTS],
      },
    );
    expect(specs.length).toBeGreaterThan(3);
    headersSeen = 0;
    expect(specs.flatMap(brokenHeaderWords)).toEqual([]);
    expect(headersSeen).toBeGreaterThan(20);
  });
});
