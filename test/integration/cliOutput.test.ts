import { spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  linkSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import JSZip from "jszip";
import { runCli } from "../helpers/cli";
import { richWorkbook } from "../helpers/richWorkbook";
import { addSheetLikeExcel, editLikeExcel } from "../helpers/excelEdits";
import { SAMPLE } from "../helpers/sample";
import { readWorkbook, tempDir, writeWorkbook } from "../helpers/xlsx";

const RESULTS = "รายงานผลมาตรการ 2567";
const TYPED = "จัดอบรมบุคลากร 45 คน เมื่อ 12 มี.ค. 2567";

/** A copy of the sample in a folder of its own, and where its default output goes. */
function sampleCopy() {
  const dir = tempDir();
  const input = path.join(dir, "ผล ITA.xlsx");
  copyFileSync(SAMPLE, input);
  return { dir, input, out: path.join(dir, "ผล ITA-ita.xlsx") };
}

/** Types into the output, as an officer would in Excel: the first measure's ผลการดำเนินการ, and maybe a sheet. */
async function typeIntoOutput(out: string, extraSheet?: string) {
  const ws = (await readWorkbook(out)).getWorksheet(RESULTS)!;
  // The first measure's row: below the header, the first row whose (hidden) measure id is filled.
  let head = 0;
  const col = (r: number, text: string) => (ws.getRow(r).values as unknown[]).findIndex((v) => v === text);
  ws.eachRow((_, r) => void (head === 0 && col(r, "รหัสมาตรการ") > 0 && (head = r)));
  const [result, id] = [col(head, "ผลการดำเนินการ"), col(head, "รหัสมาตรการ")];
  let row = head + 1;
  while (!ws.getCell(row, id).value) row++;
  let bytes = await editLikeExcel(readFileSync(out), [
    { sheet: RESULTS, cells: { [ws.getCell(row, result).address]: TYPED } },
  ]);
  if (extraSheet) bytes = await addSheetLikeExcel(bytes, extraSheet, [["บันทึกของฉัน"]]);
  writeFileSync(out, bytes);
}

async function resultTexts(out: string): Promise<string[]> {
  const ws = (await readWorkbook(out)).getWorksheet(RESULTS)!;
  const texts: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => void (typeof cell.value === "string" && texts.push(cell.value))),
  );
  return texts;
}

describe("running again never loses what was typed into the output", () => {
  test("the output holds typed results: they are carried into the new output, and it says so", async () => {
    const { input, out } = sampleCopy();
    expect((await runCli([input])).code).toBe(0);
    await typeIntoOutput(out);
    const again = await runCli([input, "--lang", "en"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Carried what was typed into the documents of the earlier output");
    expect(await resultTexts(out)).toContain(TYPED);
  });

  test("run on an output whose documents were typed into: its typed text is kept, not the older output's", async () => {
    // Run 1 writes the working file; run 2 on it writes its own output; the officer types into the working file.
    const { input, out } = sampleCopy();
    await runCli([input]);
    const second = out.replace(/\.xlsx$/, "-ita.xlsx");
    expect((await runCli([out])).code).toBe(0);
    await typeIntoOutput(out);
    const r = await runCli([out]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("ใช้ข้อความที่กรอกไว้ในเอกสารของไฟล์ผลลัพธ์เดิม");
    expect(await resultTexts(second)).toContain(TYPED);
  });

  test("typed text in both the input's documents and the earlier output's, differing: refused, untouched", async () => {
    const { input, out } = sampleCopy();
    await runCli([input]);
    const second = out.replace(/\.xlsx$/, "-ita.xlsx");
    await runCli([out]);
    await typeIntoOutput(out);
    // A co-author typed other results into the earlier output.
    const other = await editLikeExcel(readFileSync(second), [
      { sheet: RESULTS, cells: { A1: "ฉบับที่ผู้ร่วมงานแก้" } },
    ]);
    writeFileSync(second, other);
    const r = await runCli([out, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/both hold typed text, and differ/);
    expect(r.stderr).toContain(RESULTS);
    expect(readFileSync(second).equals(Buffer.from(other))).toBe(true);
    // Forced: the input's typed text.
    expect((await runCli([out, "--force"])).code).toBe(0);
    expect(await resultTexts(second)).toContain(TYPED);
  });

  test("the output holds a sheet of the officer's own: refused, the file untouched; --force writes and still carries", async () => {
    const { input, out } = sampleCopy();
    await runCli([input]);
    await typeIntoOutput(out, "บันทึกของฉัน");
    const before = readFileSync(out);
    const r = await runCli([input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: ไฟล์ผลลัพธ์เดิม .* มี “บันทึกของฉัน” .*--force/);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect((await runCli([input, "--force"])).code).toBe(0);
    expect(await resultTexts(out)).toContain(TYPED);
  });

  test("an output path holding a file ITA Analyzer did not write: refused; --force overwrites it", async () => {
    const { dir, input } = sampleCopy();
    const other = await writeWorkbook(path.join(dir, "งบ.xlsx"), [{ name: "งบ", rows: [["ยอด", 5]] }]);
    const before = readFileSync(other);
    const r = await runCli([input, "--out", other, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/already exists and was not written by ITA Analyzer/);
    expect(readFileSync(other).equals(before)).toBe(true);
    expect((await runCli([input, "--out", other, "--force"])).code).toBe(0);
    expect((await readWorkbook(other)).getWorksheet(RESULTS)).toBeDefined();
  });
});

describe("work done in the earlier output beyond typed text is never lost silently", () => {
  /** The output's workbook part and one sheet's part edited as Excel saves them (everything else as it was). */
  async function editParts(out: string, edit: (part: string, xml: string) => string) {
    const zip = await JSZip.loadAsync(readFileSync(out));
    for (const name of Object.keys(zip.files).filter((n) =>
      /^xl\/(workbook|worksheets\/sheet\d+)\.xml$/.test(n),
    ))
      zip.file(name, edit(name, await zip.file(name)!.async("string")));
    writeFileSync(out, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  }

  test("a name the officer defined, or a protected document sheet, makes the run refuse and say what", async () => {
    const { input, out } = sampleCopy();
    await runCli([input]);
    await editParts(out, (part, xml) =>
      part === "xl/workbook.xml"
        ? xml.replace(
            "</definedNames>",
            "<definedName name=\"คะแนนตรวจแล้ว\">'ITA 2567'!$B$2</definedName></definedNames>",
          )
        : xml,
    );
    const named = await runCli([input, "--lang", "en"]);
    expect(named.code).toBe(1);
    expect(named.stderr).toMatch(/holds คะแนนตรวจแล้ว/);
    const { input: input2, out: out2 } = sampleCopy();
    await runCli([input2]);
    // The results document protected by the officer (Review > Protect Sheet): that goes with it when rewritten.
    await editParts(out2, (part, xml) =>
      part !== "xl/workbook.xml" && xml.includes("รายงานผลการดำเนินการตามมาตรการ")
        ? xml.replace("<pageMargins", '<sheetProtection sheet="1"/><pageMargins')
        : xml,
    );
    const locked = await runCli([input2, "--lang", "en"]);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/sheet protection 1/);
  });

  test("an output path that is a device or a folder is refused, even with --force", async () => {
    const { input } = sampleCopy();
    for (const target of ["/dev/null", tempDir()]) {
      const r = await runCli([input, "--out", target, "--force", "--lang", "en"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/is not a regular file/);
    }
  });
});

describe("an output that is an input is refused before anything is read or written", () => {
  const cases: [string, (d: ReturnType<typeof sampleCopy>) => string[], RegExp][] = [
    ["--json naming the input", (d) => [d.input, "--json", d.input], /^error: --json .* the input/],
    [
      "--out naming --previous",
      (d) => [d.input, "--previous", prev(d), "--out", prev(d)],
      /--out .*--previous/,
    ],
    ["--out equal to --json", (d) => [d.input, "--out", d.out, "--json", d.out], /--json .*--out/],
    [
      "--out a symbolic link to the input",
      (d) => [d.input, "--out", link(d, "ln.xlsx")],
      /--out .*the input/,
    ],
    ["--out a hard link to the input", (d) => [d.input, "--out", hard(d)], /--out .*the input/],
    [
      "an input reached through a linked folder",
      (d) => [viaLinkedFolder(d), "--out", d.input],
      /--out .*the input/,
    ],
  ];
  test.each(cases)("%s", async (_, args, message) => {
    const d = sampleCopy();
    const argv = args(d);
    const before = snapshot(d.dir);
    const r = await runCli([...argv, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/nothing was read or written/);
    expect(snapshot(d.dir)).toEqual(before);
  });
});

/** Every regular file of a folder with its bytes (links themselves are not files). */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => [f.name, readFileSync(path.join(dir, f.name)).toString("base64")]),
  );
}

function prev(d: { dir: string }): string {
  const p = path.join(d.dir, "ปีก่อน.xlsx");
  if (!existsSync(p)) copyFileSync(SAMPLE, p);
  return p;
}
function link(d: { dir: string; input: string }, name: string): string {
  const p = path.join(d.dir, name);
  symlinkSync(d.input, p);
  return p;
}
function hard(d: { dir: string; input: string }): string {
  const p = path.join(d.dir, "hard.xlsx");
  linkSync(d.input, p);
  return p;
}
function viaLinkedFolder(d: { dir: string; input: string }): string {
  const p = path.join(d.dir, "ทางลัด");
  symlinkSync(d.dir, p);
  return path.join(p, path.basename(d.input));
}

describe("an interrupted write leaves no temporary file", () => {
  test("Ctrl+C while the output is being written: the temporary file is removed, exit 130, no output", async () => {
    const dir = tempDir();
    const entry = path.join(dir, "child.ts");
    // The child's write never finishes (as on a slow network share), so the signal lands mid-write every time.
    writeFileSync(
      entry,
      `import { promises as fs } from "node:fs";
import { writeFileAtomic } from ${JSON.stringify(path.resolve("src/cli/writeFileAtomic"))};
const open = fs.open.bind(fs);
fs.open = (async (...args: Parameters<typeof fs.open>) => {
  const h = await open(...args);
  if (String(args[1]) === "w")
    h.writeFile = async (data: unknown) => {
      await h.write(Buffer.from("PK partial"));
      process.stdout.write("writing\\n");
      await new Promise(() => setInterval(() => undefined, 1000));
    };
  return h;
}) as typeof fs.open;
void writeFileAtomic(${JSON.stringify(path.join(dir, "out.xlsx"))}, new Uint8Array(10));
`,
    );
    const bundle = path.join(dir, "child.cjs");
    await build({
      entryPoints: [entry],
      outfile: bundle,
      bundle: true,
      platform: "node",
      logLevel: "silent",
    });
    const child = spawn(process.execPath, [bundle], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => child.stdout.on("data", () => resolve()));
    expect(readdirSync(dir).some((f) => f.endsWith(".tmp"))).toBe(true);
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(130);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp") || f === "out.xlsx")).toEqual([]);
  });
});

describe("outputs Excel can open, and inputs the tool can write into", () => {
  test("--json naming an existing workbook is refused, the workbook untouched; --force overwrites it", async () => {
    const { dir, input } = sampleCopy();
    const other = path.join(dir, "อื่น.xlsx");
    copyFileSync(SAMPLE, other);
    const r = await runCli([input, "--json", other, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("is not a JSON report");
    expect(readFileSync(other).equals(readFileSync(SAMPLE))).toBe(true);
    expect((await runCli([input, "--json", other, "--force"])).code).toBe(0);
    expect(JSON.parse(readFileSync(other, "utf8")).schema).toBe("ita-analysis/1");
  });

  test("an earlier JSON report at --json is rewritten without --force", async () => {
    const { dir, input } = sampleCopy();
    const json = path.join(dir, "report.json");
    writeFileSync(json, '{"old": true}\n');
    expect((await runCli([input, "--json", json])).code).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8")).old).toBeUndefined();
  });

  test("a macro workbook written as .xlsx, or a plain one as .xlsm, is refused: Excel would open neither", async () => {
    const dir = tempDir();
    const macro = path.join(dir, "มาโคร.xlsm");
    writeFileSync(macro, await richWorkbook(true));
    const toXlsx = await runCli([macro, "--out", path.join(dir, "out.xlsx"), "--lang", "en"]);
    expect(toXlsx.code).toBe(1);
    expect(toXlsx.stderr).toContain("ending in .xlsm");
    const plain = sampleCopy();
    const toXlsm = await runCli([plain.input, "--out", path.join(plain.dir, "out.xlsm"), "--lang", "en"]);
    expect(toXlsm.code).toBe(1);
    expect(toXlsm.stderr).toContain("ending in .xlsx");
    expect(readdirSync(dir).sort()).toEqual(["มาโคร.xlsm"]);
    // Written to a workbook of their own, the documents hold no macros: .xlsx is right.
    expect((await runCli([macro, "--separate", "--out", path.join(dir, "out.xlsx")])).code).toBe(0);
  });

  test("a Strict Open XML workbook is refused at once with what to do", async () => {
    const { input } = sampleCopy();
    const zip = await JSZip.loadAsync(readFileSync(input));
    const rels = await zip.file("_rels/.rels")!.async("string");
    zip.file(
      "_rels/.rels",
      rels.replace(
        /Type="[^"]*officeDocument"/,
        'Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"',
      ),
    );
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const r = await runCli([input, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Strict Open XML");
  });

  test("a workbook part that is not well-formed XML is a clear refusal, not an internal error", async () => {
    const { input, out } = sampleCopy();
    const zip = await JSZip.loadAsync(readFileSync(input));
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", wb.replace("</workbook>", ""));
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const r = await runCli([input, "--lang", "en"]);
    expect(r.stderr).toContain("xl/workbook.xml");
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  test("an option's forgotten value is a usage error, not a file named after the next option", async () => {
    const { input } = sampleCopy();
    const r = await runCli([input, "--out", "--force"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--out");
  });

  test("--include-hidden naming no hidden sheet warns, listing the hidden sheets", async () => {
    const { input } = sampleCopy();
    const r = await runCli([input, "--include-hidden", "ไม่มีชีตนี้", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("no hidden sheet is named “ไม่มีชีตนี้”");
  });
});
