import type { SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { ExcelWorkbook } from "../../src/workbook/excel/excelWorkbook";
import type { FakeExcel } from "../fakes/fakeExcel";
import { fakeFromGrids } from "../fakes/fromGrids";
import { SAMPLE_DOCUMENTS, SAMPLE_OUTPUT_SHEETS, loadSampleGrids } from "../helpers/sample";

let sampleGrids: SheetGrid[];
beforeAll(async () => {
  sampleGrids = await loadSampleGrids();
});

async function wholeRun(x: FakeExcel, threshold: number): Promise<string[]> {
  const wb = new ExcelWorkbook(x.run);
  const { specs } = runPipeline(
    await wb.readGrids(),
    { ...DEFAULT_SETTINGS, threshold },
    DEFAULT_DOC_OPTIONS,
    "th",
  );
  return wb.writeSheets(specs);
}

/** The generated documents' cells, found through their markers. */
function documents(x: FakeExcel): string {
  const bySheet = x.names.map((n) => {
    const sheet = x.sheets.find((s) => n.value === `='${s.name.replace(/'/g, "''")}'!$A$1`);
    return [n.name.replace(/_\d+$/, ""), sheet?.name ?? "(dead marker)", [...(sheet?.cells ?? [])]];
  });
  return JSON.stringify(bySheet.sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
}

async function afterFirstRun(): Promise<FakeExcel> {
  const x = fakeFromGrids(sampleGrids);
  await wholeRun(x, 85);
  return x;
}

test("a failure at any action of any sync of a run leaves either the old documents or the new ones", async () => {
  const old = documents(await afterFirstRun());
  const clean = await afterFirstRun();
  const syncsBefore = clean.tracker.syncCount;
  await wholeRun(clean, 95);
  const fresh = documents(clean);
  expect(fresh).not.toBe(old);
  const perSync = clean.tracker.actionsPerSync.slice(syncsBefore);
  expect(perSync).toHaveLength(5);
  let cases = 0;
  for (const [s, actions] of perSync.entries()) {
    const picks =
      actions <= 40 ? [...Array(actions).keys()] : [0, 1, 2, actions >> 1, actions - 2, actions - 1];
    for (const action of picks) {
      const x = await afterFirstRun();
      x.tracker.failAt = { sync: x.tracker.syncCount + s + 1, action };
      const outcome = await wholeRun(x, 95).then(
        (names) => names,
        (e: unknown) => (e instanceof Error ? e.message : String(e)),
      );
      const now = documents(x);
      const where = `sync ${s + 1} action ${action}: ${JSON.stringify(outcome)}`;
      expect([where, now === old || now === fresh]).toEqual([where, true]);
      expect([where, x.sheets.map((sh) => sh.name)]).toEqual([where, SAMPLE_OUTPUT_SHEETS]);
      expect([where, x.names.filter((n) => n.value.includes("#REF!"))]).toEqual([where, []]);
      if (Array.isArray(outcome)) expect(outcome).toEqual(SAMPLE_DOCUMENTS);
      cases++;
    }
  }
  expect(cases).toBeGreaterThan(20);
});
