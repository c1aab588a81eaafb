import { readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";

const COMPAT = readFileSync(path.join(__dirname, "..", "..", "assets", "compat.js"), "utf8");

/** Runs assets/compat.js in a window where `prepare` (script) first takes away what an old webview lacks. */
async function runCompat(prepare: string): Promise<{ unsupported: unknown; text: string }> {
  const dom = new JSDOM('<!doctype html><div id="root"></div>', { runScripts: "outside-only" });
  const w = dom.window;
  // jsdom has no fetch; the webviews the pane supports have it.
  w.eval(`window.fetch = function () {}; ${prepare}`);
  w.eval(COMPAT);
  if (w.document.readyState === "loading")
    await new Promise<void>((resolve) => w.document.addEventListener("DOMContentLoaded", () => resolve()));
  return {
    unsupported: Reflect.get(w, "ITA_ANALYZER_UNSUPPORTED"),
    text: w.document.getElementById("root")?.textContent ?? "",
  };
}

describe("the old-webview check (assets/compat.js)", () => {
  test("a modern webview (WebView2, Safari, Chrome) runs the pane", async () => {
    expect(await runCompat("")).toEqual({ unsupported: undefined, text: "" });
  });

  test("EdgeHTML 18 (no lookbehind in regular expressions) gets the message, linking the standalone page", async () => {
    const r = await runCompat(
      "(function (R) { window.RegExp = function (s, f) { if (/\\(\\?<[!=]/.test(s)) throw new SyntaxError('lookbehind'); return new R(s, f); }; })(RegExp);",
    );
    expect(r.unsupported).toBe(true);
    expect(r.text).toContain("This Excel is too old for the ITA Analyzer pane");
    expect(r.text).toContain("Excel รุ่นนี้เก่าเกินไป");
    expect(r.text).toContain("preview.html");
  });

  test.each(["Object.fromEntries", "Array.prototype.flatMap", "String.prototype.matchAll", "window.Proxy"])(
    "a webview without %s gets the message",
    async (feature) => {
      expect((await runCompat(`delete ${feature};`)).unsupported).toBe(true);
    },
  );
});
