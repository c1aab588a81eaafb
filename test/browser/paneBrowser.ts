import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import { build } from "esbuild";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { SheetGrid } from "../../src/analysis/grid";
import { launch, offline, serveBuild } from "../helpers/browser";
import { loadSampleGrids } from "../helpers/sample";

export const ARTIFACTS = path.join(__dirname, "..", "..", "test-output");

/** The fake office.js the browser tests load in place of Microsoft's. */
export async function buildFakeOffice(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(__dirname, "fakeOffice.entry.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
  });
  return out.outputFiles[0]!.text;
}

export interface PaneOptions {
  grids: SheetGrid[];
  api?: string;
  /** Office's display language, e.g. "th-TH", "en-US". */
  lang?: string;
  dark?: boolean;
  width?: number;
  height?: number;
  /**
   * False for a server started with serveBuild({ officeJs }): no request is intercepted (for timing; the
   * other tests keep the interception that checks nothing leaves this machine).
   */
  intercept?: boolean;
}

/**
 * The bench's bare page (FluentProvider and one Button), built as the pane is (minified, production React): its
 * html and script, to serve beside the build.
 */
export async function buildBarePage(): Promise<Record<string, string>> {
  const out = await build({
    entryPoints: [path.join(__dirname, "barePage.entry.tsx")],
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    platform: "browser",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  return {
    "/bare.html":
      '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div><script src="bare.js"></script></body></html>',
    "/bare.js": out.outputFiles[0]!.text,
  };
}

/** The built task pane against the fake Excel holding `grids`, in a fresh browser context. */
export async function openPane(
  browser: Browser,
  url: string,
  fakeOffice: string,
  o: PaneOptions,
): Promise<Page> {
  // A context of its own (axe-core needs one); the caller closes it (page.context().close()): a close handler
  // left a floating promise that rejected with no reason when the browser shut down, failing the suite.
  const context = await browser.newContext({ viewport: { width: o.width ?? 380, height: o.height ?? 900 } });
  const page = await context.newPage();
  if (o.intercept !== false) await offline(page);
  await page.addInitScript(
    ([g, a, l, theme]) =>
      Object.assign(window, { __ITA_GRIDS__: g, __ITA_API__: a, __ITA_LANG__: l, __ITA_THEME__: theme }),
    [o.grids, o.api ?? "1.9", o.lang ?? "th-TH", o.dark ? "#1f1f1f" : "#ffffff"] as const,
  );
  if (o.intercept !== false)
    await page.route("**/office.js", (route) =>
      route.fulfill({ contentType: "text/javascript", body: fakeOffice }),
    );
  await page.goto(`${url}/taskpane.html`);
  return page;
}

/** axe-core's violations of any impact, as "rule: target" lines (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary ?? ""}`),
  );
}

/** What a browser suite of the pane opens once: the build served, a browser, the fake Office.js, the sample's grids. */
export interface PaneSuite {
  browser: Browser;
  server: Awaited<ReturnType<typeof serveBuild>>;
  fakeOffice: string;
  grids: SheetGrid[];
}

export async function openPaneSuite(): Promise<PaneSuite> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const [fakeOffice, grids] = await Promise.all([buildFakeOffice(), loadSampleGrids()]);
  return { fakeOffice, grids, server: await serveBuild(), browser: await launch() };
}

export async function closePaneSuite(s: PaneSuite | undefined): Promise<void> {
  await s?.browser.close();
  await s?.server.close();
}
