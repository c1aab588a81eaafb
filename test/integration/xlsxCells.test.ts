import ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyse } from "../../src/analysis/analyse";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { toReport } from "../../src/analysis/report";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";

/** A workbook as Excel saves it: formula cells keep their cached result, even 0 (which exceljs never writes). */
async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("ITA 2567");
  ws.addRow(["ข้อ", "คะแนน 2567"]);
  ws.addRow(["I1", { formula: "B6-B6", result: 0 }]);
  ws.addRow(["I2", 50]);
  ws.addRow(["I3", { formula: "'ข้อมูล'!A1" }]);
  ws.addRow(["I4", 0.9]);
  ws.getCell("B5").numFmt = "0.00%";
  ws.addRow(["I5", { formula: "'ข้อมูล'!A1", result: 77.5 }]);
  wb.addWorksheet("ข้อมูล").addRow([77.5]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const file = "xl/worksheets/sheet1.xml";
  const xml = (await zip.file(file)!.async("string")).replace(
    /(<c r="B2"[^>]*><f>B6-B6<\/f>)(<v>[^<]*<\/v>)?<\/c>/,
    "$1<v>0</v></c>",
  );
  expect(xml).toMatch(/<c r="B2"[^>]*><f>B6-B6<\/f><v>0<\/v><\/c>/);
  zip.file(file, xml);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}

describe("score cells as the xlsx adapter reads them", () => {
  let report: ReturnType<typeof toReport>;
  beforeAll(async () => {
    const grids = await (await XlsxWorkbook.load(await workbookBytes())).readGrids();
    report = toReport(analyse(recogniseWorkbook(grids), DEFAULT_SETTINGS), "en");
  });

  test("a formula whose cached result is 0 is read as 0", () => {
    expect(report.items.find((i) => i.code === "I1")).toMatchObject({ score: 0, cell: "B2" });
  });

  test("a formula saved without a result is a diagnostic at its cell, not an empty cell", () => {
    expect(report.items.find((i) => i.code === "I3")).toBeUndefined();
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ code: "notAScore.noResult", sheet: "ITA 2567", cell: "B4" }),
    );
  });

  test("a fraction formatted as a percentage is the percentage shown", () => {
    expect(report.items.find((i) => i.code === "I4")).toMatchObject({ score: 90 });
  });

  test("a formula pointing to another sheet gives its cached result", () => {
    expect(report.items.find((i) => i.code === "I5")).toMatchObject({ score: 77.5, cell: "B6" });
  });
});

describe("the bytes given to the xlsx adapter", () => {
  test("a view into a larger buffer (as Node's small-file pool gives) is read as the workbook alone", async () => {
    const bytes = await workbookBytes();
    const pool = new Uint8Array(bytes.length + 200).fill(7);
    pool.set(bytes, 100);
    const view = pool.subarray(100, 100 + bytes.length);
    expect(view.byteOffset).toBe(100);
    const names = (await (await XlsxWorkbook.load(view)).readGrids()).map((g) => g.name);
    expect(names).toEqual(["ITA 2567", "ข้อมูล"]);
  });
});
