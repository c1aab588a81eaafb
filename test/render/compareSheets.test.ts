import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CellValue } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { compareSources } from "../../src/compare/compareSources";
import { runPipeline } from "../../src/pipeline";
import { buildCompareSheet } from "../../src/sheets/buildCompareSheet";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import type { SheetSpec } from "../../src/sheets/sheetSpec";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { clippedWords } from "../helpers/clippedWords";
import { grid } from "../helpers/grid";
import { provincialTable } from "../helpers/provincialTable";
import { convertWithLibreOffice, hasLibreOffice } from "../helpers/renderPdf";
import { yearSheet } from "../helpers/yearFixtures";

const available = hasLibreOffice();
if (!available && process.env.CI)
  throw new Error("CI must install LibreOffice and poppler-utils for the print tests");
const maybe = available ? describe : describe.skip;

/** The sheet printed by LibreOffice: its PDF and the PDF's text. */
async function printed(spec: SheetSpec): Promise<{ pdf: string; text: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "ita-cmp-"));
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets([spec]);
  const xlsx = path.join(dir, "sheet.xlsx");
  writeFileSync(xlsx, await wb.toBuffer());
  convertWithLibreOffice(xlsx, "pdf", dir, path.join(dir, "profile"));
  const pdf = path.join(dir, "sheet.pdf");
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  return { pdf, text };
}

maybe("the comparison and history sheets print whole", () => {
  test("a province of 40 agencies × 3 years: every figure prints (no ####), no line is cut", async () => {
    const t = provincialTable(40, [2566, 2567, 2568], 17);
    const c = compareSources([{ file: null, grids: [grid("x", t.rows)] }], { threshold: 85, year: null });
    const { pdf, text } = await printed(buildCompareSheet(c, DEFAULT_DOC_OPTIONS));
    expect(text).not.toMatch(/###/);
    expect(clippedWords(pdf)).toEqual([]);
    // Every agency's latest total is on the page as printed.
    for (const a of t.agencies) expect(text).toContain(a.years[2568]!.total.toFixed(2));
  }, 300_000);

  test("the published table P-1 (13 agencies, two indicators)", async () => {
    const p = JSON.parse(readFileSync(path.join(__dirname, "../fixtures/published/P-1.json"), "utf8")) as {
      rows: CellValue[][];
    };
    const c = compareSources([{ file: null, grids: [grid("x", p.rows)] }], { threshold: 85, year: null });
    const { pdf, text } = await printed(buildCompareSheet(c, DEFAULT_DOC_OPTIONS));
    expect(text).not.toMatch(/###/);
    expect(text).toContain("100.00");
    expect(clippedWords(pdf)).toEqual([]);
  }, 300_000);

  test("an agency's history 2563–2569 with its items followed across renumberings", async () => {
    const grids = [2563, 2564, 2565, 2566, 2567, 2568, 2569].map((y) => yearSheet(y, "many", y - 2563));
    const { specs } = runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
      documents: ["analysis"],
    });
    const { pdf, text } = await printed(specs.find((s) => s.kind === "history")!);
    expect(text).not.toMatch(/###/);
    expect(text).toMatch(/2566 E6 → 2567 E4/);
    expect(clippedWords(pdf)).toEqual([]);
  }, 300_000);
});
