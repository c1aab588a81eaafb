import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MESSAGES } from "../../src/analysis/messages";
import { OPTIONS, usageText } from "../../src/cli/usage";
import { runCli } from "../helpers/cli";
import { SAMPLE } from "../helpers/sample";
import { tempDir, writeWorkbook } from "../helpers/xlsx";

describe("errors that keep their cause", () => {
  test("a folder given as input is named as a folder, not as missing", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "ผล.xlsx"));
    const r = await runCli([path.join(dir, "ผล.xlsx"), "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*is a folder, not a file/);
  });

  test("a damaged workbook (cut short) is corrupt, not 'not a workbook', and --debug shows the cause", async () => {
    const dir = tempDir();
    const whole = readFileSync(SAMPLE);
    const cut = path.join(dir, "cut.xlsx");
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const r = await runCli([cut, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: “.*cut\.xlsx” is an Excel workbook that is damaged/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    const debug = await runCli([cut, "--lang", "en", "--debug"]);
    expect(debug.stderr.split("\n")[1]).toMatch(/^cause: \S/);
  });

  test("an output in a folder that is not there names the folder and says what to do; nothing is made", async () => {
    const dir = tempDir();
    const missing = path.join(dir, "ผลปี 2568");
    for (const args of [
      [SAMPLE, "--out", path.join(missing, "ผล.xlsx"), "--agency", "เทศบาลตำบลทดลอง"],
      ["compare", SAMPLE, "--out", path.join(missing, "เทียบ.xlsx")],
    ]) {
      const r = await runCli([...args, "--lang", "th"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`ไม่มีโฟลเดอร์ “${missing}” — สร้างโฟลเดอร์นั้นก่อน หรือบันทึกไว้ที่อื่น`);
      expect(r.stderr).not.toContain("ENOENT");
      expect(existsSync(missing)).toBe(false);
    }
  });

  test("a report that cannot be written leaves the earlier output as it was, and no file half-made", async () => {
    const dir = tempDir();
    const out = path.join(dir, "ผล.xlsx");
    for (const args of [
      [SAMPLE, "--out", out],
      ["compare", SAMPLE, "--out", out.replace("ผล", "เทียบ")],
    ]) {
      expect((await runCli(args)).code).toBe(0);
      const file = args[args.indexOf("--out") + 1]!;
      const before = readFileSync(file);
      const r = await runCli([...args, "--threshold", "90", "--json", path.join(dir, "ไม่มี", "r.json")]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("ไม่มีโฟลเดอร์");
      expect(readFileSync(file).equals(before)).toBe(true);
    }
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  test("an output the officer set read-only is not written over, and the run says so", async () => {
    const dir = tempDir();
    const out = path.join(dir, "ผล.xlsx");
    expect((await runCli([SAMPLE, "--out", out])).code).toBe(0);
    chmodSync(out, 0o444);
    const before = readFileSync(out);
    const r = await runCli([SAMPLE, "--out", out, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: “.*ผล\.xlsx” is set read-only, so it is not written over/);
    expect(readFileSync(out).equals(before)).toBe(true);
    chmodSync(out, 0o644);
  });

  test("a text file is not a workbook", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "t.xlsx"), "hello");
    const r = await runCli([path.join(dir, "t.xlsx"), "--lang", "en"]);
    expect(r.stderr).toMatch(/is not an Excel workbook/);
  });

  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  (asRoot ? test.skip : test)("an unreadable file says it could not be read, with the reason", async () => {
    const dir = tempDir();
    const file = path.join(dir, "locked.xlsx");
    writeFileSync(file, readFileSync(SAMPLE));
    chmodSync(file, 0o000);
    const r = await runCli([file, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: Could not read .*\(EACCES\)/);
  });

  test("a table without a year is refused with what to do: --year", async () => {
    const dir = tempDir();
    const file = await writeWorkbook(path.join(dir, "noyear.xlsx"), [
      {
        name: "Sheet1",
        rows: [
          ["ข้อ", "คะแนน"],
          ["I1", 90],
          ["I2", 80],
        ],
      },
    ]);
    const r = await runCli([file, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/year is unknown — give it with --year/);
  });

  test("several score columns without a year (agencies side by side): --year cannot help, and that is said", async () => {
    const dir = tempDir();
    const file = await writeWorkbook(path.join(dir, "agencies.xlsx"), [
      {
        name: "EIT",
        rows: [
          ["ข้อ", "ทต.โพน", "อบต.นาบอน"],
          ["E1", 90, 80],
          ["E2", 85, 75],
        ],
      },
    ]);
    for (const extra of [[], ["--year", "2567"]]) {
      const r = await runCli([file, "--lang", "en", ...extra]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        "error: A score table on sheet “EIT” (A2) has several score columns (B2, C2) and none names its year — --year cannot tell them apart: put the year in each column header, or, if each column is another agency, put the agency you want on a sheet of its own\n",
      );
    }
  });

  test("nothing found says where it looked", async () => {
    const dir = tempDir();
    const file = await writeWorkbook(path.join(dir, "none.xlsx"), [
      { name: "หน้าปก", rows: [["รายงาน"]] },
      {
        name: "งบ",
        rows: [
          ["รายการ", "2567"],
          ["งบลงทุน", 2100000],
        ],
      },
    ]);
    const r = await runCli([file, "--lang", "en"]);
    expect(r.stderr).toMatch(/looked in “หน้าปก”, “งบ”/);
  });
});

describe("--help", () => {
  test("prints the usage to standard output and exits 0, in the language asked", async () => {
    const en = await runCli(["--help", "--lang", "en"]);
    expect(en).toEqual({ code: 0, stdout: usageText("en"), stderr: "" });
    expect(en.stdout).toMatch(/^usage: ita-analyzer <input.xlsx>/);
    const th = await runCli(["-h"]);
    expect(th).toEqual({ code: 0, stdout: usageText("th"), stderr: "" });
    expect((await runCli(["--help"], { ITA_LANG: "en" })).stdout).toBe(usageText("en"));
  });

  test("the usage text lists every option, including the ones other parts add", () => {
    const flags = OPTIONS.map((o) => o.flag.split(" ")[0]);
    for (const f of [
      "--out",
      "--json",
      "--threshold",
      "--urgent-below",
      "--year",
      "--previous",
      "--lang",
      "--agency",
      "--division",
      "--writer",
      "--writer-position",
      "--executive",
      "--executive-position",
      "--font",
      "--thai-digits",
      "--separate",
      "--debug",
      "--help,",
    ])
      expect(flags).toContain(f);
    for (const lang of ["th", "en"] as const)
      for (const o of OPTIONS) expect(usageText(lang)).toContain(o[lang]);
  });

  test("every flag the argument parser knows is in the usage text", () => {
    const source = readFileSync(path.join(__dirname, "..", "..", "src", "cli", "args.ts"), "utf8");
    const parsed = [...new Set(source.match(/"--[a-z-]+"/g)!.map((f) => f.slice(1, -1)))];
    expect(parsed.length).toBeGreaterThan(15);
    const listed = OPTIONS.flatMap((o) => o.flag.split(/[ ,]+/).filter((f) => f.startsWith("--")));
    for (const f of parsed) expect(listed).toContain(f);
  });

  test("a usage error prints the usage after the error line, on standard error, exit 2", async () => {
    const r = await runCli([], { ITA_LANG: "en" });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.endsWith(usageText("en"))).toBe(true);
  });

  test("every file error has a message in both languages", () => {
    for (const id of [
      "error.corrupt",
      "error.isDirectory",
      "error.unreadable",
      "error.noYearTable",
      "error.noYearManyColumns",
    ])
      expect(Object.keys(MESSAGES[id] ?? {})).toEqual(["th", "en"]);
  });
});
