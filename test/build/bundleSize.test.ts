import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const WEB = path.join(__dirname, "..", "..", "dist", "web");
const README = path.join(__dirname, "..", "..", "README.md");

/** The pane's entry script, gzipped as a server sends it (level 9), in KB. */
function taskpaneKb(): number {
  const file = readdirSync(WEB).find((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f) || f === "taskpane.js");
  if (!file) throw new Error(`no taskpane script in ${WEB}`);
  return gzipSync(readFileSync(path.join(WEB, file)), { level: 9 }).length / 1024;
}

describe("the figure the README prints for the pane's script is the built one", () => {
  (existsSync(WEB) ? test : test.skip)("`taskpane.js` is N KB gzip: within 2 KB of dist/web", () => {
    const said = /`taskpane\.js` is (\d+) KB gzip/.exec(readFileSync(README, "utf8"));
    expect(said).not.toBeNull();
    expect(Math.abs(Number(said![1]) - taskpaneKb())).toBeLessThanOrEqual(2);
  });
  // Issue 24's goal: everything the pane needs before the workbook is read, in at most 120 KB gzip.
  (existsSync(WEB) ? test : test.skip)("`taskpane.js` is at most 120 KB gzip", () => {
    expect(taskpaneKb()).toBeLessThanOrEqual(120);
  });
});
