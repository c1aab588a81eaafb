import path from "node:path";
import type { Page } from "playwright-core";
import { translate } from "../../src/taskpane/i18n";
import { FRAME_KEY, frameLook } from "../../src/taskpane/paneFrame";
import { browserDescribe } from "../helpers/browser";
import {
  ARTIFACTS,
  type PaneOptions,
  type PaneSuite,
  axeViolations,
  closePaneSuite,
  openPane,
  openPaneSuite,
} from "./paneBrowser";

const maybe = browserDescribe();

/**
 * The pane's frame in taskpane.html (its header and spinner), drawn before the pane's script has run and while
 * Office.js gets ready: in the language and theme of the last opening, where the pane will draw its own.
 */
maybe("the pane's frame, before its script has run", () => {
  let suite: PaneSuite | undefined;
  beforeAll(async () => {
    suite = await openPaneSuite();
  });
  afterAll(() => closePaneSuite(suite));

  /** The pane at 350×560 over the sample. */
  const open = (o: Partial<PaneOptions> = {}) =>
    openPane(suite!.browser, suite!.server.url, suite!.fakeOffice, {
      grids: suite!.grids,
      width: 350,
      height: 560,
      ...o,
    });

  /**
   * The page as it is before the pane's script runs (that script never arrives), with the look remembered (and the
   * language the officer chose with the switch, if any).
   */
  async function frameOnly(look: string | null, chosen?: "th" | "en"): Promise<Page> {
    const page = await open();
    await page.route(/\/taskpane\.[0-9a-f]{8}\.js$/, (r) => r.abort());
    await page.evaluate(
      ({ key, v, lang }) => {
        localStorage.clear();
        if (v !== null) localStorage.setItem(key, v);
        if (lang) localStorage.setItem("ita-analyzer.lang", lang);
      },
      { key: FRAME_KEY, v: look, lang: chosen },
    );
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

  test("the language chosen with the switch since the last opening wins over the one it remembered", async () => {
    const page = await frameOnly(frameLook("th", true), "en");
    await page.getByRole("progressbar", { name: translate("en", "loading") }).waitFor();
    expect(await page.evaluate(() => document.documentElement.className.trim())).toBe("ita-en ita-dark");
    await page.context().close();
  });

  test("Office.js that does not load: the frame gives way to a message and the standalone page, not a spinner forever", async () => {
    const page = await open();
    await page.route("**/office.js", (r) => r.abort());
    await page.reload();
    const said = page.getByTestId("start-failed");
    await said.waitFor();
    expect(await said.textContent()).toContain("แผงงาน ITA Analyzer เปิดไม่สำเร็จ");
    expect(await said.getByRole("link", { name: "preview.html" }).count()).toBe(1);
    expect(await page.getByTestId("reading-workbook").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "start-failed-350-th.png") });
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
    const page = await open();
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
    const page = await open({ lang: "en-US", dark: true });
    await page.getByTestId("summary").waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), FRAME_KEY)).toBe("en-dark");
    await page.context().close();
  });
});
