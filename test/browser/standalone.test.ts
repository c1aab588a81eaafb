import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { browserDescribe, launch, offline, serveBuild } from "../helpers/browser";
import { readWorkbook, tempDir } from "../helpers/xlsx";
import { SAMPLE, SAMPLE_DOCUMENTS, SAMPLE_SHEETS } from "../helpers/sample";
import { ARTIFACTS, axeViolations } from "./paneBrowser";
import { sampleWithList } from "../helpers/bigWorkbook";

const maybe = browserDescribe();

maybe("the standalone page in Chromium: sample workbook to downloaded documents", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveBuild>>;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveBuild();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPage(width: number, height = 900): Promise<{ page: Page; scripts: string[] }> {
    const context = await browser.newContext({
      locale: "th-TH",
      acceptDownloads: true,
      viewport: { width, height },
    });
    const page = await context.newPage();
    await offline(page);
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(path.basename(r.url())));
    await page.goto(`${server.url}/preview.html`);
    return { page, scripts };
  }

  test("open, check the findings, generate, download, and verify the workbook", async () => {
    const { page, scripts } = await openPage(1280);
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    // The frame is there before exceljs: its chunk loads when a file is chosen.
    await page.getByTestId("drop-zone").waitFor();
    const before = [...scripts];
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "standalone-start-1280.png") });
    await page.getByTestId("file").setInputFiles(SAMPLE);
    await page.getByTestId("latest-year").waitFor();
    expect(scripts.length).toBeGreaterThan(before.length);
    expect(await page.getByTestId("total").textContent()).toBe("92.93");
    const flagged = await page.getByTestId("flagged").textContent();
    for (const code of ["O7", "O8", "O9", "O30", "E9"]) expect(flagged).toContain(code);
    await page.getByRole("button", { name: "คะแนนรายตัวชี้วัด" }).click();
    const indicators = page.getByRole("table", { name: "คะแนนรายตัวชี้วัด" });
    await indicators.waitFor();
    expect(await indicators.locator("tbody tr").count()).toBe(10);
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "standalone-results.png"), fullPage: true });

    await page.getByRole("button", { name: "จัดทำเอกสาร" }).click();
    await page.getByTestId("written").waitFor();
    // The result is one line; the sheets unfold on demand.
    await page
      .getByTestId("written")
      .getByRole("button", { name: /^แสดงชีต/ })
      .click();
    expect(await page.getByTestId("sheet-links").textContent()).toContain("มาตรการ ITA 2568");
    // Another file before downloading asks first, the safe answer focused; "back" keeps everything.
    await page.getByRole("button", { name: "เปิดไฟล์อื่น" }).click();
    const ask = page.getByTestId("discard-confirm");
    await ask.waitFor();
    expect(
      await ask
        .getByRole("button", { name: "ยกเลิก กลับไปดาวน์โหลด" })
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
    // It names the button the page shows.
    expect(await ask.textContent()).toContain("“ดาวน์โหลดไฟล์ผลลัพธ์”");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "standalone-discard-confirm.png") });
    await ask.getByRole("button", { name: "ยกเลิก กลับไปดาวน์โหลด" }).click();
    await ask.waitFor({ state: "detached" });
    await page.getByTestId("written").waitFor();
    // Leaving before downloading asks first.
    const dialog = page.waitForEvent("dialog");
    void page.reload().catch(() => undefined);
    const asked = await dialog;
    expect(asked.type()).toBe("beforeunload");
    await asked.dismiss();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "ดาวน์โหลดไฟล์ผลลัพธ์" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("ita-sample-ita.xlsx");
    const file = path.join(tempDir(), download.suggestedFilename());
    await download.saveAs(file);
    await page.screenshot({ path: path.join(ARTIFACTS, "standalone-generated.png") });
    // Downloaded: another file opens the file chooser at once.
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "เปิดไฟล์อื่น" }).click(),
    ]);
    expect(chooser).toBeTruthy();
    expect(await page.getByTestId("discard-confirm").count()).toBe(0);

    const wb = await readWorkbook(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, SAMPLE_SHEETS.length)).toEqual(SAMPLE_SHEETS);
    expect(names.slice(SAMPLE_SHEETS.length)).toEqual(expect.arrayContaining(SAMPLE_DOCUMENTS));
    expect(String(wb.getWorksheet("มาตรการ ITA 2568")!.getCell("A1").value)).toBe(
      "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test("on a phone (390 px): the bundled sample, then another file from the header", async () => {
    const { page } = await openPage(390, 844);
    await page.getByRole("button", { name: "ลองกับไฟล์ตัวอย่าง" }).click();
    await page.getByTestId("summary").waitFor();
    expect(await page.getByTestId("total").textContent()).toBe("92.93");
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "standalone-390.png") });
    await page.getByRole("button", { name: "เปิดไฟล์อื่น" }).waitFor();
    await page.getByTestId("file").setInputFiles({
      name: "notes.xlsx",
      mimeType: "text/plain",
      buffer: Buffer.from("not a workbook"),
    });
    await page.getByTestId("error").waitFor();
    expect(await page.getByTestId("error").textContent()).toContain("ไม่ใช่ไฟล์ Excel");
    await page.context().close();
  });

  test("a 300,000-cell workbook is read, written and packed in a worker: progress at once, never frozen", async () => {
    const { page, scripts } = await openPage(1280);
    await page.getByTestId("drop-zone").waitFor();
    // Long tasks on the page's thread while the file is read and analysed (the Long Tasks API, Chromium).
    await page.evaluate(() => {
      Reflect.set(window, "longest", 0);
      new PerformanceObserver((l) => {
        for (const e of l.getEntries())
          Reflect.set(window, "longest", Math.max(Number(Reflect.get(window, "longest")), e.duration));
      }).observe({ type: "longtask", buffered: false });
    });
    await page.getByTestId("file").setInputFiles({
      name: "ผลและบุคลากร.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await sampleWithList(30_000, 10),
    });
    await page.getByTestId("reading").waitFor({ timeout: 1_000 });
    await page.getByTestId("total").waitFor({ timeout: 60_000 });
    expect(scripts).toContain("xlsx-worker.js");
    const longest = () =>
      page.evaluate(() => {
        const v = Number(Reflect.get(window, "longest"));
        Reflect.set(window, "longest", 0);
        return v;
      });
    expect(await longest()).toBeLessThan(1_000);
    // Generate and Download too: the workbook is written and packed in the worker; the page stays live.
    await page.getByTestId("generate-bar").waitFor({ timeout: 30_000 });
    const agency = page.getByTestId("agency-ask");
    if (await agency.count()) await agency.fill("เทศบาลตำบลทดลอง");
    await page.getByRole("button", { name: "จัดทำเอกสาร" }).click();
    await page.getByTestId("written").waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "ดาวน์โหลดไฟล์ผลลัพธ์" }).click(),
    ]);
    await download.path();
    const frozen = await longest();
    console.log(
      `longest task while generating and downloading a 300,000-cell workbook: ${Math.round(frozen)} ms`,
    );
    expect(frozen).toBeLessThan(1_000);
    await page.context().close();
  });
});
