import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import type { SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { ExcelWorkbook } from "../../src/workbook/excel/excelWorkbook";
import { fakeFromGrids } from "../fakes/fromGrids";
import { runCli } from "../helpers/cli";
import { SAMPLE, SAMPLE_DOCUMENTS, SAMPLE_SHEETS, loadSampleGrids } from "../helpers/sample";
import { readWorkbook, tempDir } from "../helpers/xlsx";

let sampleGrids: SheetGrid[];
beforeAll(async () => {
  sampleGrids = await loadSampleGrids();
});

/** A measures sheet from another agency's workbook, copied in with Excel's Move or Copy: its marker came along. */
const COPIED = [
  ["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ของหน่วยงานอื่น"],
  ["ข้อ", "คะแนน 2567"],
  ["I1", 12],
];

async function run(x: ReturnType<typeof fakeFromGrids>) {
  const wb = new ExcelWorkbook(x.run);
  const { specs, report } = runPipeline(await wb.readGrids(), DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th");
  return { names: await wb.writeSheets(specs), report };
}

describe("a marker the tool did not write never makes it replace or read a sheet", () => {
  test("in Excel: a copied document stays, is not read as scores, and the tool's own list names only its sheets", async () => {
    const x = fakeFromGrids(sampleGrids);
    x.addSheet("มาตรการของกรมอื่น", COPIED);
    x.names.push({ name: "ITAAnalyzer_measures_2", value: "='มาตรการของกรมอื่น'!$A$1" });
    const first = await run(x);
    expect(first.report.items.some((i) => i.score === 12)).toBe(false);
    expect(first.report.diagnostics.map((d) => d.code)).toContain("copiedDocument");
    const second = await run(x);
    expect(second.names).toEqual(SAMPLE_DOCUMENTS);
    expect(x.sheets.map((s) => s.name)).toEqual([...SAMPLE_SHEETS, "มาตรการของกรมอื่น", ...SAMPLE_DOCUMENTS]);
    expect(x.names.find((n) => n.name === "ITAAnalyzer_measures_2")!.value).toBe("='มาตรการของกรมอื่น'!$A$1");
    const registry = x.names.find((n) => n.name === "ITAAnalyzer__written")!.value;
    expect(registry).not.toContain("measures_2");
    expect(registry.match(/_\d+/g)).toHaveLength(3);
  });

  test("in a file: a name ITAAnalyzer_… typed by someone, in a workbook the tool wrote before, deletes nothing", async () => {
    const dir = tempDir();
    const input = path.join(dir, "ผล.xlsx");
    writeFileSync(input, readFileSync(SAMPLE));
    expect((await runCli([input, "--out", input.replace(".xlsx", "-1.xlsx")])).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(input.replace(".xlsx", "-1.xlsx")));
    const wbXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      wbXml.replace(
        "</definedNames>",
        "<definedName name=\"ITAAnalyzer_results_9\">'งบประมาณ'!$A$1</definedName></definedNames>",
      ),
    );
    const second = path.join(dir, "ผล-2.xlsx");
    writeFileSync(second, await zip.generateAsync({ type: "uint8array" }));
    const r = await runCli([second, "--json", "-"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code)).toContain("copiedDocument");
    const names = (await readWorkbook(path.join(dir, "ผล-2-ita.xlsx"))).worksheets.map((w) => w.name);
    expect(names).toContain("งบประมาณ");
    expect(names.filter((n) => n === "มาตรการ ITA 2568")).toHaveLength(1);
  });
});
