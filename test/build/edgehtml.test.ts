import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";

const WEB = path.join(__dirname, "..", "..", "dist", "web");
const { isFresh } = require("../setup/freshBuild.cjs");

/**
 * Office 2016/2019 without WebView2 (and some Microsoft 365 builds on Windows 10) show the pane in EdgeHTML 18,
 * which stops at the first `?.`, `??` or object spread: the whole pane would be blank. Every script of the
 * site must parse as ES2017.
 */
describe("the built pane parses in EdgeHTML", () => {
  const scripts = existsSync(WEB) ? readdirSync(WEB).filter((f) => f.endsWith(".js")) : [];

  test("dist/web is built from the current sources (jest's global setup builds it)", () => {
    expect(isFresh()).toBe(true);
    expect(scripts.some((f) => f.startsWith("taskpane."))).toBe(true);
  });

  test.each(scripts.length ? scripts : ["(no build)"])("%s parses as ES2017", (file) => {
    const code = readFileSync(path.join(WEB, file), "utf8");
    expect(() => parse(code, { ecmaVersion: 2017, sourceType: "script" })).not.toThrow();
  });

  test("the check itself fails on what EdgeHTML cannot parse", () => {
    expect(() => parse("a?.b ?? c", { ecmaVersion: 2017 })).toThrow();
    expect(() => parse("const o = { ...p }", { ecmaVersion: 2017 })).toThrow();
  });
});
