import { readFileSync } from "node:fs";
import { DEFAULT_SETTINGS } from "../../../src/analysis/settings";
import { compareSources } from "../../../src/compare/compareSources";
import { ALL_DOCUMENTS, runPipeline } from "../../../src/pipeline";
import { buildCompareSheet } from "../../../src/sheets/buildCompareSheet";
import { DEFAULT_DOC_OPTIONS } from "../../../src/sheets/sheetBuilder";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";
import { SAMPLE } from "../../helpers/sample";
import { provincialTable } from "../../helpers/provincialTable";
import { grid } from "../../helpers/grid";

test("one agency's documents written after a comparison leave the comparison in the workbook", async () => {
  const wb = await XlsxWorkbook.load(readFileSync(SAMPLE));
  const t = provincialTable(6, [2567, 2568], 4);
  const c = compareSources([{ file: null, grids: [grid("x", t.rows)] }], { threshold: 85, year: null });
  await wb.writeSheets([buildCompareSheet(c, DEFAULT_DOC_OPTIONS)]);
  const again = await XlsxWorkbook.load(await wb.toBuffer());
  const grids = await again.readGrids();
  expect(grids.filter((g) => g.generatedKind === "compare").map((g) => g.name)).toEqual([
    "เปรียบเทียบ ITA 2568",
  ]);
  const { specs, keep } = runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
    documents: ALL_DOCUMENTS,
  });
  expect(keep).toContain("เปรียบเทียบ ITA 2568");
  await again.writeSheets(specs, undefined, keep);
  const after = await (await XlsxWorkbook.load(await again.toBuffer())).readGrids();
  expect(after.map((g) => g.name)).toContain("เปรียบเทียบ ITA 2568");
  expect(after.filter((g) => g.generated).length).toBe(specs.length + 1);
});
