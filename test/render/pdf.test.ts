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

maybe("the documents print on A4 landscape, one page wide", () => {
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
    ["analysis", "ข้อเสนอแนะ (เพิ่มเติม)", 9, true],
    // From 2567 the measures are by ประเด็น: each block has its own header, not one repeated on every page.
    ["measures", "การกำกับติดตาม", 7, false],
    ["results", "ผลลัพธ์หรือความสำเร็จของการดำเนินการ", 4, true],
  ] as const)("%s: last column printed, expected page count", async (kind, lastHeader, pages, everyPage) => {
    const spec = specs.find((s) => s.kind === kind)!;
    const text = await renderPages(spec);
    expect(text).toHaveLength(pages);
    if (everyPage) text.forEach((page) => expect(page).toContain(lastHeader));
    else expect(text[0]).toContain(lastHeader);
    // The hidden id and record columns never print.
    expect(text.join("\n")).not.toMatch(/รหัสมาตรการ|"generated"/);
    // A note to the officer above a document is on the sheet, never on the paper.
    const notes = spec.rows.slice(0, spec.print.notPrintedRows ?? 0).map((r) => String(r.cells[0]?.value));
    expect(notes).toHaveLength(kind === "results" ? 1 : 0);
    for (const note of notes) expect(text.join("\n")).not.toContain(note.slice(0, 20));
  });
});
