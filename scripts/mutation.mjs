/**
 * npm run test:mutation [-- file…]: one Stryker run over the files (one dry run for all), then the kill rate
 * of each file. Default: every file of src/analysis. Not in CI (it takes minutes per file).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync("src/analysis")
      .filter((f) => f.endsWith(".ts"))
      .map((f) => `src/analysis/${f}`);
const run = spawnSync("npx", ["stryker", "run", "--mutate", files.join(",")], { stdio: "inherit" });
if (run.status !== 0) {
  console.error(`Stryker failed (exit ${run.status}); no kill rates.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync("reports/mutation/mutation.json", "utf8"));
const rows = Object.entries(report.files).map(([file, { mutants }]) => {
  const killed = mutants.filter((m) => m.status === "Killed" || m.status === "Timeout").length;
  const valid = mutants.filter((m) => !["CompileError", "RuntimeError", "Ignored"].includes(m.status)).length;
  // A file of types and one-line delegations has no mutants to kill: said so, not counted as 0%.
  if (valid === 0) return [file, "–", "0", "0", "no mutants"];
  const rate = (100 * killed) / valid;
  return [file, `${rate.toFixed(1)}%`, String(killed), String(valid), rate < 85 ? "below 85%" : ""];
});
console.log("\nfile | kill rate | killed | mutants |");
for (const r of rows.sort()) console.log(r.join(" | "));
