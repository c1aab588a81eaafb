import JSZip from "jszip";
import { NO_RESULT, cellAt } from "../../src/analysis/grid";
import { PartTooLargeError, XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { cappedText } from "../../src/workbook/xlsx/read/cappedText";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A package written by hand, part by part, as Excel (or another tool) writes these forms. */
async function pack(
  sheets: { name: string; xml: string; state?: string }[],
  extra: Record<string, string> = {},
) {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${MAIN}" xmlns:r="${R}">${extra.workbookPr ?? ""}<sheets>${sheets
      .map(
        (s, i) =>
          `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
      )
      .join("")}</sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        "",
      )}<Relationship Id="rS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rY" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
  );
  sheets.forEach((s, i) =>
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<worksheet xmlns="${MAIN}">${s.xml}</worksheet>`),
  );
  zip.file(
    "xl/sharedStrings.xml",
    extra.sst ??
      `<sst xmlns="${MAIN}"><si><t>ข้อ</t></si><si><r><t>คะแนน </t></r><r><rPr><b/></rPr><t>2567</t></r><rPh><t>ふりがな</t></rPh></si><si><t xml:space="preserve">a&amp;b_x000D_
c</t></si></sst>`,
  );
  zip.file(
    "xl/styles.xml",
    `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="d/m/yyyy"/><numFmt numFmtId="165" formatCode="&quot;mm&quot;0.00"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const grids = async (bytes: Uint8Array) => (await XlsxWorkbook.load(bytes)).readGrids();

describe("the file adapter reads a package's cells straight from its XML", () => {
  test("every kind of cell as the grid gives it", async () => {
    const [g] = await grids(
      await pack([
        {
          name: "ผล",
          xml: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>I1</t></is></c><c r="B2"><v>84.8</v></c><c r="C2" t="b"><v>0</v></c><c r="D2" t="e"><v>#DIV/0!</v></c></row>
<row r="3"><c r="A3" t="str"><f>A2</f><v>I1</v></c><c r="B3"><f>0*1</f><v>0</v></c><c r="C3"><f>1/3</f></c><c r="D3" s="1"><v>45292</v></c></row>
<row r="4"><c r="A4" s="2"><v>0.9</v></c><c r="B4" s="3"><v>12</v></c><c r="C4" s="4"><v>45658</v></c><c r="E4" t="s"><v>0</v></c></row></sheetData>
<mergeCells count="1"><mergeCell ref="E4:F5"/></mergeCells>`,
        },
      ]),
    );
    const at = (r: number, c: number) => cellAt(g!, r, c);
    expect([at(0, 0), at(0, 1), at(0, 2)]).toEqual(["ข้อ", "คะแนน 2567", "a&b\r\nc"]);
    expect([at(1, 0), at(1, 1), at(1, 2), at(1, 3)]).toEqual(["I1", 84.8, false, { error: "#DIV/0!" }]);
    // A formula's cached result, 0 included; one with none is said to have none.
    expect([at(2, 0), at(2, 1), at(2, 2)]).toEqual(["I1", 0, { error: NO_RESULT }]);
    expect(at(2, 3)).toEqual({ date: "2024-01-01T00:00:00.000Z" });
    // 90% as the officer sees it; "mm" in quotes is text, not minutes; a built-in date format.
    expect([at(3, 0), at(3, 1), at(3, 2)]).toEqual([90, 12, { date: "2025-01-01T00:00:00.000Z" }]);
    expect(g!.merges).toEqual([{ top: 3, left: 4, bottom: 4, right: 5 }]);
  });

  test("a stray value at XFD1048576 costs one cell, not the sheet's box", async () => {
    const [g] = await grids(
      await pack([
        {
          name: "s",
          xml: `<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="1048576"><c r="XFD1048576"><v>5</v></c></row></sheetData>`,
        },
      ]),
    );
    expect(g!.rows.length).toBe(1_048_576);
    expect(g!.rows.flat().filter((v) => v !== null)).toEqual(["ข้อ", 5]);
    // Empty rows are empty arrays; only the last row holds cells up to XFD.
    expect(g!.rows.filter((r) => r.length > 0).map((r) => r.length)).toEqual([1, 16_384]);
  });

  test("damage never costs memory or time: references past Excel's limits, an unclosed cell, a whole-sheet merge", async () => {
    const unclosed = '<c r="B1"><v>1</v>'.repeat(20_000);
    const started = Date.now();
    const [g] = await grids(
      await pack([
        {
          name: "s",
          xml: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>${unclosed}<c r="C1"><v>3</v></c></row><row r="99999999"><c><v>5</v></c></row><row r="2"><c r="XFE2"><v>6</v></c><c r="A2"><v>7</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="B5:XFD1048576"/><mergeCell ref="A1:A99999999"/></mergeCells>`,
        },
      ]),
    );
    // The unclosed cells are skipped, not searched to the end 20,000 times (quadratic: seconds).
    expect(Date.now() - started).toBeLessThan(1500);
    expect(g!.rows.length).toBe(2);
    expect(g!.rows.flat().filter((v) => v !== null)).toEqual(["ข้อ", 3, 7]);
    expect(g!.merges).toEqual([{ top: 4, left: 1, bottom: 1_048_575, right: 16_383 }]);
  });

  test("text in prefixed elements (<x:t>) is read, as some writers qualify every element", async () => {
    const [g] = await grids(
      await pack(
        [
          {
            name: "s",
            xml: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>`,
          },
        ],
        {
          sst: `<x:sst xmlns:x="${MAIN}"><x:si><x:t>ข้อ</x:t></x:si><x:si><x:r><x:t>คะแนน </x:t></x:r><x:r><x:t>2567</x:t></x:r><x:rPh><x:t>ふ</x:t></x:rPh></x:si></x:sst>`,
        },
      ),
    );
    expect([cellAt(g!, 0, 0), cellAt(g!, 0, 1)]).toEqual(["ข้อ", "คะแนน 2567"]);
  });

  test("rows and cells without their r attribute follow the ones before; dates counted from 1904", async () => {
    const [g] = await grids(
      await pack(
        [
          {
            name: "s",
            xml: `<sheetData><row><c t="s"><v>0</v></c><c s="1"><v>0</v></c></row><row><c><v>7</v></c></row></sheetData>`,
          },
        ],
        {
          workbookPr: `<workbookPr date1904="1"/>`,
        },
      ),
    );
    expect([cellAt(g!, 0, 0), cellAt(g!, 0, 1), cellAt(g!, 1, 0)]).toEqual([
      "ข้อ",
      { date: "1904-01-01T00:00:00.000Z" },
      7,
    ]);
  });

  test("a large sheet with no score labels in its first rows is only probed; one with them is read whole", async () => {
    const row = (r: number, a: string, b: number) =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${a}</t></is></c><c r="B${r}"><v>${b}</v></c></row>`;
    const list = Array.from({ length: 60_000 }, (_, i) => row(i + 1, `รายการที่ ${i}`, i)).join("");
    const scores =
      row(1, "ข้อ", 2567) +
      Array.from({ length: 60_000 }, (_, i) => row(i + 2, `I${(i % 15) + 1}`, 80)).join("");
    const [staff, table] = await grids(
      await pack([
        { name: "บุคลากร", xml: `<sheetData>${list}</sheetData>` },
        { name: "คะแนน", xml: `<sheetData>${scores}</sheetData>` },
      ]),
    );
    expect(staff!.rows.length).toBe(200);
    expect(table!.rows.length).toBe(60_001);
  });

  test("a large table of agencies (a country's provincial table) is read whole, not cut at the probe", async () => {
    const head = ["หน่วยงาน", "ปี", ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`), "คะแนน ITA"];
    const cell = (r: number, c: number, v: string | number) =>
      typeof v === "number"
        ? `<c r="${String.fromCharCode(65 + c)}${r}"><v>${v}</v></c>`
        : `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const line = (r: number, values: (string | number)[]) =>
      `<row r="${r}">${values.map((v, c) => cell(r, c, v)).join("")}</row>`;
    const body = Array.from({ length: 30_000 }, (_, i) =>
      line(i + 2, [`เทศบาลตำบลที่ ${i}`, 2568, ...Array<number>(10).fill(90), 90]),
    ).join("");
    const [table] = await grids(
      await pack([{ name: "ประเทศ", xml: `<sheetData>${line(1, head)}${body}</sheetData>` }]),
    );
    expect(table!.rows.length).toBe(30_001);
  });

  test("a part that would inflate past the limit (a zip bomb of shared strings) is refused before it is read", async () => {
    const bytes = await pack([{ name: "s", xml: "<sheetData/>" }]);
    // The central directory says what each part inflates to: 1.1 GB for the shared strings, as a bomb declares.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode("xl/sharedStrings.xml");
    for (let at = 0; at + 46 < bytes.length; at++)
      if (view.getUint32(at, true) === 0x02014b50 && view.getUint16(at + 28, true) === name.length) {
        const here = bytes.subarray(at + 46, at + 46 + name.length);
        if (here.every((b, i) => b === name[i])) view.setUint32(at + 24, 1_100_000_000, true);
      }
    const e: unknown = await XlsxWorkbook.load(bytes).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(PartTooLargeError);
    expect((e as PartTooLargeError).part).toBe("xl/sharedStrings.xml");
  });
});

describe("a part is inflated chunk by chunk and given up past the limit, whatever its headers claim", () => {
  test("5 MB of shared strings against a 1 MB limit: refused after about the limit, not the whole part", async () => {
    const zip = new JSZip();
    zip.file("xl/sharedStrings.xml", "<si><t>x</t></si>".repeat(300_000), { compression: "DEFLATE" });
    const loaded = await JSZip.loadAsync(
      await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
    );
    const e: unknown = await cappedText(loaded, "xl/sharedStrings.xml", 1_000_000).catch(
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(PartTooLargeError);
    expect((e as PartTooLargeError).bytes).toBeGreaterThan(1_000_000);
    expect((e as PartTooLargeError).bytes).toBeLessThan(2_000_000);
    expect(await cappedText(loaded, "xl/sharedStrings.xml", 10_000_000)).toHaveLength(5_100_000);
    expect(await cappedText(loaded, "xl/missing.xml", 1)).toBeNull();
  });
});
