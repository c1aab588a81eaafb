import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../helpers/cli";
import { editLikeExcel } from "../helpers/excelEdits";
import { packageProblems } from "../helpers/packageCheck";
import { richWorkbook } from "../helpers/richWorkbook";
import { SEED000_DOCUMENTS } from "../helpers/seed000";
import { readWorkbook, tempDir } from "../helpers/xlsx";

/** The parts the writer edits to list the new sheets; calcChain is dropped when a sheet goes (Excel rebuilds it). */
const EDITED = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

const DOCUMENTS = SEED000_DOCUMENTS;

/** Each kind of part an officer's workbook may hold, by the part that carries it. */
const KINDS: [string, RegExp][] = [
  ["chart", /^xl\/charts\/chart1\.xml$/],
  ["drawing with a text box and the chart", /^xl\/drawings\/drawing1\.xml$/],
  ["image", /^xl\/media\/image1\.png$/],
  ["legacy note", /^xl\/comments1\.xml$/],
  ["note shapes (VML)", /^xl\/drawings\/vmlDrawing1\.vml$/],
  ["threaded comment", /^xl\/threadedComments\/threadedComment1\.xml$/],
  ["comment authors (persons)", /^xl\/persons\/person\.xml$/],
  ["pivot table", /^xl\/pivotTables\/pivotTable1\.xml$/],
  ["pivot cache", /^xl\/pivotCache\/pivotCacheDefinition1\.xml$/],
  ["table", /^xl\/tables\/table1\.xml$/],
  ["external link", /^xl\/externalLinks\/externalLink1\.xml$/],
  ["custom XML", /^customXml\/item1\.xml$/],
  [
    "the officer's sheets (values, validation, conditional formats, hyperlink)",
    /^xl\/worksheets\/sheet[123]\.xml$/,
  ],
  ["shared strings", /^xl\/sharedStrings\.xml$/],
  ["theme", /^xl\/theme\/theme1\.xml$/],
];

async function parts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async("nodebuffer"));
  return out;
}

async function run(input: Uint8Array, ext = "xlsx") {
  const dir = tempDir();
  const file = path.join(dir, `ผล.${ext}`);
  writeFileSync(file, input);
  const r = await runCli([file, "--lang", "en"]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  return { dir, file, out: path.join(dir, `ผล-ita.${ext}`) };
}

describe("the CLI writes into the officer's own package: every part it does not edit is kept byte for byte", () => {
  test.each([
    ["an .xlsx", false],
    ["an .xlsm with its macros", true],
  ])("%s", async (_, macro) => {
    const input = await richWorkbook(macro);
    const { out } = await run(input, macro ? "xlsm" : "xlsx");
    const before = await parts(input);
    const after = await parts(readFileSync(out));
    for (const [name, bytes] of before)
      if (!EDITED.includes(name)) expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
    for (const [kind, re] of KINDS)
      expect([kind, [...before.keys()].some((n) => re.test(n))]).toEqual([kind, true]);
    if (macro) {
      expect(after.get("xl/vbaProject.bin")?.equals(before.get("xl/vbaProject.bin")!)).toBe(true);
      expect(after.get("[Content_Types].xml")!.toString()).toContain("macroEnabled.main+xml");
    }
    expect(await packageProblems(readFileSync(out))).toEqual([]);
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["คะแนน", "แผนภูมิ", "ซ่อน", ...DOCUMENTS]);
    expect(wb.getWorksheet("ซ่อน")!.state).toBe("hidden");
  });

  test("running on the output again: the old documents' parts go, nothing else changes, styles do not grow", async () => {
    const { out } = await run(await richWorkbook());
    const first = readFileSync(out);
    const again = await run(first);
    const a = await parts(first);
    const b = await parts(readFileSync(again.out));
    expect(b.get("xl/styles.xml")!.equals(a.get("xl/styles.xml")!)).toBe(true);
    const own = [...a.keys()].filter(
      (n) => !EDITED.includes(n) && !/^xl\/worksheets\/sheet([4-9]|\d\d)\.xml$/.test(n),
    );
    for (const name of own) expect([name, b.get(name)?.equals(a.get(name)!)]).toEqual([name, true]);
    expect(await packageProblems(readFileSync(again.out))).toEqual([]);
    const wb = await readWorkbook(again.out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["คะแนน", "แผนภูมิ", "ซ่อน", ...DOCUMENTS]);
  });

  test("names: the officer's own are kept; one into a document written again under its name still points there; one into a renamed document that goes turns #REF! as in Excel", async () => {
    const { out } = await run(await richWorkbook());
    // The officer renamed the results document "ผล" (a Thai name Excel and LibreOffice write unquoted) and named
    // two cells: one in the measures document, one in a sheet whose name merely ends with "ผล".
    const edited = await editLikeExcel(readFileSync(out), [{ sheet: "รายงานผลมาตรการ 2566", rename: "ผล" }]);
    const zip = await JSZip.loadAsync(edited);
    const withNames = (await zip.file("xl/workbook.xml")!.async("string")).replace(
      "</definedNames>",
      "<definedName name=\"ที่มาตรการ\">'มาตรการ ITA 2567'!$B$6</definedName>" +
        '<definedName name="ยอดสรุป">สรุปผล!$B$1</definedName>' +
        '<definedName name="ผลที่กรอก">ผล!$E$7</definedName></definedNames>',
    );
    zip.file("xl/workbook.xml", withNames);
    const again = await run(await zip.generateAsync({ type: "uint8array" }));
    const wbXml = (await parts(readFileSync(again.out))).get("xl/workbook.xml")!.toString();
    expect(wbXml).toContain("<definedName name=\"คะแนนทั้งหมด\">'คะแนน'!$B$4:$C$40</definedName>");
    expect(wbXml).toContain("<definedName name=\"ที่มาตรการ\">'มาตรการ ITA 2567'!$B$6</definedName>");
    expect(wbXml).toContain('<definedName name="ยอดสรุป">สรุปผล!$B$1</definedName>');
    expect(wbXml).toContain('<definedName name="ผลที่กรอก">#REF!</definedName>');
    const local = [...wbXml.matchAll(/localSheetId="(\d+)">'([^']+)'!/g)].map((m) => [Number(m[1]), m[2]]);
    const order = ["คะแนน", "แผนภูมิ", "ซ่อน", ...DOCUMENTS];
    expect(local.length).toBeGreaterThan(0);
    for (const [at, sheet] of local) expect(order[at as number]).toBe(sheet);
  });
});
