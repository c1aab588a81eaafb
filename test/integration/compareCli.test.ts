import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../helpers/cli";
import { SAMPLE } from "../helpers/sample";
import { compareFolder } from "../helpers/compareFolder";
import { readWorkbook, tempDir, writeWorkbook } from "../helpers/xlsx";
import { provincialTable } from "../helpers/provincialTable";

interface CompareJson {
  schema: string;
  year: number;
  agencies: {
    name: string;
    file?: string;
    rank: number | null;
    delta: { from: number; to: number; change: number } | null;
    years: Record<
      string,
      { total: number | null; estimate: boolean; level: string | null; indicators: Record<string, number> }
    >;
  }[];
  notRead: { name: string; file?: string; code: string; message: string }[];
}

describe("ita-analyzer compare on a folder of the project's own fixtures", () => {
  const dir = tempDir();
  const folder = path.join(dir, "อำเภอตัวอย่าง");
  const out = path.join(dir, "เปรียบเทียบ.xlsx");
  let r: Awaited<ReturnType<typeof runCli>>;
  let report: CompareJson;

  beforeAll(async () => {
    mkdirSync(folder);
    await compareFolder(folder);
    r = await runCli(["compare", folder, "--out", out, "--json", "-"]);
    report = JSON.parse(r.stdout);
  }, 60_000);

  test("every agency is read from its own workbook; the damaged and the unrelated files are listed with why", () => {
    expect(r.code).toBe(0);
    expect(report.schema).toBe("ita-compare/1");
    const names = report.agencies.map((a) => a.name).sort();
    expect(names).toEqual(
      [
        "เทศบาลตำบลตัวอย่าง",
        "เทศบาลตำบลหนึ่ง",
        "องค์การบริหารส่วนตำบลสอง",
        "เทศบาลเมืองสาม",
        "องค์การบริหารส่วนตำบลสี่",
        "เทศบาลตำบลห้า",
        "เทศบาลตำบลเจ็ดปี",
        "ตราด",
        "จันทบุรี",
        "นครนายก",
      ].sort(),
    );
    expect(report.notRead.map((n) => [n.file, n.code])).toEqual([
      ["งบประมาณ.xlsx", "compare.noScoresInFile"],
      ["เสีย.xlsx", "error.notWorkbook"],
    ]);
    // The run's output beside the sample is not the agency a second time.
    expect(r.stderr).toMatch(/ข้ามไฟล์ ita-sample-ita\.xlsx/);
  });

  test("the published total wins; ranks by the latest year's total; each agency's change is its own", () => {
    expect(report.year).toBe(2569);
    const five = report.agencies.find((a) => a.name === "เทศบาลตำบลห้า")!;
    expect(five).toMatchObject({ rank: 1, delta: { from: 2568, to: 2569, change: 4.1 } });
    expect(five.years["2569"]).toMatchObject({ total: 97.2, estimate: false, level: "ผ่านดีเยี่ยม" });
    const seven = report.agencies.find((a) => a.name === "เทศบาลตำบลเจ็ดปี")!;
    expect(Object.keys(seven.years)).toEqual(["2563", "2564", "2565", "2566", "2567", "2568", "2569"]);
    expect(seven.rank).toBe(2);
    const trat = report.agencies.find((a) => a.name === "ตราด")!;
    expect(trat).toMatchObject({ rank: null, file: "จังหวัดภาคตะวันออก.xlsx" });
    expect(trat.years["2564"]!.total).toBe(81.45);
    expect(trat.years["2564"]!.indicators["10"]).toBe(65.56);
  });

  test("the summary reads as an officer would say it", () => {
    expect(r.stderr).toMatch(/เปรียบเทียบ 10 หน่วยงาน ปี 2569 \(จาก 10 สมุดงาน\)/);
    expect(r.stderr).toMatch(/มีคะแนนรวมปี 2569: 3 หน่วยงาน/);
    expect(r.stderr).toMatch(/สูงสุด: เทศบาลตำบลห้า 97\.20, เทศบาลตำบลเจ็ดปี 91\.44/);
    expect(r.stderr).toMatch(/ลดลงมากที่สุด: เทศบาลเมืองสาม -4\.30 \(2567→2568\)/);
    expect(r.stderr).toMatch(/อ่านไม่ได้ 2 รายการ/);
  });

  test("the workbook holds the comparison sheet only, with the agencies in rank order", async () => {
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["เปรียบเทียบ ITA 2569"]);
    const ws = wb.worksheets[0]!;
    const rowOf = (name: string) => {
      let found = 0;
      ws.eachRow((row, n) => {
        if (row.getCell(2).value === name) found = n;
      });
      return found;
    };
    expect(rowOf("เทศบาลตำบลห้า")).toBeLessThan(rowOf("เทศบาลตำบลเจ็ดปี"));
    expect(ws.getRow(rowOf("เทศบาลตำบลห้า")).getCell(5).value).toBe(97.2);
  });

  test("running again replaces its own output; another file at --out is refused", async () => {
    const again = await runCli(["compare", folder, "--out", out]);
    expect(again.code).toBe(0);
    const other = path.join(dir, "งานของฉัน.xlsx");
    await writeWorkbook(other, [{ name: "งาน", rows: [["ของฉัน"]] }]);
    const before = readFileSync(other);
    const refused = await runCli(["compare", folder, "--out", other]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: /);
    expect(readFileSync(other).equals(before)).toBe(true);
  });
});

describe("ita-analyzer compare on one workbook", () => {
  test("a provincial table of 60 agencies × 3 years: every agency's figures exactly as printed, sorted by change", async () => {
    const dir = tempDir();
    const t = provincialTable(60, [2566, 2567, 2568], 21);
    const file = path.join(dir, "จังหวัด.xlsx");
    await writeWorkbook(file, [{ name: "ตาราง", rows: t.rows, merges: t.merges }]);
    const r = await runCli(["compare", file, "--json", "-", "--sort", "change"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as CompareJson;
    expect(report.agencies).toHaveLength(60);
    for (const want of t.agencies) {
      const got = report.agencies.find((a) => a.name === want.name)!;
      for (const [y, v] of Object.entries(want.years)) {
        expect(got.years[y]!.total).toBe(v.total);
        expect(Object.values(got.years[y]!.indicators)).toEqual(v.indicators);
      }
    }
    expect(existsSync(path.join(dir, "จังหวัด-compare.xlsx"))).toBe(true);
    // Sorted by change: the first row of agencies is the largest fall.
    const ws = (await readWorkbook(path.join(dir, "จังหวัด-compare.xlsx"))).worksheets[0]!;
    const worst = [...report.agencies].sort((a, b) => a.delta!.change - b.delta!.change)[0]!;
    let first = "";
    ws.eachRow((row) => {
      if (!first && typeof row.getCell(1).value === "number") first = String(row.getCell(2).value);
    });
    expect(first).toBe(worst.name);
  });

  test("the main run on a provincial table says it holds several agencies and how to compare them", async () => {
    const dir = tempDir();
    const t = provincialTable(5, [2567, 2568], 3);
    const file = path.join(dir, "จังหวัด.xlsx");
    await writeWorkbook(file, [{ name: "ตาราง", rows: t.rows, merges: t.merges }]);
    const r = await runCli([file, "--out", path.join(dir, "o.xlsx")]);
    expect(r.stderr).toMatch(/มีคะแนนของ 5 หน่วยงาน .*ita-analyzer compare/);
  });

  test("usage errors: a missing input, an unknown order", async () => {
    expect((await runCli(["compare", "/nonexistent/x.xlsx"])).code).toBe(1);
    const bad = await runCli(["compare", "x.xlsx", "--sort", "name"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--sort/);
  });

  test("a folder with no agency's scores is a clear error, and no file is written", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "readme.txt"), "x");
    const r = await runCli(["compare", dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ไม่พบคะแนนของหน่วยงานใด/);
    expect(existsSync(`${dir}-compare.xlsx`)).toBe(false);
  });
});

describe("compare never writes over what it reads, and says when there is nothing to compare", () => {
  test("a file with no agency's scores: each reason said, exit 1, no workbook written", async () => {
    const dir = tempDir();
    const file = path.join(dir, "notes.xlsx");
    writeFileSync(file, "not a workbook");
    const r = await runCli(["compare", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/notes\.xlsx: ไฟล์ “notes\.xlsx” ไม่ใช่ไฟล์ Excel/);
    expect(r.stderr).toMatch(/^error: ไม่พบคะแนนของหน่วยงานใด/m);
    expect(existsSync(path.join(dir, "notes-compare.xlsx"))).toBe(false);
  });

  test("--out naming the input, or a workbook of the folder, is refused even with --force", async () => {
    const dir = tempDir();
    const t = provincialTable(4, [2568], 2);
    const file = path.join(dir, "จังหวัด.xlsx");
    await writeWorkbook(file, [{ name: "ตาราง", rows: t.rows }]);
    const before = readFileSync(file);
    const same = await runCli(["compare", file, "--out", file, "--force"]);
    expect(same.code).toBe(1);
    expect(same.stderr).toMatch(/เป็นไฟล์เดียวกับไฟล์ต้นฉบับ/);
    const inFolder = await runCli(["compare", dir, "--out", file, "--force"]);
    expect(inFolder.code).toBe(1);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test("--year compares as of that year: later years left out, ranked by that year's totals", async () => {
    const dir = tempDir();
    const t = provincialTable(6, [2566, 2567, 2568], 9);
    const file = path.join(dir, "จังหวัด.xlsx");
    await writeWorkbook(file, [{ name: "ตาราง", rows: t.rows, merges: t.merges }]);
    const r = await runCli(["compare", file, "--year", "2567", "--json", "-"]);
    const report = JSON.parse(r.stdout) as CompareJson;
    expect(report.year).toBe(2567);
    const best = [...t.agencies].sort((a, b) => b.years[2567]!.total - a.years[2567]!.total)[0]!;
    expect(report.agencies.find((a) => a.rank === 1)!.name).toBe(best.name);
    expect(report.agencies.every((a) => Object.keys(a.years).every((y) => Number(y) <= 2567))).toBe(true);
  });

  test("compare without an input shows compare's own usage", async () => {
    const r = await runCli(["compare"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ita-analyzer compare <สมุดงาน\.xlsx \| โฟลเดอร์>/);
  });
});

test("a refused option's trouble is said in the user's language", async () => {
  const th = await runCli(["compare", "x.xlsx", "--sort", "name"]);
  expect(th.stderr).toMatch(/^error: ตัวเลือก --sort ไม่ถูกต้อง: ใช้ total, change, below หรือ indicator:1/);
  const year = await runCli(["x.xlsx", "--year", "99"]);
  expect(year.stderr).toMatch(/^error: ตัวเลือก --year ไม่ถูกต้อง: ต้องเป็นปี พ\.ศ\. เช่น 2567/);
  // Checked against the pass mark the run takes (the workbook's saved one, else 85), before anything is written.
  const out = path.join(tempDir(), "out.xlsx");
  const en = await runCli([SAMPLE, "--urgent-below", "90", "--lang", "en", "--out", out]);
  expect(en.stderr).toMatch(/^error: invalid option --urgent-below: must not be above the pass mark \(85\)/);
  expect(existsSync(out)).toBe(false);
});

test("--json naming the input, or a link to it, is refused before anything is read", async () => {
  const dir = tempDir();
  const t = provincialTable(4, [2568], 5);
  const file = path.join(dir, "จังหวัด.xlsx");
  await writeWorkbook(file, [{ name: "ตาราง", rows: t.rows }]);
  const before = readFileSync(file);
  const json = await runCli(["compare", file, "--json", file]);
  expect(json.code).toBe(1);
  expect(json.stderr).toMatch(/^error: --json .* เป็นไฟล์เดียวกับไฟล์ต้นฉบับ/m);
  const link = path.join(dir, "link.xlsx");
  symlinkSync(file, link);
  const viaLink = await runCli(["compare", file, "--out", link, "--force"]);
  expect(viaLink.code).toBe(1);
  expect(readFileSync(file).equals(before)).toBe(true);
});
