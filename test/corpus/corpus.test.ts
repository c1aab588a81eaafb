import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { runCli } from "../helpers/cli";
import { readWorkbook, tempDir } from "../helpers/xlsx";
import { type CorpusCase, makeCorpus } from "./makeCorpus";

const STACK = /\n\s+at .+\(.+:\d+:\d+\)/;

describe("the hostile corpus through the CLI: a clear error or a report, never a crash", () => {
  const dir = tempDir();
  let cases: CorpusCase[] = [];
  beforeAll(async () => {
    cases = await makeCorpus(dir);
  }, 120_000);

  test("every case", async () => {
    expect(cases.length).toBeGreaterThanOrEqual(18);
    for (const c of cases) {
      const out = path.join(dir, `${path.basename(c.file, ".xlsx")}-${cases.indexOf(c)}-out.xlsx`);
      const before = readFileSync(c.file);
      const r = await runCli([c.file, "--out", out, "--json", "-", ...(c.args ?? [])]);
      expect({ name: c.name, code: r.code }).toEqual({ name: c.name, code: c.code });
      expect(r.stderr).not.toMatch(STACK);
      expect(readFileSync(c.file).equals(before)).toBe(true);
      if (c.code === 1) {
        expect(r.stderr).toMatch(/^error: /);
        expect(r.stderr).toMatch(c.error!);
        expect(existsSync(out)).toBe(false);
        continue;
      }
      const report = JSON.parse(r.stdout);
      for (const d of c.diagnostics ?? [])
        expect({ name: c.name, codes: report.diagnostics.map((x: { code: string }) => x.code) }).toEqual({
          name: c.name,
          codes: expect.arrayContaining([d]),
        });
      for (const d of report.diagnostics) if (d.cell) expect(d.sheet).toBeTruthy();
      c.check?.(report);
      expect(existsSync(out)).toBe(true);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 300_000);

  test("--separate writes the documents alone and leaves the charted workbook whole", async () => {
    const c = cases.find((x) => x.args?.includes("--separate"))!;
    const out = path.join(dir, "separate.xlsx");
    expect((await runCli([c.file, "--out", out, "--separate"])).code).toBe(0);
    expect((await readWorkbook(out)).worksheets.map((w) => w.name)).toEqual([
      "วิเคราะห์ ITA 2566",
      "บันทึกมาตรการ 2567",
      "ประกาศมาตรการ 2567",
      "มาตรการ ITA 2567",
      "บันทึกรายงานผล 2566",
      "รายงานผลมาตรการ 2566",
    ]);
  });
});
