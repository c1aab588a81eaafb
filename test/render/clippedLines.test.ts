import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { ALL_DOCUMENTS, runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { clippedWords } from "../helpers/clippedWords";
import { grid } from "../helpers/grid";
import { convertWithLibreOffice, hasLibreOffice } from "../helpers/renderPdf";
import { loadSampleGrids } from "../helpers/sample";
import { transition } from "../helpers/yearFixtures";

// The printed page, not the row heights: a line cut off at the bottom of its cell shows in LibreOffice's PDF as a
// border drawn through the words of that line. Tables print scaled to the page's width, which the row-height oracle
// (at 100%) cannot see: rows measured at the text's own size must still print every line there.
const available = hasLibreOffice();
if (!available && process.env.CI)
  throw new Error("CI must install LibreOffice and poppler-utils for the print tests");
const maybe = available ? describe : describe.skip;

async function printed(grids: SheetGrid[]): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "ita-clip-"));
  const { specs } = runPipeline(
    grids,
    DEFAULT_SETTINGS,
    {
      ...DEFAULT_DOC_OPTIONS,
      agency: "เทศบาลตำบลตัวอย่าง",
      division: "สำนักปลัด",
      divisionHeadName: "นางสาวปรีณภา น้อยเสงี่ยม",
      divisionHeadPosition: "หัวหน้าสำนักปลัดเทศบาลตำบลตัวอย่าง",
      chiefOfficerPosition: "ปลัดเทศบาลตำบลตัวอย่าง",
      executivePosition: "นายกเทศมนตรีตำบลตัวอย่าง",
    },
    "th",
    { documents: ALL_DOCUMENTS },
  );
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets(specs);
  const xlsx = path.join(dir, "documents.xlsx");
  writeFileSync(xlsx, await wb.toBuffer());
  convertWithLibreOffice(xlsx, "pdf", dir, path.join(dir, "profile"));
  return path.join(dir, "documents.pdf");
}

maybe("every line prints: no cell border runs through printed words", () => {
  const indicatorsOnly = grid("ผล", [
    ["ตัวชี้วัด", "2567", "2568"],
    ...[88, 79, 91, 95, 86, 90, 92, 80, 100, 65].map((v, k) => [`ตัวชี้วัดที่ ${k + 1}`, v - 3, v]),
  ]);
  test.each([
    ["the sample", async () => loadSampleGrids()],
    ["2565 → 2566, many weak items", async () => transition(2565, 2566, "many")],
    ["2567 → 2568, many weak items", async () => transition(2567, 2568, "many")],
    ["2568 indicators only", async () => [indicatorsOnly]],
  ])(
    "%s",
    async (_, grids) => {
      expect(clippedWords(await printed(await grids()))).toEqual([]);
    },
    300_000,
  );
});
