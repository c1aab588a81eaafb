import { analyse } from "../../src/analysis/analyse";
import type { CellValue, SheetGrid } from "../../src/analysis/grid";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";

/** Items read (code@cell=score) and every diagnostic (id@cell) of one sheet. */
function read(rows: CellValue[][], extra: Partial<SheetGrid> = {}, name = "ITA 2567") {
  const rec = recogniseWorkbook([grid(name, rows, extra)]);
  return {
    items: rec.items.map((i) => `${i.label.raw}@${i.cell}=${i.score}`),
    diagnostics: rec.diagnostics.map((d) => `${d.id}@${d.cell}`),
    rec,
  };
}

describe("a numbering column beside the codes (no header word to skip it) is never a score column", () => {
  const withNumbers = (numbers: number[], header: string) =>
    read([["ข้อ", header, "คะแนน"], ...numbers.map((n, k): CellValue[] => [`I${k + 1}`, n, 90 - k * 5])]);

  test.each([
    [[1, 2, 3], "ที่"],
    [[1, 2], "ที่"],
    [[5, 6, 7], "ที่"],
    [[1, 2, 3], ""],
  ])("%j under “%s”: only the score column is read", (numbers, header) => {
    expect(withNumbers(numbers, header).items).toEqual(
      numbers.map((_, k) => `I${k + 1}@C${k + 2}=${90 - k * 5}`),
    );
  });

  test.each([
    ["starting above 5", [6, 7, 8]],
    ["skipping a number", [1, 3, 4]],
    ["not whole", [1.5, 2.5, 3.5]],
  ])("%s it is a column of scores like any other (two yearless score columns: no guess)", (_, numbers) => {
    const r = read([
      ["ข้อ", "ที่", "คะแนน"],
      ...numbers.map((n, k): CellValue[] => [`I${k + 1}`, n, 90 - k * 5]),
    ]);
    expect(r.items).toEqual([]);
    expect(r.rec.diagnostics.find((d) => d.id === "noYearManyColumns")?.params).toEqual({
      columns: "B2, C2",
    });
  });
});

describe("which columns hold scores", () => {
  test("a title column between code and score is not read, and nothing is said about it", () => {
    const r = read([
      ["ข้อ", "ประเด็นการประเมิน", "คะแนน"],
      ["I1", "การปฏิบัติหน้าที่", 90],
      ["I2", "การใช้งบประมาณ", 80],
    ]);
    expect(r.items).toEqual(["I1@C2=90", "I2@C3=80"]);
    expect(r.diagnostics).toEqual([]);
  });

  test("mostly text with one number is not a score column; 60% numbers is one", () => {
    const rows = (b: CellValue[]): CellValue[][] => [
      ["ข้อ", "", "คะแนน"],
      ...b.map((v, k): CellValue[] => [`I${k + 1}`, v, 90 - k]),
    ];
    const few = read(rows(["ดี", "ดี", 75, "ดี", "ดี"]));
    expect(few.items).toEqual(["I1@C2=90", "I2@C3=89", "I3@C4=88", "I4@C5=87", "I5@C6=86"]);
    // Empty cells do not count either way: one number among two notes and five blanks is still not scores.
    const sparse = read(rows(["ดี", 75, "ดี", null, null, null, null, null]));
    expect(sparse.items).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((k) => `I${k}@C${k + 1}=${91 - k}`));
    // Three numbers in five cells: a score column too, so the two yearless columns are named, not guessed.
    const most = read(rows([70, "ดี", 75, "ดี", 60]));
    expect(most.items).toEqual([]);
    expect(most.rec.diagnostics.find((d) => d.id === "noYearManyColumns")?.params).toEqual({
      columns: "B2, C2",
    });
  });

  test("side by side: a score column with one blank cell is still the left table's, not the border", () => {
    const r = read([
      ["ข้อ", "คะแนน", "", "ข้อ", "คะแนน"],
      ["I1", 90, null, "O1", 100],
      ["I2", null, null, "O2", 0],
      ["I3", 80, null, "O3", 100],
    ]);
    expect(r.items).toEqual(["I1@B2=90", "I3@B4=80", "O1@E2=100", "O2@E3=0", "O3@E4=100"]);
  });

  test("a staff list (IDs like E01 under “รหัสพนักงาน”) is not read, though its second column looks like scores", () => {
    const r = read(
      [
        ["รหัสพนักงาน", "คะแนนประเมิน"],
        ["E01", 88],
        ["E02", 92],
        ["E03", 75],
      ],
      {},
      "บุคลากร 2567",
    );
    expect(r.items).toEqual([]);
  });

  test("a code merged over its sub-question rows with the score on its own row is read there", () => {
    const r = read(
      [
        ["ข้อ", "คำถามย่อย", "คะแนน"],
        ["I1", "ข้อย่อย ก", 90],
        [null, "ข้อย่อย ข", null],
        ["I2", "ข้อย่อย ก", 80],
        [null, "ข้อย่อย ข", null],
      ],
      {
        merges: [
          { top: 1, left: 0, bottom: 2, right: 0 },
          { top: 3, left: 0, bottom: 4, right: 0 },
        ],
      },
    );
    expect(r.items).toEqual(["I1@C2=90", "I2@C4=80"]);
  });

  test("a score on each sub-question row of a merged code is not the item's: none is used, all are named", () => {
    const r = read(
      [
        ["ข้อ", "คำถามย่อย", "ปี 2566", "ปี 2567"],
        ["I1", "ตามขั้นตอน", 71, 76],
        [null, "ตามระยะเวลา", 72, 77],
        ["I2", "ความโปร่งใส", 80, 85],
        ["I3", "ตามความต้องการ", 81, 86],
        [null, "ตามผลการประเมิน", 82, null],
        ["I4", "การใช้ทรัพย์สิน", 83, 88],
      ],
      {
        merges: [
          { top: 1, left: 0, bottom: 2, right: 0 },
          { top: 4, left: 0, bottom: 5, right: 0 },
        ],
      },
    );
    // One table (3 rows read): the sub-question rows, with text in column B, belong to their code; no heading.
    expect(r.rec.tables.map((t) => [t.range, t.rows])).toEqual([
      [{ top: 1, left: 0, bottom: 6, right: 3 }, 3],
    ]);
    expect(r.items.sort()).toEqual(["I2@C4=80", "I2@D4=85", "I3@D5=86", "I4@C7=83", "I4@D7=88"]);
    expect(r.diagnostics.filter((d) => d.startsWith("notAScore")).sort()).toEqual([
      "notAScore.severalInMerge@C2",
      "notAScore.severalInMerge@C5",
      "notAScore.severalInMerge@D2",
    ]);
  });

  test("a merge reaching below the last row of the grid is read as far as the grid goes", () => {
    const r = read(
      [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I2", null],
      ],
      { merges: [{ top: 2, left: 0, bottom: 5, right: 0 }] },
    );
    expect(r.items).toEqual(["I1@B2=90"]);
  });

  test("merges of a grid that does not start at A1 are placed relative to it", () => {
    // The used range starts at C3: rows and columns of the merges are absolute, the grid's are relative.
    const r = read(
      [
        ["ข้อ", "คะแนน"],
        ["I1", null],
        [null, 90],
        ["I2", null],
        [null, 80],
      ],
      {
        top: 2,
        left: 2,
        merges: [
          { top: 3, left: 2, bottom: 4, right: 2 },
          { top: 5, left: 2, bottom: 6, right: 2 },
        ],
      },
    );
    expect(r.items).toEqual(["I1@D5=90", "I2@D7=80"]);
  });
});

describe("a year column holding no scores", () => {
  test("is named at its header with an example of what it holds", () => {
    const rec = recogniseWorkbook([
      grid("ผล", [
        ["ข้อ", "2566", "2567"],
        ["I1", 90, null],
        ["I2", 80, "ดีมาก"],
      ]),
    ]);
    const d = rec.diagnostics.filter((x) => x.id === "yearColumnNotScores");
    expect(d.map((x) => [x.cell, x.params])).toEqual([["C1", { year: 2567, value: "ดีมาก" }]]);
  });

  test("an empty year column is not named (nothing was typed there yet)", () => {
    const rec = recogniseWorkbook([
      grid("ผล", [
        ["ข้อ", "2566", "2567"],
        ["I1", 90, null],
        ["I2", 80, null],
      ]),
    ]);
    expect(rec.diagnostics.map((x) => x.id)).not.toContain("yearColumnNotScores");
  });
});

describe("lines pasted from a PDF: code, text and score in one cell", () => {
  const lines = (texts: string[]) =>
    read([["ผลคะแนน ITA 2567"], ...texts.map((t): CellValue[] => [t])], {}, "วาง");

  test("read when at least 60% of the item lines end with a score; an indicator line among them does not count", () => {
    const r = lines([
      "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่",
      "i1 เจ้าหน้าที่ปฏิบัติงานตามขั้นตอน 90.00",
      "i2 เจ้าหน้าที่ปฏิบัติงานเท่าเทียม 80.00",
      "i3 เจ้าหน้าที่ปฏิบัติงานโปร่งใส 70.00",
      "i4 เจ้าหน้าที่ไม่เรียกรับสินบน",
      "i5 เจ้าหน้าที่ไม่เอื้อประโยชน์",
    ]);
    expect(r.items.map((i) => i.replace(/@.*=/, "="))).toEqual([
      "i1 เจ้าหน้าที่ปฏิบัติงานตามขั้นตอน 90.00=90",
      "i2 เจ้าหน้าที่ปฏิบัติงานเท่าเทียม 80.00=80",
      "i3 เจ้าหน้าที่ปฏิบัติงานโปร่งใส 70.00=70",
    ]);
  });

  test("fewer than 60% with a score: not read as scores", () => {
    const r = lines([
      "i1 เจ้าหน้าที่ปฏิบัติงานตามขั้นตอน 90.00",
      "i2 เจ้าหน้าที่ปฏิบัติงานเท่าเทียม",
      "i3 เจ้าหน้าที่ปฏิบัติงานโปร่งใส",
    ]);
    expect(r.items).toEqual([]);
  });
});

test("the analysis of a sheet with a numbering column has one score per item (no duplicates said)", () => {
  const rec = recogniseWorkbook([
    grid("ITA 2567", [
      ["ข้อ", "ที่", "คะแนน"],
      ["I1", 1, 90],
      ["I2", 2, 80],
    ]),
  ]);
  const a = analyse(rec, DEFAULT_SETTINGS);
  expect(a.items.map((i) => `${i.code}=${i.score}`)).toEqual(["I1=90", "I2=80"]);
  expect(a.diagnostics.map((d) => d.id)).not.toContain("duplicateItem");
});

describe("a verdict column (ผ่าน/ไม่ผ่าน) beside the scores", () => {
  test("of indicators or IIT items is not a second score column: the numbers are read, no refusal", () => {
    const r = read([
      ["ตัวชี้วัด", "คะแนน", "ผลการประเมิน"],
      ["ตัวชี้วัดที่ 1", 81, "ไม่ผ่าน"],
      ["ตัวชี้วัดที่ 2", 86, "ผ่าน"],
      ["ตัวชี้วัดที่ 3", 90, "ผ่าน"],
    ]);
    expect(r.rec.indicators.map((i) => `${i.indicator}@${i.cell}=${i.score}`)).toEqual([
      "1@B2=81",
      "2@B3=86",
      "3@B4=90",
    ]);
    expect(r.diagnostics.filter((d) => !d.startsWith("yearFromTitle"))).toEqual([]);
    const items = read([
      ["ข้อ", "คะแนน", "ผล"],
      ["I1", 81, "ไม่ผ่าน"],
      ["I2", 86, "ผ่าน"],
    ]);
    expect(items.items).toEqual(["I1@B2=81", "I2@B3=86"]);
    // Alone, such a column is still read, and each word is named: it is not an IIT score.
    const alone = read([
      ["ข้อ", "ผล"],
      ["I1", "ไม่ผ่าน"],
      ["I2", "ผ่าน"],
    ]);
    expect(alone.diagnostics).toEqual(expect.arrayContaining(["notAScore.junk@B2", "notAScore.junk@B3"]));
  });

  test("of OIT items is kept: marks are OIT scores (here two columns without a year, so the year is asked)", () => {
    const r = read(
      [
        ["ข้อ", "คะแนน", "ผลการประเมิน"],
        ["O1", 100, "ผ่าน"],
        ["O2", 0, "ไม่ผ่าน"],
      ],
      {},
      "OIT",
    );
    expect(r.items).toEqual([]);
    expect(r.diagnostics).toContain("noYearManyColumns@A2");
  });
});
