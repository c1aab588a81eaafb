import type { SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { ExcelWorkbook } from "../../src/workbook/excel/excelWorkbook";
import { FakeExcel } from "../fakes/fakeExcel";
import { fakeFromGrids } from "../fakes/fromGrids";
import { tinySpec } from "../fakes/specs";
import { SAMPLE_DOCUMENTS, SAMPLE_OUTPUT_SHEETS, loadSampleGrids } from "../helpers/sample";
import { loadRealOfficeJs, realRunner } from "./realOfficeJs";

let sampleGrids: SheetGrid[];
let office: ReturnType<typeof loadRealOfficeJs>;
beforeAll(async () => {
  sampleGrids = await loadSampleGrids();
  office = loadRealOfficeJs();
});

async function wholeRun(x: FakeExcel, threshold = 85) {
  const { run, server } = realRunner(office, x);
  const wb = new ExcelWorkbook(run);
  const grids = await wb.readGrids();
  const { specs, report } = runPipeline(grids, { ...DEFAULT_SETTINGS, threshold }, DEFAULT_DOC_OPTIONS, "th");
  const names = await wb.writeSheets(specs);
  return { names, report, server, wb };
}

describe("the adapter through the real Office.js client (excel-web-16.00), against the fake workbook", () => {
  test("a whole run: the same analysis and documents, in at most 5 requests, the largest under 1 MB", async () => {
    const x = fakeFromGrids(sampleGrids);
    const { names, report, server } = await wholeRun(x);
    const direct = runPipeline(sampleGrids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th").report;
    expect(report.items).toEqual(direct.items);
    expect(names).toEqual(SAMPLE_DOCUMENTS);
    expect(x.sheets.map((s) => s.name)).toEqual(SAMPLE_OUTPUT_SHEETS);
    expect(x.names.map((n) => n.name)).toEqual([
      "ITAAnalyzer_analysis_1",
      "ITAAnalyzer_measures_2",
      "ITAAnalyzer_results_3",
      "ITAAnalyzer__written",
    ]);
    const work = server.requests.filter((r) => !r.cleanup);
    expect(work).toHaveLength(5);
    expect(Math.max(...server.requests.map((r) => r.bytes))).toBeLessThan(1024 * 1024);
    expect(Math.max(...server.requests.map((r) => r.responseBytes))).toBeLessThan(1024 * 1024);
    expect(x.sheet("วิเคราะห์ ITA 2567").charts[0]!.series).toHaveLength(2);
  });

  test("running again after the officer deleted a generated sheet replaces the rest and removes the #REF! marker", async () => {
    const x = fakeFromGrids(sampleGrids);
    await wholeRun(x);
    await realRunner(office, x).run(async (ctx) => {
      ctx.workbook.worksheets.getItem("มาตรการ ITA 2568").delete();
      await ctx.sync();
    });
    expect(x.names.filter((n) => n.value.includes("#REF!"))).toHaveLength(1);
    expect((await wholeRun(x)).names).toEqual(SAMPLE_DOCUMENTS);
    expect(x.sheets.map((s) => s.name)).toEqual(SAMPLE_OUTPUT_SHEETS);
    expect(x.names.filter((n) => n.value.includes("#REF!"))).toEqual([]);
  });

  test("a failure at any action of the swap leaves the old documents or the new ones", async () => {
    const before = fakeFromGrids(sampleGrids);
    await wholeRun(before);
    const probe = fakeFromGrids(sampleGrids);
    await wholeRun(probe);
    const syncs = probe.tracker.syncCount;
    await wholeRun(probe, 95);
    const swap = probe.tracker.syncCount - 1; // the last fake sync of the second run is the swap
    const swapActions = probe.tracker.actionsPerSync[swap - 1]!;
    expect(syncs).toBeLessThan(swap);
    for (let action = 0; action < swapActions; action++) {
      const x = fakeFromGrids(sampleGrids);
      await wholeRun(x);
      x.tracker.failAt = { sync: swap, action };
      await wholeRun(x, 95).catch(() => undefined);
      expect([action, x.sheets.map((s) => s.name)]).toEqual([action, SAMPLE_OUTPUT_SHEETS]);
      expect([action, x.names.length, x.names.some((n) => n.value.includes("#REF!"))]).toEqual([
        action,
        4,
        false,
      ]);
    }
  });

  test("'use selection' on whole columns reads only the used part", async () => {
    const x = new FakeExcel();
    x.addSheet("ตาราง", [
      ["ข้อ", "2567"],
      ["I1", 90],
    ]);
    x.selection = { sheet: "ตาราง", address: "A:C" };
    const g = await new ExcelWorkbook(realRunner(office, x).run).readSelection();
    expect(g).toEqual({
      name: "ตาราง",
      rows: [
        ["ข้อ", "2567"],
        ["I1", 90],
      ],
      top: 0,
      left: 0,
    });
  });

  test("Thai text-heavy sheets and documents travel in requests and responses under 5 MB", async () => {
    const x = new FakeExcel();
    const text = "หน่วยงานมีการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างประจำปีอย่างครบถ้วน";
    for (let s = 0; s < 3; s++)
      x.addSheet(
        `ข้อมูล ${s}`,
        Array.from({ length: 1900 }, (_, r) => Array.from({ length: 10 }, () => `${text} ${r}`)),
      );
    const { run, server } = realRunner(office, x);
    const wb = new ExcelWorkbook(run);
    expect((await wb.readGrids()).map((g) => g.rows.length)).toEqual([1900, 1900, 1900]);
    const long = "ก".repeat(30_000);
    const specs = [1, 2, 3].map((i) =>
      tinySpec(
        `ยาว ${i}`,
        Array.from({ length: 40 }, () => [long, "ข้อ", 1]),
      ),
    );
    await wb.writeSheets(specs);
    expect(x.sheet("ยาว 3").cells.get("39,0")).toBe(long);
    expect(Math.max(...server.requests.map((r) => r.bytes))).toBeLessThan(5 * 1024 * 1024);
    expect(Math.max(...server.requests.map((r) => r.responseBytes))).toBeLessThan(5 * 1024 * 1024);
  });
});
