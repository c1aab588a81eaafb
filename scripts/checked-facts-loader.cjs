/* eslint-disable no-undef */
// A webpack loader for src/ita/frameworks.json: checks the file when the pages are built, with the product's own
// check (src/ita/validateFrameworks.ts), and hands the bundle the checked facts. The pane then takes them as they
// are (catalog.ts, under ITA_FACTS_CHECKED_WHEN_BUILT, which only webpack.config.js sets) instead of checking 86 KB
// of facts on every opening; a malformed entry fails the build, naming it, as it fails the CLI and the tests when
// they load the file.
const path = require("node:path");
const { buildSync } = require("esbuild");

const VALIDATOR = path.join(__dirname, "..", "src", "ita", "validateFrameworks.ts");

/** validateFrameworks, compiled from its TypeScript as it is now (esbuild, in memory; a few milliseconds). */
function validator() {
  const out = buildSync({
    entryPoints: [VALIDATOR],
    bundle: true,
    write: false,
    format: "cjs",
    platform: "node",
    metafile: true,
    logLevel: "silent",
  });
  const mod = { exports: {} };
  new Function("module", "exports", "require", out.outputFiles[0].text)(mod, mod.exports, require);
  const inputs = Object.keys(out.metafile.inputs).map((f) => path.resolve(f));
  return { validateFrameworks: mod.exports.validateFrameworks, inputs };
}

/** The file's text → the checked facts as JSON (what validateFrameworks returns, unknown keys dropped). */
function checkedFacts(source, check = validator()) {
  return JSON.stringify(check.validateFrameworks(JSON.parse(source)));
}

module.exports = function checkedFactsLoader(source) {
  const check = validator();
  for (const f of check.inputs) this.addDependency(f);
  try {
    return checkedFacts(source, check);
  } catch (e) {
    throw new Error(`frameworks.json is not valid: ${e instanceof Error ? e.message : String(e)}`);
  }
};
module.exports.checkedFacts = checkedFacts;
