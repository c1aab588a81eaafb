/**
 * npm run test:mutation [-- file…]: Stryker, one file at a time, then the kill rate of each file.
 * Default: every file of src/analysis. Not in CI (it takes minutes per file).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync("src/analysis")
      .filter((f) => f.endsWith(".ts"))
      .map((f) => `src/analysis/${f}`);
const rows = [];
for (const file of files) {
  const run = spawnSync("npx", ["stryker", "run", "--mutate", file], { stdio: "inherit" });
  if (run.status !== 0) {
    rows.push([file, "failed", "", ""]);
    continue;
  }
  const report = JSON.parse(readFileSync("reports/mutation/mutation.json", "utf8"));
  const mutants = Object.values(report.files).flatMap((f) => f.mutants);
  const killed = mutants.filter((m) => m.status === "Killed" || m.status === "Timeout").length;
  const valid = mutants.filter((m) => !["CompileError", "RuntimeError", "Ignored"].includes(m.status)).length;
  rows.push([file, `${((100 * killed) / Math.max(valid, 1)).toFixed(1)}%`, String(killed), String(valid)]);
}
console.log("\nfile | kill rate | killed | mutants");
for (const r of rows) console.log(r.join(" | "));
