import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { runCli } from "../helpers/cli";
import { editLikeExcel } from "../helpers/excelEdits";
import { SEED000_DOCUMENTS, SEED000_ROWS } from "../helpers/seed000";
import { readWorkbook, tempDir, writeWorkbook } from "../helpers/xlsx";

/** All text of a sheet, row by row, for assertions on what an officer would read. */
function rowsOf(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c) =>
      // As printed: the zero-width break opportunities after slashes are not seen.
      cells.push(c.value === null || c.value === undefined ? "" : String(c.value).replace(/\u200b/g, "")),
    );
    out.push(cells);
  });
  return out;
}

describe("the three documents from seed 000's figures (2565 → 2566)", () => {
  const dir = tempDir();
  const input = path.join(dir, "nongyuang.xlsx");
  const out = path.join(dir, "out.xlsx");
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    await writeWorkbook(input, [{ name: "ผลการประเมิน", rows: SEED000_ROWS }]);
    const r = await runCli([input, "--out", out, "--agency", "เทศบาลตำบลหนองยวง"]);
    expect(r.code).toBe(0);
    wb = await readWorkbook(out);
  });

  test("sheet names and titles with the right fiscal years", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["ผลการประเมิน", ...SEED000_DOCUMENTS]);
    const measures = rowsOf(wb.getWorksheet("มาตรการ ITA 2567")!);
    // Indicator 10 has no score in seed 000: said to the officer above the document, not printed in it.
    expect(measures[0]![0]).toMatch(/^หมายเหตุถึงผู้จัดทำ \(แถวนี้ไม่พิมพ์\): ไม่พบคะแนนของตัวชี้วัดที่ 10 /);
    expect(measures[1]![0]).toBe("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
    expect(measures[2]![0]).toBe("ประจำปีงบประมาณ พ.ศ. 2567 เทศบาลตำบลหนองยวง");
    const resultsSheet = wb.getWorksheet("รายงานผลมาตรการ 2566")!;
    const results = rowsOf(resultsSheet);
    // No adopted measures sheet: a note to the officer above the report, outside what prints.
    expect(String(results[0]![0])).toMatch(/^หมายเหตุถึงผู้จัดทำ \(แถวนี้ไม่พิมพ์\)/);
    expect(resultsSheet.pageSetup.printArea).toBe(`A2:H${resultsSheet.rowCount}`);
    expect(results[1]![0]).toBe("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
    expect(results[2]![0]).toBe("ประจำปีงบประมาณ พ.ศ. 2566 เทศบาลตำบลหนองยวง");
  });

  test("the measures table: header, both sections, shared measures naming their items", () => {
    const rows = rowsOf(wb.getWorksheet("มาตรการ ITA 2567")!);
    const header = rows.findIndex((r) => r[0] === "ประเด็น/ตัวชี้วัด");
    expect(rows[header]!.slice(0, 6)).toEqual([
      "ประเด็น/ตัวชี้วัด",
      "มาตรการ",
      "ขั้นตอน/วิธีการปฏิบัติ",
      "ผู้รับผิดชอบ",
      "ระยะเวลา",
      "การกำกับติดตาม",
    ]);
    const flat = rows.map((r) => r.join(" | "));
    expect(flat.some((r) => r.startsWith("1. ข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน"))).toBe(true);
    expect(flat.some((r) => r.startsWith("2. ประเด็นที่ต้องพัฒนาให้ดีขึ้น"))).toBe(true);
    const fair = flat.find((r) => r.includes("มาตรการส่งเสริมความเป็นธรรมในการมอบหมายงาน"))!;
    expect(fair).toContain("(ข้อ I15 (ITA 2566))");
    const asset = flat.find((r) => r.includes("มาตรการกำกับดูแลการใช้ทรัพย์สินของราชการ"))!;
    expect(asset).toContain("(ข้อ I19, I20 (ITA 2566))");
    // Every one of the ten indicators has a measure; the passing ones keep and raise the standard.
    for (let n = 1; n <= 10; n++)
      expect(
        flat.filter((r) => new RegExp(`^ตัวชี้วัดที่ ${n} \\S+.* \\| \\d+\\. มาตรการ`).test(r)).length,
      ).toBeGreaterThan(0);
    expect(
      flat.some((r) => r.startsWith("ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต | ") && r.includes("มาตรการรักษามาตรฐาน")),
    ).toBe(true);
    expect(flat.some((r) => /ไม่มี —|ควรรักษามาตรฐานไว้ \|/.test(r))).toBe(false);
  });

  test("the results report: last year's measures with generated outcomes and an empty column for the officer", () => {
    const ws = wb.getWorksheet("รายงานผลมาตรการ 2566")!;
    const text = rowsOf(ws)
      .map((r) => r.join(" | "))
      .join("\n");
    expect(text).toContain(
      "ผลการประเมิน ITA ปี 2565 ตัวชี้วัดที่ 3 การใช้อำนาจ ข้อ I13 ได้ 84.80 ปี 2566 ได้ 88.81 เพิ่มขึ้น 4.01 คะแนน และผ่านเกณฑ์การประเมินฯ แสดงให้เห็นว่า",
    );
    expect(text).toContain(
      "ผลการประเมิน ITA ปี 2565 ตัวชี้วัดที่ 2 การใช้งบประมาณ ข้อ I12 ได้ 78.75 ปี 2566 เทียบกับข้อ I8 ได้ 75.84 ลดลง 2.91 คะแนน และยังไม่ผ่านเกณฑ์การประเมินฯ แสดงให้เห็นว่า",
    );
    expect(text).toContain(
      "ผลการประเมิน ITA ปี 2565 ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ข้อ I2 ได้ 80.10 ปี 2566 ได้ 93.06 เพิ่มขึ้น 12.96 คะแนน และผ่านเกณฑ์การประเมินฯ แสดงให้เห็นว่า",
    );
    expect(text).toContain(
      "ผลการประเมิน ITA ปี 2565 ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 75.64 ปี 2566 ได้ 100.00 เพิ่มขึ้น 24.36 คะแนน และผ่านเกณฑ์การประเมินฯ แสดงให้เห็นว่า",
    );
    const header = rowsOf(ws).find((r) => r[0] === "มาตรการ/แนวทาง")!;
    expect(header.slice(0, 6)).toEqual([
      "มาตรการ/แนวทาง",
      "วิธีดำเนินการ",
      "ผู้รับผิดชอบ",
      "ระยะเวลา",
      "ผลการดำเนินการ",
      "ผลลัพธ์หรือความสำเร็จของการดำเนินการ",
    ]);
  });

  test("formatting: font, bold filled header, borders, wrap, landscape A4 fitted to one page wide, header repeated, id column hidden", () => {
    const ws = wb.getWorksheet("มาตรการ ITA 2567")!;
    const headerRow = ws.getRow(5);
    expect(String(headerRow.getCell(1).value).replace(/\u200b/g, "")).toBe("ประเด็น/ตัวชี้วัด");
    expect(headerRow.getCell(1).font).toMatchObject({ name: "TH SarabunPSK", size: 16, bold: true });
    expect(headerRow.getCell(1).fill).toMatchObject({ fgColor: { argb: "FFD9E2F3" } });
    let measureRow = 0;
    ws.eachRow((row, n) => {
      if (!measureRow && /^\d+\. มาตรการ/.test(String(row.getCell(2).value))) measureRow = n;
    });
    expect(ws.getRow(measureRow).getCell(3).border?.left?.style).toBe("thin");
    expect(ws.getRow(measureRow).getCell(3).alignment?.wrapText).toBe(true);
    expect(ws.getRow(measureRow).height).toBeGreaterThan(80);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "5:5",
    });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(ws.getColumn(7).hidden).toBe(true);
    expect(ws.getColumn(3).width).toBeGreaterThan(40);
    expect(ws.getCell("A1").isMerged).toBe(true);
  });

  test("flagged scores highlighted, changes coloured, numbers with 2 decimals", () => {
    const ws = wb.getWorksheet("วิเคราะห์ ITA 2566")!;
    let i15: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === "I15" && !i15) i15 = row;
    });
    expect(i15!.getCell(5).value).toBe(83.4);
    expect(i15!.getCell(5).fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(i15!.getCell(5).numFmt).toBe("0.00");
    expect(i15!.getCell(6).font?.color?.argb).toBe("FF006100");
    expect(String(i15!.getCell(7).value)).toMatch(/ดังนั้น หน่วยงานควร.*\(อ้างอิงจาก o23, o26\)$/);
  });

  test("--thai-digits prints Thai digits in text and numbers (numbers as Thai-digit text, so LibreOffice prints them too)", async () => {
    const o2 = path.join(dir, "thai.xlsx");
    expect((await runCli([input, "--out", o2, "--thai-digits"])).code).toBe(0);
    const ws = (await readWorkbook(o2)).getWorksheet("มาตรการ ITA 2567")!;
    expect(String(ws.getCell("A3").value)).toBe("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗");
    const analysis = (await readWorkbook(o2)).getWorksheet("วิเคราะห์ ITA 2566")!;
    const changes = rowsOf(analysis).flat();
    expect(changes).toContain("๙๓.๐๖");
    expect(changes).toContain("+๑๒.๙๖");
    expect(changes).toContain("-๐.๕๐");
  });
});

describe("regenerating keeps what the officer typed", () => {
  test("results typed in ผลการดำเนินการ and an edited owner survive a second run; officer sheets untouched", async () => {
    const dir = tempDir();
    const input = await writeWorkbook(path.join(dir, "in.xlsx"), [
      { name: "ผลการประเมิน", rows: SEED000_ROWS },
      { name: "บันทึกของฉัน", rows: [["งานที่ต้องทำ"], ["=ไม่ใช่สูตร"]] },
    ]);
    const first = path.join(dir, "first.xlsx");
    expect((await runCli([input, "--out", first])).code).toBe(0);

    const wb = await readWorkbook(first);
    const results = wb.getWorksheet("รายงานผลมาตรการ 2566")!;
    let typedRow = 0;
    results.eachRow((row, n) => {
      if (!typedRow && String(row.getCell(1).value).includes("มาตรการส่งเสริมความเป็นธรรม")) typedRow = n;
    });
    expect(typedRow).toBeGreaterThan(0);
    // Typed in Excel, and the sheet renamed by the officer: Excel updates the defined name that marks the sheet,
    // so it is still recognised.
    const edited = await editLikeExcel(readFileSync(first), [
      {
        sheet: "รายงานผลมาตรการ 2566",
        cells: { [`E${typedRow}`]: "จัดอบรมหลักเกณฑ์การประเมินผลแล้ว 2 ครั้ง", [`C${typedRow}`]: "งานการเจ้าหน้าที่" },
        rename: "ผลที่ฉันกรอก",
      },
    ]);
    writeFileSync(first, edited);

    const second = path.join(dir, "second.xlsx");
    const r = await runCli([first, "--out", second]);
    expect(r.code).toBe(0);
    const wb2 = await readWorkbook(second);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(["ผลการประเมิน", "บันทึกของฉัน", ...SEED000_DOCUMENTS]);
    const again = wb2.getWorksheet("รายงานผลมาตรการ 2566")!;
    let kept: ExcelJS.Row | undefined;
    again.eachRow((row) => {
      if (String(row.getCell(1).value).includes("มาตรการส่งเสริมความเป็นธรรม")) kept = row;
    });
    expect(kept!.getCell(5).value).toBe("จัดอบรมหลักเกณฑ์การประเมินผลแล้ว 2 ครั้ง");
    expect(kept!.getCell(3).value).toBe("งานการเจ้าหน้าที่");
    expect(wb2.getWorksheet("บันทึกของฉัน")!.getCell("A2").value).toBe("=ไม่ใช่สูตร");
  });
});

describe("--previous and the people of the papers", () => {
  const yearRows = (year: number, scores: [string, number][]) => [["ข้อ", `คะแนน ${year}`], ...scores];
  const y2566: [string, number][] = [
    ["i8", 72.5],
    ["i13", 90],
    ["o12", 0],
  ];
  const y2567: [string, number][] = [
    ["i4", 88],
    ["i7", 95],
    ["o8", 100],
  ];

  test("the results report follows the measures sheet of the workbook given with --previous", async () => {
    const dir = tempDir();
    const last = await writeWorkbook(path.join(dir, "2566.xlsx"), [
      { name: "ITA 2566", rows: yearRows(2566, y2566) },
    ]);
    const lastOut = path.join(dir, "2566-ita.xlsx");
    expect((await runCli([last, "--out", lastOut])).code).toBe(0);
    const now = await writeWorkbook(path.join(dir, "2567.xlsx"), [
      { name: "ITA 2566", rows: yearRows(2566, y2566) },
      { name: "ITA 2567", rows: yearRows(2567, y2567) },
    ]);
    const out = path.join(dir, "2567-ita.xlsx");
    const args = ["--previous", lastOut, "--division", "สำนักปลัด", "--writer", "นางสาวสมใจ ใจดี"];
    const r = await runCli([now, "--out", out, ...args, "--json", "-"]);
    expect(r.code).toBe(0);
    const wb = await readWorkbook(out);
    const results = rowsOf(wb.getWorksheet("รายงานผลมาตรการ 2567")!).map((x) => x.join(" | "));
    expect(results.some((x) => x.includes("ไม่พบแผ่นมาตรการ"))).toBe(false);
    expect(results.some((x) => /\| 2567\.I2\./.test(x))).toBe(true);
    const memo = rowsOf(wb.getWorksheet("บันทึกรายงานผล 2567")!).map((x) => x.join(" | "));
    expect(memo.some((x) => x.includes("สำนักปลัด"))).toBe(true);
    expect(memo.some((x) => x.includes("( นางสาวสมใจ ใจดี )"))).toBe(true);
  });

  test("a --previous file that cannot be read is an error naming it", async () => {
    const dir = tempDir();
    const input = await writeWorkbook(path.join(dir, "in.xlsx"), [
      { name: "ITA 2567", rows: yearRows(2567, y2567) },
    ]);
    const r = await runCli([input, "--previous", path.join(dir, "missing.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*missing\.xlsx/);
  });
});
