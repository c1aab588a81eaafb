import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../helpers/cli";
import { SEED000_ROWS } from "../helpers/seed000";
import { readWorkbook, tempDir, writeWorkbook } from "../helpers/xlsx";
import { SAMPLE, SAMPLE_CLI_OUTPUT_SHEETS } from "../helpers/sample";

const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

describe("CLI on the bundled sample", () => {
  const dir = tempDir();
  const out = path.join(dir, "out.xlsx");
  const json = path.join(dir, "report.json");
  let result: Awaited<ReturnType<typeof runCli>>;
  const before = sha(SAMPLE);

  beforeAll(async () => {
    result = await runCli([SAMPLE, "--out", out, "--json", json]);
  });

  test("exits 0 with a short summary and never touches the input", () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/ปีที่พบ: 2566, 2567 \(ล่าสุด 2567\)/);
    expect(result.stdout).toMatch(/ข้อที่ต่ำกว่าเกณฑ์ 85: 5 จาก 59 ข้อ/);
    // 2566 holds 88 item scores: 44 are compared with 2567 (two merged into one 2567 item count once each), 44
    // have no 2567 counterpart and are listed.
    expect(result.stdout).toMatch(/อ่านแล้ว: 157 แถว, ไม่ได้อ่าน 0 แถว, อ่านแล้วแต่ไม่ได้เทียบ 44 คะแนน/);
    expect(sha(SAMPLE)).toBe(before);
  });

  test("writes a JSON report of schema ita-analysis/1", () => {
    const r = JSON.parse(readFileSync(json, "utf8"));
    expect(r.schema).toBe("ita-analysis/1");
    expect(r.years).toEqual([2566, 2567]);
    expect(r.threshold).toBe(85);
    expect(r.items).toHaveLength(59);
    expect(r.items.find((i: { code: string }) => i.code === "O8")).toMatchObject({
      instrument: "OIT",
      score: 50,
      previous: { year: 2566, code: "O11", score: 100 },
      delta: -50,
      flagged: true,
      class: "urgent",
      sheet: "ITA 2567",
    });
    expect(r.tables.map((t: { sheet: string }) => t.sheet)).not.toContain("งบประมาณ");
    expect(r.indicators.map((i: { number: number }) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(r.total).toMatchObject({ weightsConfirmed: false });
    expect(r.level).toMatchObject({ scheme: "2567" });
  });

  test("the output is a copy of the input plus the three formatted documents", async () => {
    const wb = await readWorkbook(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(SAMPLE_CLI_OUTPUT_SHEETS);
    const ws = wb.getWorksheet("วิเคราะห์ ITA 2567")!;
    const header = ws.getRow(3);
    expect(header.getCell(5).value).toBe("คะแนนปี 2567");
    expect(header.getCell(1).font?.bold).toBe(true);
    const o8 = findRow(ws, "O8");
    expect(o8.getCell(5).value).toBe(50);
    expect(o8.getCell(5).fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(o8.getCell(6).value).toBe(-50);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(wb.getWorksheet("งบประมาณ")!.getCell("B2").value).toBe(12500000);
  });

  test("running again on its own output replaces the generated sheet and reads the same scores", async () => {
    const again = path.join(dir, "again.xlsx");
    const r2 = await runCli([out, "--out", again, "--json", "-"]);
    expect(r2.code).toBe(0);
    const report = JSON.parse(r2.stdout);
    expect(report.items).toHaveLength(59);
    expect(report.diagnostics.filter((d: { code: string }) => d.code === "duplicateItem")).toEqual([]);
    const names = (await readWorkbook(again)).worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith("วิเคราะห์"))).toEqual(["วิเคราะห์ ITA 2567"]);
  });
});

function findRow(ws: import("exceljs").Worksheet, code: string) {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(2).value === code) return ws.getRow(r);
  throw new Error(`row ${code} not found`);
}

describe("CLI on seed layouts", () => {
  test("seed 000's 2565 → 2566 figures give +12.96, −0.50, +0.12, +24.36 and the crosswalk codes", async () => {
    const dir = tempDir();
    const file = await writeWorkbook(path.join(dir, "nongyuang.xlsx"), [
      { name: "ผลการประเมิน", rows: SEED000_ROWS },
    ]);
    const r = await runCli([file, "--json", "-"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const item = (c: string) => report.items.find((i: { code: string }) => i.code === c);
    const ind = (n: number) => report.indicators.find((i: { number: number }) => i.number === n);
    expect(item("I2").delta).toBe(12.96);
    expect(ind(5).delta).toBe(-0.5);
    expect(ind(8).delta).toBe(0.12);
    expect(ind(9).delta).toBe(24.36);
    expect(item("I8").previous).toMatchObject({ year: 2565, code: "I12", score: 78.75 });
    expect(item("I19").previous).toMatchObject({ code: "I23" });
    expect(existsSync(path.join(dir, "nongyuang-ita.xlsx"))).toBe(true);
  });

  test("formula-looking text from a sheet is written as text, never as a formula", async () => {
    const dir = tempDir();
    const file = await writeWorkbook(path.join(dir, "f.xlsx"), [
      {
        name: "2566",
        rows: [
          ["ข้อ", "คะแนน 2566"],
          ['I1 =HYPERLINK("http://x")', 70],
          ["I3 +cmd", 90],
          ["I4 @SUM(A1)", 91],
        ],
      },
    ]);
    const out = path.join(dir, "o.xlsx");
    expect((await runCli([file, "--out", out])).code).toBe(0);
    const ws = (await readWorkbook(out)).getWorksheet("วิเคราะห์ ITA 2566")!;
    const texts: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(c.value)));
    expect(texts).toContain('=HYPERLINK("http://x")');
    ws.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined()));
  });
});

describe("CLI errors: one clear line, no output file", () => {
  const cases: [string, (dir: string) => Promise<string> | string, RegExp][] = [
    [
      "not a workbook",
      (d) => (writeFileSync(path.join(d, "notes.xlsx"), "hello, not a zip"), path.join(d, "notes.xlsx")),
      /ไม่ใช่ไฟล์ Excel/,
    ],
    ["a missing file", (d) => path.join(d, "missing.xlsx"), /ไม่พบไฟล์/],
    [
      "a workbook without score tables",
      (d) =>
        writeWorkbook(path.join(d, "budget.xlsx"), [
          {
            name: "งบ",
            rows: [
              ["รายการ", "2567"],
              ["งบลงทุน", 2100000],
            ],
          },
        ]),
      /ไม่พบตารางคะแนน ITA/,
    ],
    [
      "an empty workbook",
      (d) => writeWorkbook(path.join(d, "empty.xlsx"), [{ name: "Sheet1", rows: [] }]),
      /ไม่พบตารางคะแนน ITA/,
    ],
    [
      "a password-protected workbook",
      (d) => {
        const ole = Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(512),
          Buffer.from("EncryptedPackage", "utf16le"),
        ]);
        writeFileSync(path.join(d, "locked.xlsx"), ole);
        return path.join(d, "locked.xlsx");
      },
      /มีรหัสผ่าน/,
    ],
  ];
  test.each(cases)("%s", async (_name, make, pattern) => {
    const dir = tempDir();
    const input = await make(dir);
    const before = readdirSync(dir);
    const r = await runCli([input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: /);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    expect(readdirSync(dir)).toEqual(before);
  });

  test("--lang en gives the English message", async () => {
    const r = await runCli(["/nonexistent/x.xlsx", "--lang", "en"]);
    expect(r.stderr).toBe("error: File “/nonexistent/x.xlsx” was not found — check its name and folder\n");
  });

  test("bad options are usage errors (exit 2)", async () => {
    expect((await runCli([])).code).toBe(2);
    expect((await runCli([SAMPLE, "--threshold", "abc"])).stderr).toMatch(/^error: ตัวเลือก --threshold/);
    expect((await runCli([SAMPLE, "--bogus"])).code).toBe(2);
  });

  test("an output folder that does not exist fails cleanly", async () => {
    const r = await runCli([SAMPLE, "--out", "/nonexistent-dir/out.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: บันทึกไฟล์/);
  });

  test("a report file that cannot be written is a clear error", async () => {
    const dir = tempDir();
    const r = await runCli([SAMPLE, "--out", path.join(dir, "o.xlsx"), "--json", "/nonexistent-dir/r.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: บันทึกไฟล์ “\/nonexistent-dir\/r.json” ไม่ได้/);
  });

  test("--threshold changes what is flagged", async () => {
    const dir = tempDir();
    const r = await runCli([SAMPLE, "--out", path.join(dir, "o.xlsx"), "--threshold", "99", "--json", "-"]);
    const report = JSON.parse(r.stdout);
    expect(report.threshold).toBe(99);
    expect(report.items.filter((i: { flagged: boolean }) => i.flagged).length).toBeGreaterThan(5);
  });
});
