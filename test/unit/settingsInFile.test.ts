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

  test("text that looks like Excel's _xHHHH_ escape is kept as typed (a web extension's value is plain XML)", async () => {
    const typed = "อบต._x0041_ ทดลอง";
    // Saved by Excel so, and read back as typed.
    const saved = await XlsxWorkbook.load(await withSavedSettings({ agency: typed }));
    expect(readSavedSettings(saved.savedSettings).settings.agency).toBe(typed);
    // Written by the page so, and read back as typed.
    const now = { ...DEFAULT_PANE_SETTINGS, agency: typed };
    const again = await XlsxWorkbook.load(await written(await withSavedSettings({ agency: "เดิม" }), now));
    expect(readSavedSettings(again.savedSettings).settings.agency).toBe(typed);
  });

  test("stored as Office stores a setting: the settings as JSON text, that text as JSON", async () => {
    const now = { ...DEFAULT_PANE_SETTINGS, agency: "อบต.หนึ่ง" };
    const again = await XlsxWorkbook.load(await written(await withSavedSettings({ agency: "เดิม" }), now));
    expect(again.savedSettings).toBe(JSON.stringify(now));
  });

  test("among other add-ins' parts (one with an encoding mark, one not even XML), only ours changes", async () => {
    const zip = await JSZip.loadAsync(await withSavedSettings({ agency: "เทศบาลเดิม" }));
    const ours = (await zip.file(PART)!.async("string"))
      .replace("<we:properties>", "<mc:AlternateContent><mc:Choice><we:properties>")
      .replace("</we:properties>", "</we:properties></mc:Choice></mc:AlternateContent>");
    zip.file(PART, ours);
    const others = {
      "xl/webextensions/webextension2.xml":
        '\ufeff<?xml version="1.0"?>\r\n<we:webextension xmlns:we="x"><we:properties><we:property name="Other.key" value=\'{"a":1}\'/></we:properties></we:webextension>',
      "xl/webextensions/webextension3.xml": "<we:webextension><we:properties><we:property name=",
    };
    for (const [part, text] of Object.entries(others)) zip.file(part, text);
    const out = await JSZip.loadAsync(
      await written(await zip.generateAsync({ type: "uint8array" }), {
        ...DEFAULT_PANE_SETTINGS,
        agency: "อบต.ใหม่",
      }),
    );
    for (const [part, text] of Object.entries(others))
      expect(await out.file(part)!.async("string")).toBe(text);
    const part = await out.file(PART)!.async("string");
    expect(part).toContain("<mc:AlternateContent><mc:Choice><we:properties>");
    expect(part).not.toContain("เทศบาลเดิม");
    expect(
      readSavedSettings(
        (await XlsxWorkbook.load(await out.generateAsync({ type: "uint8array" }))).savedSettings,
      ).settings.agency,
    ).toBe("อบต.ใหม่");
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
