import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { createFileHost } from "../../src/taskpane/fileHost";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/paneHost";
import { readSavedSettings } from "../../src/taskpane/savedSettings";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { packageProblems } from "../helpers/packageCheck";
import { SAMPLE, loadSampleGrids } from "../helpers/sample";
import { withSavedSettings } from "../helpers/savedSettings";

const PART = "xl/webextensions/webextension1.xml";

async function documents() {
  const { specs } = runPipeline(await loadSampleGrids(), DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th");
  return specs;
}

/** Generate, then the file as downloaded, with `settings` as they are on the page. */
async function written(bytes: Uint8Array, settings: unknown): Promise<Uint8Array> {
  const wb = await XlsxWorkbook.load(bytes);
  await wb.writeSheets(await documents());
  return wb.toBuffer(settings);
}

describe("settings set on the standalone page go into the downloaded file, where Excel saved the pane's", () => {
  test("the new settings replace the saved ones; the part's other properties stay; the file opens", async () => {
    const before = await withSavedSettings({ agency: "เทศบาลเดิม", threshold: 85 });
    const now = { ...DEFAULT_PANE_SETTINGS, agency: 'อบต. "ใหม่" & <ทดลอง>', executiveName: "นายทดลอง ใจดี" };
    const out = await written(before, now);
    const again = await XlsxWorkbook.load(out);
    const read = readSavedSettings(again.savedSettings);
    expect(read.unreadable).toBe(false);
    expect(read.settings.agency).toBe('อบต. "ใหม่" & <ทดลอง>');
    expect(read.settings.executiveName).toBe("นายทดลอง ใจดี");
    const part = await (await JSZip.loadAsync(out)).file(PART)!.async("string");
    expect(part).toContain('name="Office.AutoShowTaskpaneWithDocument" value="true"');
    expect(part).not.toContain("เทศบาลเดิม");
    expect(await packageProblems(out)).toEqual([]);
  });

  test("no settings given: the saved ones stay as they were, byte for byte", async () => {
    const before = await withSavedSettings({ agency: "เทศบาลเดิม" });
    const out = await written(before, undefined);
    const part = async (b: Uint8Array) => (await JSZip.loadAsync(b)).file(PART)!.async("string");
    expect(await part(out)).toBe(await part(before));
  });

  test("a file where Excel saved no settings gets no part of them (Excel adds it, with the add-in)", async () => {
    const out = await written(new Uint8Array(readFileSync(SAMPLE)), {
      ...DEFAULT_PANE_SETTINGS,
      agency: "อบต.หนึ่ง",
    });
    const zip = await JSZip.loadAsync(out);
    expect(Object.keys(zip.files).filter((p) => p.includes("webextension"))).toEqual([]);
    expect((await XlsxWorkbook.load(out)).savedSettings).toBeNull();
  });

  test("the page's host: what the officer set before Generate is in the download", async () => {
    const bytes = await withSavedSettings({ agency: "เทศบาลเดิม" });
    // No Worker in node: the workbook opens on this thread, as on a page opened from disk.
    const host = await createFileHost(
      { name: "ผล.xlsx", arrayBuffer: async () => bytes.slice().buffer },
      "th",
    );
    await host.writeSheets(await documents());
    await host.writeSettings({ ...DEFAULT_PANE_SETTINGS, agency: "อบต.ที่พิมพ์ในหน้านี้" });
    const file = await host.download!();
    const again = await XlsxWorkbook.load(new Uint8Array(await file.blob.arrayBuffer()));
    expect(readSavedSettings(again.savedSettings).settings.agency).toBe("อบต.ที่พิมพ์ในหน้านี้");
  });
});
