import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";

/** A script to --require in a measured process: on exit it prints "maxRSS <KB>" to standard error. */
export function peakMemoryPreload(dir: string): string {
  const file = path.join(dir, "rss.cjs");
  writeFileSync(
    file,
    `process.on("exit", () => process.stderr.write("\\nmaxRSS " + process.resourceUsage().maxRSS + "\\n"));`,
  );
  return file;
}

/** The peak memory a process run with the preload printed, in MB (0 when it printed none). */
export function peakMemoryMB(stderr: string): number {
  return Number(/maxRSS (\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
}

/** Runs the built CLI with these arguments in a fresh process: its wall time, peak memory, exit status and output. */
export function measuredCli(root: string, preload: string, args: string[]) {
  const t = Date.now();
  const r = spawnSync(
    process.execPath,
    ["--require", preload, path.join(root, "bin", "ita-analyzer.cjs"), ...args],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return {
    ms: Date.now() - t,
    maxRssMB: peakMemoryMB(r.stderr),
    status: r.status,
    signal: r.signal,
    stderr: r.stderr,
  };
}
