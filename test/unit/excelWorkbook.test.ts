import type { SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { ExcelWorkbook, ProtectedError } from "../../src/workbook/excel/excelWorkbook";
import { PROBE_ROWS } from "../../src/workbook/excel/readGrids";
import { FakeExcel } from "../fakes/fakeExcel";
import { provincialTable } from "../helpers/provincialTable";
import { fakeFromGrids } from "../fakes/fromGrids";
import { SAMPLE_DOCUMENTS, SAMPLE_OUTPUT_SHEETS, loadSampleGrids } from "../helpers/sample";

let sampleGrids: SheetGrid[];
beforeAll(async () => {
  sampleGrids = await loadSampleGrids();
});

/** The sample plus an unrelated sheet of `cells` cells (a budget or staff list). */
function sampleWith(cells: number): FakeExcel {
  const x = fakeFromGrids(sampleGrids);
  const cols = 10;
  const rows = Array.from({ length: Math.ceil(cells / cols) }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (c === 0 ? `รายการ ${r}` : r * 1000 + c)),
  );
  x.addSheet("ข้อมูลอื่น", rows);
  return x;
}

async function wholeRun(x: FakeExcel) {
  const wb = new ExcelWorkbook(x.run);
  const grids = await wb.readGrids();
  const { specs, report } = runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th");
  const names = await wb.writeSheets(specs);
  return { wb, report, names };
}

describe("the fake keeps Office.js's rules", () => {
  test("reading a property before load() and sync() throws, as Excel does", async () => {
    const x = new FakeExcel();
    x.addSheet("a", [[1]]);
    await x.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
      sheets.load("items/name");
      expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["a"]);
      const r = sheets.items[0]!.getRangeByIndexes(0, 0, 1, 1);
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
    });
    expect(x.tracker.syncCount).toBe(1);
  });
});

describe("ExcelWorkbook (Office.js adapter) on the typed fake", () => {
  test("reads the same grids as the exceljs adapter, in a constant number of round-trips", async () => {
    const x = fakeFromGrids(sampleGrids);
    const wb = new ExcelWorkbook(x.run);
    const grids = await wb.readGrids();
    expect(grids.map((g) => g.name)).toEqual(sampleGrids.map((g) => g.name));
    const a = runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th").report;
    const b = runPipeline(sampleGrids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th").report;
    expect(a.items).toEqual(b.items);
    expect(a.measures).toEqual(b.measures);
    expect(x.tracker.syncCount).toBe(3);
  });

  test.each([1, 10, 100])(
    "round-trips do not grow with an unrelated sheet (%i× 10,000 cells), nor does what is pulled from it",
    async (k) => {
      const x = sampleWith(10_000 * k);
      const { wb, names } = await wholeRun(x);
      expect(names).toEqual(SAMPLE_DOCUMENTS);
      // Read: sheets and markers, used ranges, values. Write: the new sheets, the swap.
      expect(x.tracker.syncCount).toBe(3 + 2);
      expect(x.tracker.maxRequestBytes).toBeLessThan(5_000_000);
      expect(x.tracker.maxResponseBytes).toBeLessThan(5_000_000);
      expect(x.tracker.cellsLoaded.get("ข้อมูลอื่น")).toBe(k === 1 ? 10_000 : PROBE_ROWS * 10);
      // The budget sheet of the sample (12 cells) is read whole; so is a small unrelated sheet; a large one only probed.
      expect(wb.stats.cellsFromNonScoreSheets).toBe(12 + (k === 1 ? 10_000 : PROBE_ROWS * 10));
    },
  );

  test("a large provincial table is read whole, not cut at the probe", async () => {
    const x = new FakeExcel();
    const t = provincialTable(3000, [2568], 4);
    x.addSheet("ประเทศ", t.rows);
    const grids = await new ExcelWorkbook(x.run).readGrids();
    expect(grids[0]!.rows.length).toBe(t.rows.length);
    expect(t.rows.length).toBeGreaterThan(PROBE_ROWS * 10);
  });

  test("writes the documents: values, text that looks like a formula stays text, markers, formats, print setup", async () => {
    const x = fakeFromGrids(sampleGrids);
    x.addSheet("สูตร", [
      ["ข้อ", "2566"],
      ["I1 =HYPERLINK(1)", 90],
      ["I2", 80],
    ]);
    await wholeRun(x);
    const analysis = x.sheet("วิเคราะห์ ITA 2567");
    expect(analysis.cells.get("0,0")).toMatch(/^ผลการวิเคราะห์การประเมินคุณธรรม/);
    expect([...analysis.cells.values()].some((v) => typeof v === "object")).toBe(false);
    expect(x.names.map((n) => n.name)).toEqual([
      "ITAAnalyzer_analysis_1",
      "ITAAnalyzer_measures_2",
      "ITAAnalyzer_results_3",
      "ITAAnalyzer__written",
    ]);
    expect(x.names[0]!.value).toBe("='วิเคราะห์ ITA 2567'!$A$1");
    expect(analysis.formats).toContain("A3:I4 font.bold=true");
    expect(analysis.formats).toContain("A3:I3 fill.color=#D9E2F3");
    expect(analysis.merges).toContain("A1:I1");
    expect(analysis.frozenRows).toBe(3);
    expect(analysis.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$3:$3",
    });
    // The chart stands beside the table: the print area is the document's columns, so it never prints on its own.
    expect(analysis.pageLayout.printArea).toBe("A1:I92");
    // The margins the page breaks were laid out for, and the breaks themselves, above the rows that start pages.
    const spec = runPipeline(sampleGrids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th").specs.find(
      (s) => s.kind === "analysis",
    )!;
    expect(analysis.pageLayout).toMatchObject({
      leftMargin: 36,
      rightMargin: 36,
      topMargin: 43.2,
      bottomMargin: 43.2,
      headerMargin: 21.6,
      footerMargin: 21.6,
      // Each document's pages from 1 ("หน้า 2"), also when the workbook is printed whole.
      firstPageNumber: 1,
      "footer.center": "หน้า &P",
    });
    expect(analysis.pageLayout["headersFooters.state"]).toBeUndefined();
    expect(spec.print.rowBreaks?.length).toBeGreaterThan(0);
    expect(analysis.pageLayout.pageBreaks).toEqual(spec.print.rowBreaks!.map((r) => `A${r + 1}`));
    // The sample has no adopted measures sheet: the results report's first row, a note to the officer, does not print.
    const results = x.sheet("รายงานผลมาตรการ 2567");
    expect(String(results.cells.get("0,0"))).toMatch(/^หมายเหตุถึงผู้จัดทำ/);
    expect(results.pageLayout.printArea).toMatch(/^A2:H\d+$/);
    // The measure id and record, and each row's record of what the tool wrote (rowRecord.ts).
    expect(x.sheet("มาตรการ ITA 2568").hiddenColumns).toEqual(new Set([6, 7, 8]));
    // The Excel chart of indicator scores by year: each series built explicitly, the indicators on the axis.
    expect(analysis.charts).toEqual([
      {
        type: "ColumnClustered",
        source: "D5:D14",
        title: "คะแนนตัวชี้วัดรายปี",
        series: [
          { name: "2566", values: "D5:D14", xValues: "A5:A14" },
          { name: "2567", values: "E5:E14", xValues: "A5:A14" },
        ],
        position: "K5:K5",
      },
    ]);
    expect(x.sheets.some((s) => s.name.startsWith("~ITA"))).toBe(false);
  });

  test("a formula-looking text is written with Excel's text prefix, never as a formula", async () => {
    const x = new FakeExcel();
    x.addSheet("ข้อ", [
      ["ข้อ", "คะแนน 2566"],
      ["I1 =cmd|' /C calc'!A0", 70],
      ["I3", 90],
    ]);
    await wholeRun(x);
    const cells = [...x.sheet("วิเคราะห์ ITA 2566").cells.values()];
    expect(cells).toContain("=cmd|' /C calc'!A0");
    expect(cells.some((v) => typeof v === "object")).toBe(false);
  });

  test("running again replaces the generated sheets (found by marker, even renamed) and keeps the officer's", async () => {
    const x = fakeFromGrids(sampleGrids);
    await wholeRun(x);
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("มาตรการ ITA 2568").name = "มาตรการของเรา";
      await ctx.sync();
    });
    await wholeRun(x);
    expect(x.sheets.map((s) => s.name)).toEqual(SAMPLE_OUTPUT_SHEETS);
    expect(x.names).toHaveLength(4); // three markers and the list of what the tool wrote
  });

  test("a failed run leaves the workbook as it was: no temporary sheets, no markers, same cells", async () => {
    const x = fakeFromGrids(sampleGrids);
    const before = JSON.stringify(x.sheets.map((s) => [s.name, [...s.cells]]));
    x.tracker.failAt = { sync: 3 + 1, action: 10 }; // the write of the new sheets
    await expect(wholeRun(x)).rejects.toThrow(/fail this action/);
    expect(JSON.stringify(x.sheets.map((s) => [s.name, [...s.cells]]))).toBe(before);
    expect(x.names).toEqual([]);
  });

  test("a protected workbook gets a clear error and is not touched", async () => {
    const x = fakeFromGrids(sampleGrids);
    x.workbookProtected = true;
    await expect(wholeRun(x)).rejects.toBeInstanceOf(ProtectedError);
    expect(x.sheets).toHaveLength(sampleGrids.length);
  });

  test("a protected generated sheet stops the replacement before anything is deleted", async () => {
    const x = fakeFromGrids(sampleGrids);
    await wholeRun(x);
    x.sheet("มาตรการ ITA 2568").protected = true;
    const before = x.sheets.map((s) => s.name);
    await expect(wholeRun(x)).rejects.toMatchObject({ sheet: "มาตรการ ITA 2568" });
    expect(x.sheets.map((s) => s.name)).toEqual(before);
    expect(x.names).toHaveLength(4); // three markers and the list of what the tool wrote
  });

  test("settings live in the workbook", async () => {
    const x = new FakeExcel();
    const wb = new ExcelWorkbook(x.run);
    expect(await wb.readSettings()).toBeNull();
    await wb.writeSettings({ threshold: 90, agency: "อบต.ทุ่งต่อ" });
    expect(JSON.parse(String(await new ExcelWorkbook(x.run).readSettings()))).toEqual({
      threshold: 90,
      agency: "อบต.ทุ่งต่อ",
    });
  });
});

describe("the selection", () => {
  test("is read as a grid at its place in the sheet", async () => {
    const x = new FakeExcel();
    x.addSheet("อื่น", [["x"]]);
    x.addSheet("ตาราง", [
      [null, null],
      [null, "ข้อ", "2567"],
      [null, "I1", 90],
    ]);
    x.selection = { sheet: "ตาราง", address: "B2:C3" };
    const g = await new ExcelWorkbook(x.run).readSelection();
    expect(g).toEqual({
      name: "ตาราง",
      rows: [
        ["ข้อ", "2567"],
        ["I1", 90],
      ],
      top: 1,
      left: 1,
    });
  });
});

test("a memo prints with the official margins and '- 2 -' at the top from its second page, none on the first", async () => {
  const x = fakeFromGrids(sampleGrids);
  const wb = new ExcelWorkbook(x.run);
  const grids = await wb.readGrids();
  const { specs } = runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
    documents: ["measuresMemo"],
  });
  await wb.writeSheets(specs);
  expect(x.sheet(specs[0]!.name).pageLayout).toMatchObject({
    orientation: "Portrait",
    leftMargin: 85.04,
    rightMargin: 56.69,
    firstPageNumber: 1,
    "headersFooters.state": "FirstAndDefault",
    "header.center": "- &P -",
    "firstPage.header.center": "",
  });
  expect(x.sheet(specs[0]!.name).pageLayout["footer.center"]).toBeUndefined();
});
