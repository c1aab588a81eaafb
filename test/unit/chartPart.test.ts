import JSZip from "jszip";
import { compareSources } from "../../src/compare/compareSources";
import { buildCompareSheet } from "../../src/sheets/buildCompareSheet";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { printArea } from "../../src/sheets/sheetSpec";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { grid } from "../helpers/grid";
import { provincialTable } from "../helpers/provincialTable";

test("the file adapter writes the sheet's chart, on its own cells, and keeps it out of the print area", async () => {
  const t = provincialTable(7, [2567, 2568], 6);
  const c = compareSources([{ file: null, grids: [grid("x", t.rows)] }], { threshold: 85, year: null });
  const spec = buildCompareSheet(c, DEFAULT_DOC_OPTIONS);
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets([spec]);
  const zip = await JSZip.loadAsync(await wb.toBuffer());
  const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
  const { first, last } = spec.chart!.rows;
  // Names in column B, the latest totals in column D (two years shown: C, D), the agencies' rows only.
  expect(chart).toContain(`<c:f>'เปรียบเทียบ ITA 2568'!$B$${first + 1}:$B$${last + 1}</c:f>`);
  expect(chart).toContain(`<c:f>'เปรียบเทียบ ITA 2568'!$D$${first + 1}:$D$${last + 1}</c:f>`);
  expect(last - first + 1).toBe(7);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  expect(types).toContain('PartName="/xl/charts/chart1.xml"');
  const drawingRels = await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string");
  expect(drawingRels).toContain("../charts/chart1.xml");
  const book = await zip.file("xl/workbook.xml")!.async("string");
  expect(book).toContain("_xlnm.Print_Area");
  expect(printArea(spec)).toMatch(/^A1:[A-Z]+\d+$/);
  // Read back, the sheet is still the tool's comparison with its values.
  const back = await (await XlsxWorkbook.load(await wb.toBuffer())).readGrids();
  expect(back.map((g) => g.generatedKind)).toEqual(["compare"]);
});
