import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import data from "../../src/ita/frameworks.json";
import { validateFrameworks } from "../../src/ita/validateFrameworks";

// The webpack loader (CommonJS, run by webpack in node): frameworks.json checked when the pages are built.
const loader = require("../../scripts/checked-facts-loader.cjs") as {
  (this: { addDependency(f: string): void }, source: string): string;
  checkedFacts(source: string): string;
};

const ROOT = path.join(__dirname, "..", "..");
const FILE = path.join(ROOT, "src", "ita", "frameworks.json");
const WEB = path.join(ROOT, "dist", "web");
const built = existsSync(path.join(WEB, "taskpane.html")) ? test : test.skip;

function runLoader(source: string): { out: string; deps: string[] } {
  const deps: string[] = [];
  const out = loader.call({ addDependency: (f) => deps.push(f) }, source);
  return { out, deps };
}

describe("frameworks.json is checked when the pages are built, not on every opening", () => {
  test("the bundle gets exactly what validateFrameworks returns", () => {
    const { out, deps } = runLoader(readFileSync(FILE, "utf8"));
    expect(JSON.parse(out)).toStrictEqual(JSON.parse(JSON.stringify(validateFrameworks(data))));
    expect(JSON.parse(out)).toEqual(validateFrameworks(data));
    // A change to the check (or what it imports) builds the facts again.
    expect(deps).toContain(path.join(ROOT, "src", "ita", "validateFrameworks.ts"));
    expect(deps).toContain(path.join(ROOT, "src", "ita", "dataError.ts"));
  });

  test("a malformed entry fails the build, naming it", () => {
    const bad = structuredClone(data);
    bad.lists["OIT-C"]!.items[6]!.n = 0;
    expect(() => runLoader(JSON.stringify(bad))).toThrow(
      'frameworks.json is not valid: src/ita/frameworks.json: lists["OIT-C"].items[6].n must be a number from 1 to 99',
    );
    expect(() => runLoader("{")).toThrow(/^frameworks\.json is not valid: .*JSON/);
  });

  test("anywhere but the web build (the CLI, the tests) the facts are checked when loaded, whatever the environment", () => {
    process.env.ITA_FACTS_CHECKED_WHEN_BUILT = "true";
    try {
      jest.isolateModules(() => {
        const { FACTS } = require("../../src/ita/catalog") as typeof import("../../src/ita/catalog");
        // The check returns the facts without the file's own notes ("_about").
        expect("_about" in data).toBe(true);
        expect("_about" in FACTS).toBe(false);
      });
    } finally {
      delete process.env.ITA_FACTS_CHECKED_WHEN_BUILT;
    }
  });

  built("the built scripts carry the checked facts and not the check", () => {
    const scripts = readdirSync(WEB).filter((f) => f.endsWith(".js"));
    const holding = (s: string) => scripts.filter((f) => readFileSync(path.join(WEB, f), "utf8").includes(s));
    // The check's own words (validateFrameworks.ts) are in no script; the facts are, in the pane's and the worker's.
    expect(holding("is not a ประเด็น")).toEqual([]);
    expect(holding("an indicator is listed under two")).toEqual([]);
    const title = data.indicators[0]!.name;
    expect(holding(title).length).toBeGreaterThanOrEqual(2);
  });
});
