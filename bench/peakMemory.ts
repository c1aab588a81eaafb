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
