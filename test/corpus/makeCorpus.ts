/**
 * The hostile and broken workbooks: each built here (not committed), each with what the CLI must do with it.
 * `node -e` or the tests call makeCorpus(dir); nothing in it may crash the tool or print a stack trace.
 */
import JSZip from "jszip";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { SEED000_ROWS } from "../helpers/seed000";
import { addReadingCases } from "./readingCases";
import { type Rows, xlsx } from "./xlsxFile";

export interface CorpusCase {
  name: string;
  file: string;
  args?: string[];
  /** Exit code the CLI must give. */
  code: 0 | 1;
  /** For exit 1: the error line must match. For exit 0: diagnostic codes that must appear. */
  error?: RegExp;
  diagnostics?: string[];
  /** Checks on the JSON report of a successful run. */
  check?: (report: {
    items: { code: string; score: number; cell: string }[];
    years: number[];
    diagnostics: { code: string; sheet: string | null; cell: string | null }[];
  }) => void;
}

const items = (year: number, n = 15): Rows => [
  ["ข้อ", `คะแนน ${year}`],
  ...Array.from({ length: n }, (_, i) => [`I${i + 1}`, 80 + (i % 20)]),
];

export async function makeCorpus(dir: string): Promise<CorpusCase[]> {
  const f = (name: string) => path.join(dir, name);
  const cases: CorpusCase[] = [];
  const add = (c: CorpusCase) => cases.push(c);

  add({
    name: "empty workbook",
    file: await xlsx(f("empty.xlsx"), [{ name: "Sheet1", rows: [] }]),
    code: 1,
    error: /ไม่พบตารางคะแนน ITA/,
  });
  writeFileSync(f("text.xlsx"), "this is a text file, not a workbook");
  add({ name: "not a workbook", file: f("text.xlsx"), code: 1, error: /ไม่ใช่ไฟล์ Excel/ });
  writeFileSync(
    f("zip.xlsx"),
    await new JSZip().file("hello.txt", "hi").generateAsync({ type: "nodebuffer" }),
  );
  add({ name: "a zip that is not a workbook", file: f("zip.xlsx"), code: 1, error: /ไม่ใช่ไฟล์ Excel/ });
  const ole = Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(1024),
    Buffer.from("EncryptedPackage", "utf16le"),
    Buffer.alloc(512),
  ]);
  writeFileSync(f("locked.xlsx"), ole);
  add({ name: "password-protected workbook", file: f("locked.xlsx"), code: 1, error: /มีรหัสผ่าน/ });

  const big: Rows = [["ข้อ", "2566", "2567"]];
  for (let i = 0; i < 100_000; i++) big.push([`I${(i % 15) + 1}`, 80 + (i % 20), 85]);
  add({
    name: "100,000 rows",
    file: await xlsx(f("rows.xlsx"), [{ name: "ITA", rows: big }]),
    code: 0,
    diagnostics: ["duplicateItem"],
    check: (r) => expect(r.items).toHaveLength(15),
  });
  add({
    name: "500 sheets",
    file: await xlsx(f("sheets.xlsx"), [
      ...Array.from({ length: 499 }, (_, i) => ({
        name: `งบ ${i + 1}`,
        rows: [
          ["รายการ", "2567"],
          ["x", i * 1000],
        ],
      })),
      { name: "ITA 2567", rows: items(2567) },
    ]),
    code: 0,
    check: (r) => expect(r.items).toHaveLength(15),
  });
  add({
    name: "merged header cells",
    file: await xlsx(f("merged.xlsx"), [
      {
        name: "ผล",
        rows: [
          ["ข้อ", "ปี 2566", null, "ปี 2567", null],
          [null, "คะแนน", "ผลต่าง", "คะแนน", "ผลต่าง"],
          ["I1", 80, 1, 90, 10],
          ["I2", 70, 1, 60, -10],
        ],
        merges: ["B1:C1", "D1:E1", "A1:A2"],
      },
    ]),
    code: 0,
    check: (r) => expect(r.items.map((i) => `${i.code}=${i.score}`)).toEqual(["I1=90", "I2=60"]),
  });
  // A stale copy very hidden by a macro, with other scores, must never decide the numbers.
  const stale = items(2567).map((row, i) => (i === 0 ? row : [row[0]!, 10]));
  const hidden = await xlsx(f("hidden.xlsx"), [
    { name: "คะแนน 2567", rows: items(2567) },
    { name: "2566", rows: items(2566), state: "hidden" },
    { name: "สำเนาเก่า", rows: stale, state: "veryHidden" },
  ]);
  add({
    name: "hidden and very hidden sheets",
    file: hidden,
    code: 0,
    diagnostics: ["hiddenNotRead", "veryHiddenNotRead"],
    check: (r) => {
      expect(r.years).toEqual([2567]);
      expect(r.items.every((i) => i.score !== 10)).toBe(true);
    },
  });
  add({
    name: "the same, with --include-hidden for the hidden one",
    file: hidden,
    args: ["--include-hidden", "2566"],
    code: 0,
    diagnostics: ["veryHiddenNotRead"],
    check: (r) => {
      expect(r.years).toEqual([2566, 2567]);
      expect(r.items.every((i) => i.score !== 10)).toBe(true);
    },
  });
  add({
    name: "formulas and formula errors in score cells",
    file: await xlsx(f("formulas.xlsx"), [
      {
        name: "2567",
        rows: [
          ["ข้อ", "คะแนน 2567"],
          ["I1", { formula: "AVERAGE(90,92)", result: 91 }],
          ["I2", { formula: "1/0", result: { error: "#DIV/0!" } }],
          ["I3", { formula: "A1", result: undefined }],
        ],
      },
    ]),
    code: 0,
    diagnostics: ["notAScore.error"],
    check: (r) => expect(r.items.map((i) => `${i.code}=${i.score}`)).toEqual(["I1=91"]),
  });
  add({
    name: "dates and booleans where scores belong",
    file: await xlsx(f("dates.xlsx"), [
      {
        name: "2567",
        rows: [
          ["ข้อ", "คะแนน 2567"],
          ["I1", new Date("2024-05-01")],
          ["I2", true],
          ["I3", 95],
        ],
      },
    ]),
    code: 0,
    diagnostics: ["notAScore.date", "notAScore.boolean"],
  });
  add({
    name: "scores above 100 or negative",
    file: await xlsx(f("range.xlsx"), [
      {
        name: "2567",
        rows: [
          ["ข้อ", "คะแนน 2567"],
          ["I1", 101],
          ["I2", -5],
          ["I3", 95],
          ["I4", 96],
          ["I5", 97],
        ],
      },
    ]),
    code: 0,
    diagnostics: ["notAScore.range"],
    check: (r) => expect(r.items.map((i) => i.code)).toEqual(["I3", "I4", "I5"]),
  });
  add({
    name: "the same item twice",
    file: await xlsx(f("twice.xlsx"), [
      {
        name: "2567",
        rows: [
          ["ข้อ", "2567"],
          ["o๒๔", 100],
          ["o๒๔", 0],
        ],
      },
    ]),
    code: 0,
    diagnostics: ["duplicateItem"],
  });
  add({
    name: "two columns with the same year",
    file: await xlsx(f("sameyear.xlsx"), [
      {
        name: "ผล",
        rows: [
          ["ข้อ", "2567", "2567"],
          ["I1", 90, 91],
          ["I2", 80, 81],
        ],
      },
    ]),
    code: 0,
    diagnostics: ["twoColumnsSameYear"],
    check: (r) => expect(r.items.map((i) => `${i.code}=${i.score}`)).toEqual(["I1=90", "I2=80"]),
  });
  const thai31 = "ผลการประเมินคุณธรรมและความโปร่ง".slice(0, 31);
  add({
    name: "31-character Thai sheet names",
    file: await xlsx(f("names.xlsx"), [
      { name: thai31, rows: items(2567) },
      { name: "วิเคราะห์ ITA 2567", rows: [["ของเจ้าหน้าที่"]] },
    ]),
    code: 0,
  });
  add({
    name: "right-to-left and emoji text",
    file: await xlsx(f("rtl.xlsx"), [
      {
        name: "🙂 ITA 2567",
        rows: [
          ["ข้อ", "2567"],
          ["I1 مرحبا بالعالم 🙂", 90],
          ["I2 \u202Eevil\u202C", 70],
          ["I3", "😀"],
        ],
      },
    ]),
    code: 0,
    check: (r) => expect(r.items.map((i) => i.code)).toEqual(["I1", "I2"]),
  });
  add({
    name: "cells with 32,000 characters",
    file: await xlsx(f("long.xlsx"), [
      {
        name: "2567",
        rows: [
          ["ข้อ", "2567"],
          [`I1 ${"ก".repeat(32_000)}`, 90],
          ["I2", 80],
          ["x".repeat(32_000), "y".repeat(32_000)],
        ],
      },
    ]),
    code: 0,
  });
  const seed = await xlsx(f("seed.xlsx"), [{ name: "ผล", rows: SEED000_ROWS }]);
  const zip = await JSZip.loadAsync(await import("node:fs").then((fs) => fs.readFileSync(seed)));
  zip.file("xl/charts/chart1.xml", "<chartSpace/>");
  writeFileSync(f("chart.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
  add({ name: "a chart part, kept as it is", file: f("chart.xlsx"), code: 0 });
  add({ name: "the same, with --separate", file: f("chart.xlsx"), args: ["--separate"], code: 0 });
  await addReadingCases(f, seed, add);
  return cases;
}
