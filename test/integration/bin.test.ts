import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SAMPLE } from "../helpers/sample";
import { tempDir } from "../helpers/xlsx";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "ita-analyzer.cjs");

/** The installed command, as another tool would call it: a separate process, its exit code and its streams. */
describe("the ita-analyzer command", () => {
  beforeAll(() => {
    const built = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.mjs")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(built.status).toBe(0);
  });

  test("exit 0, the report on stdout with --json -, the summary on stderr", () => {
    const out = path.join(tempDir(), "o.xlsx");
    const r = spawnSync(process.execPath, [BIN, SAMPLE, "--out", out, "--json", "-", "--lang", "en"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).schema).toBe("ita-analysis/1");
    expect(r.stderr).toMatch(/^Years found: 2566, 2567 \(latest 2567\)/);
    expect(existsSync(out)).toBe(true);
  });

  test("a reader that closes the pipe early (| head): exit 0, no EPIPE crash, the workbook still written", () => {
    const dir = tempDir();
    const out = path.join(dir, "o.xlsx");
    const err = path.join(dir, "err.txt");
    const q = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
    const cmd = `${q(process.execPath)} ${q(BIN)} ${q(SAMPLE)} --out ${q(out)} --json - 2>${q(err)} | head -c 10 >/dev/null; echo \${PIPESTATUS[0]}`;
    const r = spawnSync("bash", ["-c", cmd], { encoding: "utf8" });
    expect(r.stdout.trim()).toBe("0");
    expect(readFileSync(err, "utf8")).not.toMatch(/EPIPE|node:events/);
    expect(existsSync(out)).toBe(true);
  });

  test("an unusable input: exit 1, one line starting error:, no stack trace, no output file", () => {
    const dir = tempDir();
    const bad = path.join(dir, "bad.xlsx");
    writeFileSync(bad, "nope");
    const r = spawnSync(process.execPath, [BIN, bad, "--lang", "en"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `error: “${bad}” is not an Excel workbook (.xlsx) or is damaged — save it as .xlsx and try again\n`,
    );
    expect(existsSync(path.join(dir, "bad-ita.xlsx"))).toBe(false);
  });
});
