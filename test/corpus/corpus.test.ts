import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../helpers/cli";
import { readWorkbook, tempDir } from "../helpers/xlsx";
import { SEED000_DOCUMENTS } from "../helpers/seed000";
import { type CorpusCase, makeCorpus } from "./makeCorpus";

const STACK = /\n\s+at .+\(.+:\d+:\d+\)/;

/** Every case of makeCorpus, by name: each is its own test (the first test checks the list is complete). */
const NAMES = [
  "empty workbook",
  "not a workbook",
  "a zip that is not a workbook",
  "password-protected workbook",
  "100,000 rows",
  "500 sheets",
  "merged header cells",
  "hidden and very hidden sheets",
  "the same, with --include-hidden for the hidden one",
  "formulas and formula errors in score cells",
  "dates and booleans where scores belong",
  "scores above 100 or negative",
  "the same item twice",
  "two columns with the same year",
  "31-character Thai sheet names",
  "right-to-left and emoji text",
  "cells with 32,000 characters",
  "a chart part, kept as it is",
  "the same, with --separate",
  "a damaged workbook (cut short)",
  "a folder named like a workbook",
  "seed 001's stacked tables of different widths",
  "a staff list with IDs like E01 and ages, nothing else",
  "a score table without a year",
  "the same table, with --year",
  "text pasted from a PDF and a web page (ํา, เเ, zero-width and non-breaking spaces)",
];

describe("the hostile corpus through the CLI: a clear error or a report, never a crash", () => {
  const dir = tempDir();
  let cases: CorpusCase[] = [];
  beforeAll(async () => {
    cases = await makeCorpus(dir);
  }, 120_000);

  test("every case of the corpus has its test", () => {
    expect(cases.map((c) => c.name)).toEqual(NAMES);
  });

  test.each(NAMES)(
    "%s",
    async (name) => {
      const c = cases.find((x) => x.name === name)!;
      const at = cases.indexOf(c);
      const out = path.join(dir, `${path.basename(c.file, ".xlsx")}-${at}-out.xlsx`);
      const before = existsSync(c.file) && !c.file.endsWith("folder.xlsx") ? readFileSync(c.file) : null;
      const r = await runCli([c.file, "--out", out, "--json", "-", ...(c.args ?? [])]);
      expect({ name: c.name, code: r.code }).toEqual({ name: c.name, code: c.code });
      expect(r.stderr).not.toMatch(STACK);
      if (before) expect(readFileSync(c.file).equals(before)).toBe(true);
      if (c.code === 1) {
        expect(r.stderr).toMatch(/^error: /);
        expect(r.stderr).toMatch(c.error!);
        expect(existsSync(out)).toBe(false);
        return;
      }
      const report = JSON.parse(r.stdout);
      for (const d of c.diagnostics ?? [])
        expect(report.diagnostics.map((x: { code: string }) => x.code)).toEqual(expect.arrayContaining([d]));
      for (const d of report.diagnostics) if (d.cell) expect(d.sheet).toBeTruthy();
      c.check?.(report);
      expect(existsSync(out)).toBe(true);
    },
    120_000,
  );

  test("no temporary file is left behind", () => {
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("the chart part is in the output, byte for byte", async () => {
    const c = cases.find((x) => x.name === "a chart part, kept as it is")!;
    const out = path.join(dir, "charted.xlsx");
    expect((await runCli([c.file, "--out", out])).code).toBe(0);
    const chart = async (f: string) =>
      (await JSZip.loadAsync(readFileSync(f))).file("xl/charts/chart1.xml")?.async("string");
    expect(await chart(out)).toBe(await chart(c.file));
  });

  test("--separate writes the documents alone and leaves the charted workbook whole", async () => {
    const c = cases.find((x) => x.args?.includes("--separate"))!;
    const out = path.join(dir, "separate.xlsx");
    expect((await runCli([c.file, "--out", out, "--separate"])).code).toBe(0);
    expect((await readWorkbook(out)).worksheets.map((w) => w.name)).toEqual(SEED000_DOCUMENTS);
  });
});
