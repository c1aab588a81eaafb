import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../helpers/cli";
import { convertWithLibreOffice, hasLibreOffice } from "../helpers/renderPdf";
import { richWorkbook } from "../helpers/richWorkbook";
import { readWorkbook } from "../helpers/xlsx";

const available = hasLibreOffice();
if (!available && process.env.CI) throw new Error("CI must install LibreOffice for the print tests");
const maybe = available ? describe : describe.skip;

maybe("another spreadsheet program opens the written package and saves it again", () => {
  test("LibreOffice reads every sheet, the chart and the pivot table of the officer's workbook with the documents", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ita-lo-"));
    const input = path.join(dir, "ผล.xlsx");
    writeFileSync(input, await richWorkbook());
    expect((await runCli([input])).code).toBe(0);
    const out = path.join(dir, "ผล-ita.xlsx");
    const resaved = path.join(dir, "resaved");
    convertWithLibreOffice(out, "xlsx", resaved, `${dir}/profile`);
    const again = path.join(resaved, "ผล-ita.xlsx");
    const names = (await readWorkbook(again)).worksheets.map((w) => w.name);
    expect(names.slice(0, 3)).toEqual(["คะแนน", "แผนภูมิ", "ซ่อน"]);
    expect(names).toContain("มาตรการ ITA 2567");
    expect(names).toHaveLength(10);
    const parts = Object.keys((await JSZip.loadAsync(readFileSync(again))).files);
    expect(parts.some((p) => p.startsWith("xl/charts/"))).toBe(true);
    expect(parts.some((p) => p.startsWith("xl/pivotTables/"))).toBe(true);
  });
});
