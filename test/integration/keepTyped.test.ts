import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../helpers/cli";
import { addSheetLikeExcel, editLikeExcel } from "../helpers/excelEdits";
import { SAMPLE } from "../helpers/sample";
import { readWorkbook, tempDir } from "../helpers/xlsx";

/** Every text of a sheet, by address. */
async function texts(file: string, sheet: string): Promise<Map<string, string>> {
  const ws = (await readWorkbook(file)).getWorksheet(sheet)!;
  const out = new Map<string, string>();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (!cell.isMerged || cell.master === cell) out.set(cell.address, String(cell.value ?? ""));
    }),
  );
  return out;
}

/** The address of the first cell of a sheet whose text starts so. */
async function find(file: string, sheet: string, start: string): Promise<string> {
  for (const [at, t] of await texts(file, sheet)) if (t.startsWith(start)) return at;
  throw new Error(`no “${start}…” in ${sheet}`);
}

function sampleCopy() {
  const dir = tempDir();
  const input = path.join(dir, "ผล.xlsx");
  copyFileSync(SAMPLE, input);
  return { input, out: path.join(dir, "ผล-ita.xlsx") };
}

describe("what officers type into the documents is kept when they are written again", () => {
  test("the memo's ที่ and วันที่, the ประกาศ's date, an edited measure title and the analysis' ข้อเสนอแนะ", async () => {
    const { input, out } = sampleCopy();
    expect((await runCli([input])).code).toBe(0);
    const memo = "บันทึกมาตรการ 2568";
    const measures = "มาตรการ ITA 2568";
    const analysis = "วิเคราะห์ ITA 2567";
    const title = await find(out, measures, "1. มาตรการเปิดเผยข้อมูล");
    const advice = (await find(out, analysis, "ผู้รับผิดชอบ: งานวิเคราะห์")).replace(/^[A-Z]+/, "I");
    const typed = {
      number: "ชม 52301/1234",
      date: "5 ธันวาคม 2568",
      announced: "ประกาศ ณ วันที่ 9 ธันวาคม พ.ศ. 2568",
      title: "1. มาตรการเปิดเผยข้อมูลสาธารณะของเทศบาล (ปรับตามที่ประชุม)",
      advice: "ผู้รับผิดชอบ: สำนักปลัด\nระยะเวลา: ภายในธันวาคม 2568",
    };
    writeFileSync(
      out,
      await editLikeExcel(readFileSync(out), [
        { sheet: memo, cells: { B3: typed.number, F3: typed.date } },
        {
          sheet: "ประกาศมาตรการ 2568",
          cells: { [await find(out, "ประกาศมาตรการ 2568", "ประกาศ ณ วันที่")]: typed.announced },
        },
        { sheet: measures, cells: { [title]: typed.title } },
        { sheet: analysis, cells: { [advice]: typed.advice } },
      ]),
    );
    const again = await runCli([input, "--lang", "en"]);
    expect({ code: again.code, stderr: again.stderr }).toEqual({ code: 0, stderr: "" });
    const memoNow = await texts(out, memo);
    expect([memoNow.get("B3"), memoNow.get("F3")]).toEqual([typed.number, typed.date]);
    expect([...(await texts(out, "ประกาศมาตรการ 2568")).values()]).toContain(typed.announced);
    expect([...(await texts(out, measures)).values()]).toContain(typed.title);
    expect([...(await texts(out, analysis)).values()]).toContain(typed.advice);
  });

  test("a text the officer cut short stays cut; when its row is written anew (a score changed) the run stops", async () => {
    const { input, out } = sampleCopy();
    expect((await runCli([input])).code).toBe(0);
    const analysis = "วิเคราะห์ ITA 2567";
    const at = await find(out, analysis, "จากผลการประเมินพบว่า ข้อมูล “แผนยุทธศาสตร์");
    const full = (await texts(out, analysis)).get(at)!;
    const cut = full.slice(0, full.indexOf("ดังนั้น")).trim();
    expect(cut.length).toBeGreaterThan(20);
    expect(cut.length).toBeLessThan(full.length - 20);
    writeFileSync(out, await editLikeExcel(readFileSync(out), [{ sheet: analysis, cells: { [at]: cut } }]));
    // Run on the working file as it stands: the cut text is kept.
    const kept = out.replace("-ita.xlsx", "-kept.xlsx");
    const again = await runCli([out, "--out", kept, "--lang", "en"]);
    expect({ code: again.code, stderr: again.stderr }).toEqual({ code: 0, stderr: "" });
    expect((await texts(kept, analysis)).get(at)).toBe(cut);
    // O7's score corrected in the working file: its row is written anew, and the whole text would be back.
    writeFileSync(out, await editLikeExcel(readFileSync(out), [{ sheet: "ITA 2567", cells: { D9: "40" } }]));
    const next = out.replace("-ita.xlsx", "-next.xlsx");
    const r = await runCli([out, "--out", next, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`“${analysis}”!${at}`);
    expect(existsSync(next)).toBe(false);
  });

  test("a date typed as a date comes back a date in Excel's short-date form, not as text", async () => {
    const { input, out } = sampleCopy();
    expect((await runCli([input])).code).toBe(0);
    const memo = "บันทึกมาตรการ 2568";
    // 5 Dec 2025 as Excel stores it.
    const serial = (Date.UTC(2025, 11, 5) - Date.UTC(1899, 11, 30)) / 86_400_000;
    writeFileSync(out, await editLikeExcel(readFileSync(out), [{ sheet: memo, cells: { F3: { serial } } }]));
    const again = await runCli([input, "--lang", "en"]);
    expect({ code: again.code, stderr: again.stderr }).toEqual({ code: 0, stderr: "" });
    const cell = (await readWorkbook(out)).getWorksheet(memo)!.getCell("F3");
    expect(cell.value).toEqual(new Date(Date.UTC(2025, 11, 5)));
    expect(cell.numFmt).toBe("mm-dd-yy");
  });

  test("text typed where the tool writes nothing again is said, and nothing is written without --force", async () => {
    const { input, out } = sampleCopy();
    expect((await runCli([input])).code).toBe(0);
    // A line the officer added below the memo's last row: the tool writes no such row.
    const analysis = "บันทึกมาตรการ 2568";
    const at = "A45";
    writeFileSync(
      out,
      await editLikeExcel(readFileSync(out), [{ sheet: analysis, cells: { [at]: "หมายเหตุของนิติกร" } }]),
    );
    const before = readFileSync(out);
    const r = await runCli([input, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`“${analysis}”!${at}`);
    expect(r.stderr).toContain("หมายเหตุของนิติกร");
    expect(readFileSync(out).equals(before)).toBe(true);
    const forced = await runCli([input, "--force", "--lang", "en"]);
    expect(forced.code).toBe(0);
    // Forced, the loss is still said, on stderr, naming the cell and the text.
    expect(forced.stderr).toMatch(/^warning: 1 text\(s\) typed/);
    expect(forced.stderr).toContain(`“${analysis}”!${at} “หมายเหตุของนิติกร”`);
  });
});

describe("last year's results report, with what was done typed in, stays as it stands", () => {
  test("a year later the new report is added and the old one is left untouched, part for part", async () => {
    const { input, out } = sampleCopy();
    expect((await runCli([input])).code).toBe(0);
    const report = "รายงานผลมาตรการ 2567";
    const ws = (await readWorkbook(out)).getWorksheet(report)!;
    // The first measure's ผลการดำเนินการ: below the header, the first row whose hidden measure id is filled.
    let head = 0;
    const col = (r: number, text: string) => (ws.getRow(r).values as unknown[]).findIndex((v) => v === text);
    ws.eachRow((_, r) => void (head === 0 && col(r, "รหัสมาตรการ") > 0 && (head = r)));
    let row = head + 1;
    while (!ws.getCell(row, col(head, "รหัสมาตรการ")).value) row++;
    const at = ws.getCell(row, col(head, "ผลการดำเนินการ")).address;
    // The officer types what was done, over two lines, then a year later adds the next year's scores.
    let bytes = await editLikeExcel(readFileSync(out), [
      { sheet: report, cells: { [at]: "ประชุม 2 ครั้ง\nอบรม 1 ครั้ง" } },
    ]);
    const items = Array.from({ length: 15 }, (_, i) => [`I${i + 1}`, "96"]);
    bytes = await addSheetLikeExcel(bytes, "ITA 2568", [["ข้อ", "คะแนน 2568"], ...items]);
    const year3 = out.replace("-ita.xlsx", "-2568.xlsx");
    writeFileSync(year3, bytes);
    const r = await runCli([year3, "--lang", "en"]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    const before = await JSZip.loadAsync(readFileSync(year3));
    const after = await JSZip.loadAsync(readFileSync(year3.replace(".xlsx", "-ita.xlsx")));
    const part = async (zip: JSZip, sheet: string) => {
      const wb = await zip.file("xl/workbook.xml")!.async("string");
      const rid = new RegExp(`name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
      const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
      return zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
    };
    const names = (await readWorkbook(year3.replace(".xlsx", "-ita.xlsx"))).worksheets.map((w) => w.name);
    expect(names).toContain(report);
    expect(await part(after, report)).toBe(await part(before, report));
    expect(
      (await readWorkbook(year3.replace(".xlsx", "-ita.xlsx"))).getWorksheet("รายงานผลมาตรการ 2568"),
    ).toBeDefined();
  });
});
