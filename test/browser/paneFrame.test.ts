import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { SheetGrid } from "../../src/analysis/grid";
import { translate } from "../../src/taskpane/i18n";
import { FRAME_KEY, frameLook } from "../../src/taskpane/paneFrame";
import { browserDescribe, launch, serveBuild } from "../helpers/browser";
import { loadSampleGrids } from "../helpers/sample";
import { ARTIFACTS, axeViolations, buildFakeOffice, openPane } from "./paneBrowser";

const maybe = browserDescribe();

/**
 * The pane's frame in taskpane.html (its header and spinner), drawn before the pane's script has run and while
 * Office.js gets ready: in the language and theme of the last opening, where the pane will draw its own.
 */
maybe("the pane's frame, before its script has run", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveBuild>>;
  let fakeOffice: string;
  let grids: SheetGrid[];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [fakeOffice, grids] = await Promise.all([buildFakeOffice(), loadSampleGrids()]);
    server = await serveBuild();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The page as it is before the pane's script runs (that script never arrives), with the look remembered. */
  async function frameOnly(look: string | null): Promise<Page> {
    const page = await openPane(browser, server.url, fakeOffice, { grids, width: 350, height: 560 });
    await page.route(/\/taskpane\.[0-9a-f]{8}\.js$/, (r) => r.abort());
    await page.evaluate(({ key, v }) => (v === null ? localStorage.clear() : localStorage.setItem(key, v)), {
      key: FRAME_KEY,
      v: look,
    });
    await page.reload();
    await page.getByTestId("pane-frame").waitFor();
    return page;
  }

  const looks = (["th", "en"] as const).flatMap((lang) => [false, true].map((dark) => ({ lang, dark })));

  test.each(looks)(
    "remembered $lang, dark $dark: its words and background; axe clean",
    async ({ lang, dark }) => {
      const page = await frameOnly(frameLook(lang, dark));
      const busy = page.getByRole("progressbar", { name: translate(lang, "loading") });
      await busy.waitFor();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(translate(lang, "title"));
      const background = await page.evaluate(
        () => getComputedStyle(document.querySelector("main")!).backgroundColor,
      );
      expect(background).toBe(dark ? "rgb(41, 41, 41)" : "rgb(255, 255, 255)");
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({
        path: path.join(ARTIFACTS, `frame-350-${lang}-${dark ? "dark" : "light"}.png`),
      });
      await page.context().close();
    },
  );

  test("nothing remembered (a first opening, or storage blocked): Thai and light, as taskpane.html has it", async () => {
    const page = await frameOnly(null);
    await page.getByRole("progressbar", { name: translate("th", "loading") }).waitFor();
    expect(await page.evaluate(() => document.documentElement.className)).toBe("");
    await page.context().close();
  });

  test("drawn where the pane draws its own header and spinner (nothing moves when the pane mounts)", async () => {
    const boxes = (page: Page) =>
      page.evaluate(() => {
        const box = (el: Element | null) => {
          const r = el!.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height].map(Math.round);
        };
        const busy = document.querySelector("[data-testid=reading-workbook]");
        return {
          title: box(document.querySelector("h1")),
          busy: box(busy),
          label: box(busy!.lastElementChild),
        };
      });
    const before = await boxes(await frameOnly(null));
    // The pane itself, on a read that never ends: its own header and spinner stay.
    const page = await openPane(browser, server.url, fakeOffice, { grids, width: 350, height: 560 });
    // Excel.run never settles: the fake office.js's own Excel is set aside (a setter that keeps nothing).
    await page.addInitScript(() =>
      Object.defineProperty(window, "Excel", {
        configurable: true,
        set(_: unknown) {},
        get: () => ({ run: () => new Promise(() => undefined) }),
      }),
    );
    await page.reload();
    await page.locator("[data-testid=reading-workbook].fui-Spinner").waitFor();
    expect(await boxes(page)).toEqual(before);
    await page.context().close();
  });

  test("the pane remembers its language and theme for the next opening's frame", async () => {
    const page = await openPane(browser, server.url, fakeOffice, {
      grids,
      width: 350,
      height: 560,
      lang: "en-US",
      dark: true,
    });
    await page.getByTestId("summary").waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), FRAME_KEY)).toBe("en-dark");
    await page.context().close();
  });
});
