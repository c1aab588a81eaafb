import type { Browser } from "playwright-core";
import { browserDescribe, launch, serveBuild } from "../helpers/browser";
import { provincialTable } from "../helpers/provincialTable";
import { buildFakeOffice, openPane } from "./paneBrowser";

const maybe = browserDescribe();

maybe("the pane on a large workbook in Excel: said in words, analysed in the worker, never frozen", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveBuild>>;

  beforeAll(async () => {
    server = await serveBuild();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("a province's 2,000 agencies (90,000 cells): the size in words at once, the engine in its worker", async () => {
    // Every cell of a table of agencies is read (it holds scores): 2,000 agencies over three years.
    const table = provincialTable(2_000, [2566, 2567, 2568]);
    const grids = [{ name: "ITA จังหวัด", rows: table.rows, top: 0, left: 0 }];
    const page = await openPane(browser, server.url, await buildFakeOffice(), {
      grids,
      width: 350,
      height: 560,
    });
    // From the start of the load: when words with the workbook's size first show, and the longest task on the
    // page's thread (the Long Tasks API, Chromium).
    await page.addInitScript(() => {
      const seen = { wordsAt: -1, words: "", longest: 0 };
      Object.assign(window, { __seen: seen });
      new MutationObserver(() => {
        const busy = document.querySelector("[data-testid=reading-workbook], [data-testid=analysing]");
        if (seen.wordsAt < 0 && busy?.textContent?.includes("เซลล์")) {
          seen.wordsAt = performance.now();
          seen.words = busy.textContent;
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) seen.longest = Math.max(seen.longest, e.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    await page.reload();
    await page.getByTestId("summary").waitFor({ timeout: 60_000 });
    const seen = () =>
      page.evaluate(() => {
        const s = Reflect.get(window, "__seen") as { wordsAt: number; words: string; longest: number };
        const grids = performance.getEntriesByName("ita:grids")[0]?.startTime ?? NaN;
        const out = { ...s, grids };
        s.longest = 0;
        return out;
      });
    const read = await seen();
    expect(read.words).toMatch(/^กำลัง(อ่าน|วิเคราะห์) 1 ชีต \(9\d,\d{3} เซลล์\)…$/);
    // Said no later than 100 ms after the values arrived (the read says its size before they do).
    expect(read.wordsAt).toBeLessThanOrEqual(read.grids + 100);
    // Answered by the worker: only its answers leave this measure.
    expect(await page.evaluate(() => performance.getEntriesByName("ita:engine:view").length)).toBe(1);
    // What follows the card (the comparison among it) loads once the card is drawn: waited for, not raced.
    await page.getByTestId("compare").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("compare").count()).toBe(1);

    await page.getByTestId("generate-bar").waitFor({ timeout: 30_000 });
    const agency = page.getByTestId("agency-ask");
    if (await agency.count()) await agency.fill("เทศบาลตำบลทดลอง");
    await page.getByRole("button", { name: "จัดทำเอกสาร" }).click();
    await page.getByTestId("written").waitFor({ timeout: 90_000 });
    expect(await page.evaluate(() => performance.getEntriesByName("ita:engine:build").length)).toBe(1);
    const generated = await seen();
    console.log(
      `pane, a table of 2,000 agencies: "${read.words}" at ${Math.round(read.wordsAt)} ms (read at ` +
        `${Math.round(read.grids)} ms); longest task on the page's thread while read and analysed ` +
        `${Math.round(read.longest)} ms, while Generate built and wrote ${Math.round(generated.longest)} ms`,
    );
    await page.context().close();
  });
});
