import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import type { SheetSpec } from "../../src/sheets/sheetSpec";
import { hasLibreOffice, renderPages } from "../helpers/renderPdf";
import { loadSampleGrids } from "../helpers/sample";

// Printing needs LibreOffice (Debian libreoffice-calc-nogui, poppler-utils, fonts-thai-tlwg); CI installs them.
const available = hasLibreOffice();
if (!available && process.env.CI)
  throw new Error("CI must install LibreOffice and poppler-utils for the print tests");
const maybe = available ? describe : describe.skip;

maybe("the documents print on A4 landscape, one page wide, the header on every page", () => {
  let specs: SheetSpec[];
  beforeAll(async () => {
    specs = runPipeline(
      await loadSampleGrids(),
      DEFAULT_SETTINGS,
      { ...DEFAULT_DOC_OPTIONS, agency: "เทศบาลตำบลตัวอย่าง" },
      "th",
    ).specs;
  });

  test.each([
    ["analysis", "ผลการวิเคราะห์ / ประเด็นที่ต้องแก้ไขหรือปรับปรุง", 8],
    ["measures", "การกำกับติดตาม", 3],
    ["results", "ผลลัพธ์หรือความสำเร็จของการดำเนินการ", 4],
  ])("%s: last column on every page, expected page count", async (kind, lastHeader, pages) => {
    const spec = specs.find((s) => s.kind === kind)!;
    const text = await renderPages(spec);
    expect(text).toHaveLength(pages);
    text.forEach((page) => expect(page).toContain(lastHeader));
    // The hidden id column never prints.
    expect(text.join("\n")).not.toMatch(/รหัสมาตรการ/);
  });
});
