import path from "node:path";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { ALL_DOCUMENTS, runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { hasLibreOffice, renderToArtifacts } from "../helpers/renderPdf";
import { TRANSITIONS, type Weakness, transition } from "../helpers/yearFixtures";

// Prints every generated sheet of a workbook per transition (2565→2566 … 2568→2569), with many weak items and
// with none, and keeps the PDF and PNGs under test-output/documents/ for a person to look at.
const available = hasLibreOffice();
if (!available && process.env.CI)
  throw new Error("CI must install LibreOffice and poppler-utils for the print tests");
const maybe = available ? describe : describe.skip;
const OUT = path.join(__dirname, "..", "..", "test-output", "documents");

maybe("every document of every year prints", () => {
  const cases = TRANSITIONS.flatMap(([p, y]) =>
    (["many", "none"] as Weakness[]).map((w) => [p, y, w] as const),
  );
  test.each(cases)(
    "%d → %d, %s weak",
    async (previous, year, weakness) => {
      const { specs } = runPipeline(
        transition(previous, year, weakness),
        DEFAULT_SETTINGS,
        { ...DEFAULT_DOC_OPTIONS, agency: "เทศบาลตำบลตัวอย่าง", division: "สำนักปลัด" },
        "th",
        { documents: ALL_DOCUMENTS },
      );
      const pages = await renderToArtifacts(specs, path.join(OUT, `${previous}-${year}-${weakness}`));
      const text = pages.join("\n");
      expect(text).toContain(String(year + 1));
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(text).not.toMatch(/รหัสมาตรการ/);
    },
    240_000,
  );
});
