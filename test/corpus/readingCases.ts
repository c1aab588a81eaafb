/** The corpus cases of reading you can trust: damaged files, stacked tables, not-score tables, pasted text. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { SEED001_GRID, SEED001_TRUTH } from "../fixtures/seed001Layout";
import type { CorpusCase } from "./makeCorpus";
import { xlsx } from "./xlsxFile";

export async function addReadingCases(
  f: (name: string) => string,
  seed: string,
  add: (c: CorpusCase) => void,
): Promise<void> {
  const whole = readFileSync(seed);
  writeFileSync(f("cut.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
  add({ name: "a damaged workbook (cut short)", file: f("cut.xlsx"), code: 1, error: /ไฟล์ Excel ที่เสียหาย/ });
  mkdirSync(f("folder.xlsx"), { recursive: true });
  add({ name: "a folder named like a workbook", file: f("folder.xlsx"), code: 1, error: /เป็นโฟลเดอร์/ });
  add({
    name: "seed 001's stacked tables of different widths",
    file: await xlsx(f("seed001.xlsx"), [{ name: SEED001_GRID.name, rows: SEED001_GRID.rows }]),
    code: 0,
    check: (r) => {
      expect(r.items).toHaveLength(103);
      for (const t of SEED001_TRUTH)
        expect(r.items.find((i) => i.cell === t.cell)).toMatchObject({ code: t.code, score: t.score });
    },
  });
  add({
    name: "a staff list with IDs like E01 and ages, nothing else",
    file: await xlsx(f("staff.xlsx"), [
      {
        name: "บุคลากร 2567",
        rows: [
          ["รหัสพนักงาน", "ชื่อ-สกุล", "อายุ"],
          ["E01", "นายก", 34],
          ["E02", "นางข", 45],
        ],
      },
    ]),
    code: 1,
    error: /ไม่พบตารางคะแนน ITA/,
  });
  add({
    name: "a score table without a year",
    file: await xlsx(f("noyear.xlsx"), [
      {
        name: "Sheet1",
        rows: [
          ["ข้อ", "คะแนน"],
          ["I1", 90],
          ["I2", 80],
        ],
      },
    ]),
    code: 1,
    error: /ระบุปีด้วย --year/,
  });
  add({
    name: "the same table, with --year",
    file: f("noyear.xlsx"),
    args: ["--year", "2567"],
    code: 0,
    diagnostics: ["yearFromSetting"],
  });
  add({
    name: "text pasted from a PDF and a web page (ํา, เเ, zero-width and non-breaking spaces)",
    file: await xlsx(f("pasted.xlsx"), [
      {
        name: "ITA 2567",
        rows: [
          ["ข้อ", "คะเเนน 2567"],
          ["I\u200b1", "๘๕.๕๐"],
          ["I\u00a02", 90],
          ["ตัวชี้วัดที่ 1 การปฏิบัติหน\u0e49\u0e32ที่", 88],
          ["คะเเนน ITA", 87.5],
        ],
      },
    ]),
    code: 0,
    check: (r) => expect(r.items.map((i) => `${i.code}=${i.score}`)).toEqual(["I1=85.5", "I2=90"]),
  });
}
