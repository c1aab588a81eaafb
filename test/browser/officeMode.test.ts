import { statSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { SheetGrid } from "../../src/analysis/grid";
import type { FakeExcel } from "../fakes/fakeExcel";
import { WEB, browserDescribe, launch, offline, serveBuild } from "../helpers/browser";
import { SAMPLE, SAMPLE_DOCUMENTS, SAMPLE_SHEETS, loadSampleGrids } from "../helpers/sample";
import { ARTIFACTS, buildFakeOffice } from "./paneBrowser";
import { ENGINE_WORKER_SCRIPT } from "../../src/taskpane/engineProtocol";

const maybe = browserDescribe();

type Snapshot = {
  sheets: string[];
  names: string[];
  syncCount: number;
  maxRequest: number;
  selected: string | null;
  cells: Record<string, unknown>;
};

maybe("the real pane and the real Office.js adapter, in Chromium, against the fake Excel", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveBuild>>;
  let fakeOffice: string;
  let grids: SheetGrid[];

  beforeAll(async () => {
    fakeOffice = await buildFakeOffice();
    grids = await loadSampleGrids();
    server = await serveBuild();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPane(api = "1.9", lang = "th-TH"): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 380, height: 900 } });
    await offline(page);
    await page.addInitScript(
      ([g, a, l]) => Object.assign(window, { __ITA_GRIDS__: g, __ITA_API__: a, __ITA_LANG__: l }),
      [grids, api, lang] as const,
    );
    await page.route("**/office.js", (route) =>
      route.fulfill({ contentType: "text/javascript", body: fakeOffice }),
    );
    await page.goto(`${server.url}/taskpane.html`);
    return page;
  }

  const snapshot = (page: Page) =>
    page.evaluate((): Snapshot => {
      const x = (window as unknown as { __ITA_FAKE__: FakeExcel }).__ITA_FAKE__;
      const measures = x.sheets.find((s) => s.name.startsWith("มาตรการ"));
      return {
        sheets: x.sheets.map((s) => s.name),
        names: x.names.map((n) => n.name),
        syncCount: x.tracker.syncCount,
        maxRequest: x.tracker.maxRequestBytes,
        selected: x.tracker.selected,
        cells: measures ? Object.fromEntries([...measures.cells].slice(0, 3)) : {},
      };
    });

  test("reads the workbook, shows the findings, selects cells, writes the documents in a few round-trips", async () => {
    const page = await openPane();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.getByTestId("latest-year").waitFor();
    expect(await page.getByTestId("total").textContent()).toBe("92.93");
    // 1 for the settings stored in the workbook, 3 to read the sheets.
    expect((await snapshot(page)).syncCount).toBe(1 + 3);

    await page.getByRole("button", { name: /^O8 / }).click();
    await page.waitForFunction(
      () => (window as unknown as { __ITA_FAKE__: FakeExcel }).__ITA_FAKE__.tracker.selected !== null,
    );
    expect((await snapshot(page)).selected).toBe("ITA 2567!D10");

    await page.getByRole("button", { name: "จัดทำเอกสาร" }).click();
    await page.getByTestId("written").waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "office-generated.png"), fullPage: true });
    const s = await snapshot(page);
    // The sample's sheets, then one sheet per document the pane lists (every document of ALL_DOCUMENTS it can write).
    const documents = s.sheets.slice(SAMPLE_SHEETS.length);
    expect(s.sheets.slice(0, SAMPLE_SHEETS.length)).toEqual(SAMPLE_SHEETS);
    expect(documents).toEqual(expect.arrayContaining(SAMPLE_DOCUMENTS));
    // A marker per document, and the list of the markers the tool wrote.
    expect(s.names).toHaveLength(documents.length + 1);
    await page
      .getByTestId("written")
      .getByRole("button", { name: /^แสดงชีต/ })
      .click();
    for (const name of documents) expect(await page.getByTestId("sheet-links").textContent()).toContain(name);
    expect(s.cells["0,0"]).toBe("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
    // 1 + 3 to open, 1 to select; Generate: 3 to read the workbook as it is now, 2 to write, 1 to save the
    // settings, 1 to show the measures sheet, 3 to read again.
    expect(s.syncCount).toBe(4 + 1 + 3 + 2 + 1 + 1 + 3);
    expect(await page.getByTestId("written").textContent()).toContain(
      `จัดทำเอกสารเรียบร้อย ${documents.length} ชีต`,
    );
    expect(s.maxRequest).toBeLessThan(5_000_000);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("an empty workbook: three steps, and the sample becomes sheets of this workbook", async () => {
    const saved = grids;
    grids = [{ name: "Sheet1", rows: [], top: 0, left: 0 }];
    const page = await openPane();
    grids = saved;
    await page.getByTestId("first-run").waitFor();
    expect(await page.getByText("เริ่มใช้งานใน 3 ขั้นตอน").count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, "office-first-run.png") });
    await page.getByRole("button", { name: "ลองกับไฟล์ตัวอย่าง" }).click();
    await page.getByTestId("summary").waitFor();
    const s = await snapshot(page);
    expect(s.sheets).toEqual(["Sheet1", ...SAMPLE_SHEETS.map((n) => `ตัวอย่าง ${n}`)]);
    expect(await page.getByTestId("total").textContent()).toBe("92.93");
    await page.context().close();
  });

  test("last year's measures file: exceljs loads only then, and the pane says which file it uses", async () => {
    const page = await openPane();
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(path.basename(r.url())));
    // exceljs is the one chunk of the build over 500 KB (about 1.2 MB) besides the engine's worker; the pane loads
    // others once its answer is drawn (the folded sections' forms, the worker), but not it.
    const large = () =>
      scripts.filter((f) => f !== ENGINE_WORKER_SCRIPT && statSync(path.join(WEB, f)).size > 500_000);
    await page.getByTestId("generate-bar").waitFor();
    await page.waitForLoadState("networkidle");
    expect(large()).toEqual([]);
    await page.getByRole("button", { name: "ตั้งค่าเอกสาร" }).click();
    await page.getByTestId("previous-file").setInputFiles(SAMPLE);
    await page.getByText("ใช้ไฟล์ ita-sample.xlsx (4 ชีต)").waitFor();
    expect(large()).toHaveLength(1);
    await page.context().close();
  });

  test("English when Office's display language is not Thai", async () => {
    const page = await openPane("1.9", "en-US");
    await page.getByTestId("latest-year").waitFor();
    expect(await page.getByRole("heading", { name: /^ITA results 2567/ }).count()).toBe(1);
    // The footer follows the card, once its code has loaded.
    await page.getByTestId("generate-bar").waitFor();
    expect(await page.getByRole("button", { name: "Generate documents" }).count()).toBe(1);
    await page.context().close();
  });

  test("a webview too old to run the bundle (no Proxy, as Internet Explorer 11) gets the same plain message", async () => {
    const page = await browser.newPage();
    await offline(page);
    await page.addInitScript(() => delete (window as { Proxy?: unknown }).Proxy);
    await page.route("**/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText("preview.html").waitFor();
    expect(await page.locator("#root").textContent()).toContain("This Excel is too old");
    await page.context().close();
  });

  test("an Excel too old for the pane gets a plain message pointing to the standalone page", async () => {
    const page = await openPane("1.4");
    await page.getByText("preview.html").waitFor();
    expect(await page.locator("#root").textContent()).toContain("Excel รุ่นนี้เก่าเกินไป");
    await page.context().close();
  });
});
