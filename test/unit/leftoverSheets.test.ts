import path from "node:path";
import type { SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { createOfficeHost } from "../../src/taskpane/officeHost";
import { PaneError } from "../../src/taskpane/paneHost";
import { CleanupError, ExcelWorkbook } from "../../src/workbook/excel/excelWorkbook";
import { fakeFromGrids } from "../fakes/fromGrids";
import { runCli } from "../helpers/cli";
import { SAMPLE_OUTPUT_SHEETS, loadSampleGrids } from "../helpers/sample";
import { readWorkbook, tempDir, writeWorkbook } from "../helpers/xlsx";

let sampleGrids: SheetGrid[];
beforeAll(async () => {
  sampleGrids = await loadSampleGrids();
});
afterEach(() => jest.restoreAllMocks());

/** What an interrupted Generate leaves: a temporary sheet holding a document, whose numbers look like scores. */
const LEFTOVER = [
  ["ข้อ", "คะแนน 2567"],
  ["I1", 5],
  ["I2", 5],
];

describe("temporary sheets left by an interrupted Generate", () => {
  test("in Excel: never read as scores, and removed by the next write", async () => {
    const x = fakeFromGrids(sampleGrids);
    x.addSheet("~ITA 4242 1", LEFTOVER);
    const wb = new ExcelWorkbook(x.run);
    const grids = await wb.readGrids();
    expect(grids.map((g) => g.name)).not.toContain("~ITA 4242 1");
    const { specs, report } = runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th");
    expect(report.items.some((i) => i.score === 5)).toBe(false);
    await wb.writeSheets(specs);
    expect(x.sheets.map((s) => s.name)).toEqual(SAMPLE_OUTPUT_SHEETS);
  });

  test("in a file: never read as scores, and not carried into the output", async () => {
    const dir = tempDir();
    const grids = await loadSampleGrids();
    const file = await writeWorkbook(path.join(dir, "ผล.xlsx"), [
      ...grids.map((g) => ({ name: g.name, rows: g.rows })),
      { name: "~ITA 4242 1", rows: LEFTOVER },
    ]);
    const r = await runCli([file, "--json", "-"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).items.some((i: { score: number }) => i.score === 5)).toBe(false);
    const names = (await readWorkbook(path.join(dir, "ผล-ita.xlsx"))).worksheets.map((w) => w.name);
    expect(names).not.toContain("~ITA 4242 1");
  });

  test("a write that fails and cannot remove its own temporary sheets never says the workbook is unchanged", async () => {
    const x = fakeFromGrids(sampleGrids);
    jest
      .spyOn(ExcelWorkbook.prototype, "writeSheets")
      .mockRejectedValue(new CleanupError(new Error("GeneralException")));
    const office = {
      isExcel: true,
      displayLanguage: "th-TH",
      themeBackground: undefined,
      supports: () => true,
    };
    const e: unknown = await createOfficeHost(office, x.run)
      .writeSheets([])
      .catch((err: unknown) => err);
    expect(e).toBeInstanceOf(PaneError);
    expect((e as PaneError).kind).toBe("leftovers");
  });
});
