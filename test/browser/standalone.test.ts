import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { browserAvailable, launch, offline, serveBuild } from "../helpers/browser";
import { readWorkbook, tempDir } from "../helpers/xlsx";
import { SAMPLE, SAMPLE_OUTPUT_SHEETS } from "../helpers/sample";

const ARTIFACTS = path.join(__dirname, "..", "..", "test-output");

if (!browserAvailable() && process.env.CI)
  throw new Error("CI must install chromium and build dist/web before the browser tests");
const maybe = browserAvailable() ? describe : describe.skip;

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

  test("open, check the findings, generate, download, and verify the workbook", async () => {
    const page = await browser.newPage({
      locale: "th-TH",
      acceptDownloads: true,
      viewport: { width: 420, height: 900 },
    });
    const outside = await offline(page);
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`${server.url}/preview.html`);
    await page.getByTestId("file").setInputFiles(SAMPLE);
    await page.getByTestId("latest-year").waitFor();
    expect(await page.getByTestId("latest-year").textContent()).toBe("2567");
    expect(await page.getByTestId("total").textContent()).toBe("92.93");
    const flagged = await page.getByTestId("flagged").textContent();
    for (const code of ["O7", "O8", "O9", "O30", "E9"]) expect(flagged).toContain(code);
    expect(await page.getByRole("table", { name: "ตัวชี้วัด" }).locator("tbody tr").count()).toBe(10);
    await page.screenshot({ path: path.join(ARTIFACTS, "standalone-results.png"), fullPage: true });

    await page.getByRole("button", { name: "จัดทำเอกสาร" }).click();
    await page.getByTestId("written").waitFor();
    expect(await page.getByTestId("written").textContent()).toContain("มาตรการ ITA 2568");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "ดาวน์โหลดไฟล์ผลลัพธ์" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("ita-sample-ita.xlsx");
    const file = path.join(tempDir(), download.suggestedFilename());
    await download.saveAs(file);
    await page.screenshot({ path: path.join(ARTIFACTS, "standalone-generated.png"), fullPage: true });

    const wb = await readWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SAMPLE_OUTPUT_SHEETS);
    expect(String(wb.getWorksheet("มาตรการ ITA 2568")!.getCell("A1").value)).toBe(
      "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    );
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a file that is not a workbook gets a clear message", async () => {
    const page = await browser.newPage({ locale: "th-TH" });
    await offline(page);
    await page.goto(`${server.url}/preview.html`);
    await page
      .getByTestId("file")
      .setInputFiles({ name: "notes.xlsx", mimeType: "text/plain", buffer: Buffer.from("not a workbook") });
    await page.getByTestId("error").waitFor();
    expect(await page.getByTestId("error").textContent()).toContain("ไม่ใช่ไฟล์ Excel");
    await page.close();
  });
});
