import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { SAMPLE, loadSampleGrids } from "../helpers/sample";

// Excel reads "_x0041_" in a cell's text as its escape of "A"; text typed so is written "_x005F_x0041_".
const AGENCY = "อบต._x0041_ทดลอง";

test("an agency typed like Excel's _xHHHH_ escape prints as typed in the written documents", async () => {
  const options = { ...DEFAULT_DOC_OPTIONS, agency: AGENCY };
  const { specs } = runPipeline(await loadSampleGrids(), DEFAULT_SETTINGS, options, "th");
  const wb = await XlsxWorkbook.load(readFileSync(SAMPLE));
  await wb.writeSheets(specs);
  const out = await wb.toBuffer();
  const grids = await (await XlsxWorkbook.load(out)).readGrids();
  const all = grids.flatMap((g) => g.rows.flat().filter((v): v is string => typeof v === "string"));
  expect(all.some((t) => t.includes(AGENCY))).toBe(true);
  expect(all.some((t) => t.includes("อบต.Aทดลอง"))).toBe(false);
  // As Excel is to read it: the run escaped, in a generated sheet's part.
  const zip = await JSZip.loadAsync(out);
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
      .map((p) => zip.file(p)!.async("string")),
  );
  expect(parts.some((x) => x.includes("อบต._x005F_x0041_ทดลอง"))).toBe(true);
  expect(parts.some((x) => /อบต\._x0041_/.test(x))).toBe(false);
});
