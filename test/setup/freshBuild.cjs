// Jest global setup: the browser and build tests test dist/web, so it must be built from the current sources.
// When a run includes them (no path pattern, or one naming browser/build) and dist/web is missing or older than
// any source, assets, the webpack config or the lock file, this builds it (production mode) before the tests.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..");
const BUILT = path.join(ROOT, "dist", "web", "taskpane.html");
const SOURCES = ["src", "assets", "webpack.config.js", "manifest.xml", "package-lock.json", "scripts"];

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
}

function isFresh() {
  return (
    fs.existsSync(BUILT) &&
    fs.statSync(BUILT).mtimeMs >= Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s))))
  );
}

module.exports = async function freshBuild(globalConfig) {
  const pattern = String(globalConfig.testPathPattern ?? "");
  if (pattern !== "" && !/browser|build/.test(pattern)) return;
  if (isFresh()) return;
  console.log("\ndist/web is missing or older than the sources: building it (webpack --mode production) …");
  const r = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0)
    throw new Error("the build of dist/web failed; the browser tests would test a stale bundle");
};

module.exports.isFresh = isFresh;
