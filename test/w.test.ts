import { DEFAULT_SETTINGS } from "../src/analysis/settings";
import { runPipeline } from "../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../src/sheets/sheetBuilder";
import { wrappedLines } from "../src/sheets/textHeight";
import { transition } from "./helpers/yearFixtures";
test("w", () => {
  const r = runPipeline(transition(2565, 2566, "many"), DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
    documents: ["measures"],
  });
  const s = r.specs[0]!;
  console.log(JSON.stringify(s.columns), JSON.stringify(s.merges.slice(0, 10)));
  s.rows.slice(0, 12).forEach((row, i) =>
    console.log(
      i,
      row.height,
      row.cells
        .slice(0, 6)
        .map((c, k) => `${k}:${wrappedLines(String(c.value ?? ""), s.columns[k]!, 16)}`)
        .join(" "),
      String(row.cells[2]?.value ?? "")
        .slice(0, 60)
        .replace(/\n/g, "|"),
    ),
  );
});
