import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { type Browser, type Page, chromium } from "playwright-core";

export const WEB = path.join(__dirname, "..", "..", "dist", "web");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function browserAvailable(): boolean {
  return existsSync(CHROMIUM) && existsSync(path.join(WEB, "preview.html"));
}

/**
 * `describe` for a browser suite: skipped where there is no chromium or no build, except on CI, which must have both
 * (a CI without them fails instead of passing with nothing run).
 */
export function browserDescribe(): jest.Describe {
  if (!browserAvailable() && process.env.CI)
    throw new Error("CI must install chromium and build dist/web before the browser tests");
  return browserAvailable() ? describe : describe.skip;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
};

/**
 * How a host serves the site (README, Deploying): a script whose name carries its content's hash never changes and
 * is kept a year, as are Office.js (Microsoft's CDN caches it) and the pages' extra scripts (built once per run);
 * the rest is asked again each time (no-cache, answered 304 while unchanged). So a pane opened again loads as an
 * officer's does, from the browser's cache.
 */
function cacheControl(name: string): string {
  return /\.[0-9a-f]{8}\.js$/.test(name) || name === "/office.js" || name === "/bare.js"
    ? "public, max-age=31536000, immutable"
    : "no-cache";
}

/** Where the built task pane loads Office.js from. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Serves the production build on a free loopback port. With `officeJs`, that script is served as /office.js and
 * taskpane.html loads it from there instead of Microsoft's address, so a page needs no request interception
 * (Playwright's routes send every request through the test process, which is not what an officer's pane pays).
 */
export async function serveBuild(
  o: {
    officeJs?: string;
    /** Pages served beside the build, by path ("/bare.html"). */ extra?: Record<string, string>;
  } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const send = (body: Buffer | string, type: string) => {
      const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
      const headers = { "content-type": type, "cache-control": cacheControl(name), etag };
      if (req.headers["if-none-match"] === etag) res.writeHead(304, headers).end();
      else res.writeHead(200, headers).end(body);
    };
    if (o.officeJs !== undefined && name === "/office.js") return send(o.officeJs, TYPES[".js"]!);
    const extra = o.extra?.[name];
    if (extra !== undefined) return send(extra, TYPES[path.extname(name)] ?? "text/plain");
    const file = path.join(WEB, name);
    if (!file.startsWith(WEB) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer | string = readFileSync(file);
    if (o.officeJs !== undefined && name === "/taskpane.html") {
      const html = body.toString("utf8");
      if (!html.includes(OFFICE_JS)) throw new Error(`taskpane.html no longer loads ${OFFICE_JS}`);
      body = html.replace(OFFICE_JS, "office.js");
    }
    send(body, TYPES[path.extname(file)] ?? "application/octet-stream");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Debian's chromium, headless, with the flags this machine needs; nothing leaves the loopback. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Aborts every request that is not to this machine, and records it. */
export async function offline(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (/^(https?:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:)/.test(url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return outside;
}
