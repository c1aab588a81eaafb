import type { CellValue } from "../../src/analysis/grid";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { grid } from "../helpers/grid";

const rec = (rows: CellValue[][], name = "ITA 2567") => recogniseWorkbook([grid(name, rows)]);
const titles = (rows: CellValue[][]) => rec(rows).items.map((i) => `${i.label.raw}=${i.title}`);

describe("an item's title as typed", () => {
  test("the text after the code, without a score pasted at its end", () => {
    expect(
      titles([
        ["ข้อ", "คะแนน"],
        ["I1 การปฏิบัติงาน 90.00", 90],
        ["I2 การใช้งบ 100", 80],
        ["I3 การใช้อำนาจ 85.50 %", 70],
      ]),
    ).toEqual([
      "I1 การปฏิบัติงาน 90.00=การปฏิบัติงาน",
      "I2 การใช้งบ 100=การใช้งบ",
      "I3 การใช้อำนาจ 85.50 %=การใช้อำนาจ",
    ]);
  });

  test("else the longest text between the code and its score (never a number, never one of 1–2 letters)", () => {
    expect(
      titles([
        ["ข้อ", "หมวด", "ประเด็น", "คะแนน"],
        ["I1", "ก", "การปฏิบัติหน้าที่", 90],
        ["I2", "ขค", "การใช้งบ", 80],
        ["I3", "ab", "99.50", 70],
        ["I4", "abc", "", 60],
      ]),
    ).toEqual(["I1=การปฏิบัติหน้าที่", "I2=การใช้งบ", "I3=null", "I4=abc"]);
  });

  test("a code's own text of 3 letters is its title; of 2, the text column is", () => {
    expect(
      titles([
        ["ข้อ", "ประเด็น", "คะแนน"],
        ["I1 abc", "การปฏิบัติหน้าที่", 90],
        ["I2 ab", "การใช้งบประมาณ", 80],
      ]),
    ).toEqual(["I1 abc=abc", "I2 ab=การใช้งบประมาณ"]);
  });

  test("text right of the score column is not the title", () => {
    expect(
      titles([
        ["ข้อ", "คะแนน", "หมายเหตุ"],
        ["I1", 90, "ตรวจแล้ว"],
      ]),
    ).toEqual(["I1=null"]);
  });
});

describe("an item's title typed in its own column", () => {
  test("of two texts of the same length between the code and the score, the first is the title", () => {
    const r = rec([
      ["ข้อ", "ก", "ข", "คะแนน"],
      ["I1", "ก่อน", "หลัง", 90],
    ]);
    expect(r.items.map((i) => i.title)).toEqual(["ก่อน"]);
  });
});

describe("a column of fractions (0–1 typed without the percent format)", () => {
  test("is read ×100 and said once with its range; a column with a number over 1 is read as typed", () => {
    const r = rec([
      ["ข้อ", "คะแนน"],
      ["I1", 0.851],
      ["I2", 0.9],
      ["I3", 1],
      ["I4", 0],
    ]);
    expect(r.items.map((i) => [i.cell, i.score])).toEqual([
      ["B2", 85.1],
      ["B3", 90],
      ["B4", 100],
      ["B5", 0],
    ]);
    expect(r.diagnostics.filter((d) => d.id === "fractionColumn").map((d) => [d.cell, d.params])).toEqual([
      ["B2", { example: "0.851", count: 4, range: "B2:B5" }],
    ]);
    const mixed = rec([
      ["ข้อ", "คะแนน"],
      ["I1", 0.85],
      ["I2", 90],
      ["I3", 0.5],
    ]);
    expect(mixed.items.map((i) => i.score)).toEqual([0.85, 90, 0.5]);
  });

  test("needs three numbers, and one that is not 0 or 1 (an OIT column of 0 and 1 stays as typed)", () => {
    expect(
      rec([
        ["ข้อ", "คะแนน"],
        ["I1", 0.85],
        ["I2", 0.9],
      ]).items.map((i) => i.score),
    ).toEqual([0.85, 0.9]);
    expect(
      rec([
        ["ข้อ", "คะแนน"],
        ["O1", 1],
        ["O2", 0],
        ["O3", 1],
      ]).items.map((i) => i.score),
    ).toEqual([1, 0, 1]);
  });
});

describe("cells in a score column that are not scores", () => {
  test("text is named with its value, a long note too (the item has no score), shortened to 40 letters", () => {
    const r = rec([
      ["ข้อ", "คะแนน"],
      ["I1", 90],
      ["I2", "ดีมาก"],
      ["I3", "ไม่มีผู้ตอบแบบสอบถามในข้อนี้"],
      ["I4", "123456789012"],
      ["I6", "abcdefghijkl"],
      ["I10", "ยังไม่ได้รับผลการประเมินจากสำนักงาน ป.ป.ช. เนื่องจากอยู่ระหว่างตรวจสอบ"],
      ["I7", 70],
      ["I8", 60],
      ["I9", 50],
      ["I5", 80],
    ]);
    const d = r.diagnostics.filter((x) => x.id.startsWith("notAScore"));
    expect(d.map((x) => [x.id, x.cell, x.level, x.params.value])).toEqual([
      ["notAScore.text", "B3", "warning", "ดีมาก"],
      ["notAScore.text", "B4", "warning", "ไม่มีผู้ตอบแบบสอบถามในข้อนี้"],
      ["notAScore.range", "B5", "warning", "123456789012"],
      ["notAScore.text", "B6", "warning", "abcdefghijkl"],
      ["notAScore.text", "B7", "warning", "ยังไม่ได้รับผลการประเมินจากสำนักงาน ป.ป.…"],
    ]);
  });

  test("มี/ไม่มี: an OIT item's 100/0 is said as info with the cell's own text; elsewhere it is not a score", () => {
    const r = rec([
      ["ข้อ", "คะแนน"],
      ["O1", "มี"],
      ["O2", "ไม่มี"],
      ["I1", "ผ่าน"],
      ["I2", 80],
    ]);
    expect(r.items.map((i) => `${i.label.raw}=${i.score}`)).toEqual(["O1=100", "O2=0", "I2=80"]);
    const d = r.diagnostics.filter((x) => ["yesNoScore", "notAScore.junk"].includes(x.id));
    expect(d.map((x) => [x.id, x.cell, x.level, x.params.value, x.params.score])).toEqual([
      ["yesNoScore", "B2", "info", "มี", 100],
      ["yesNoScore", "B3", "info", "ไม่มี", 0],
      ["notAScore.junk", "B4", "warning", "ผ่าน", 100],
    ]);
  });

  test("two columns of the same year on one row: the second is named with the first's address and the year", () => {
    const r = rec(
      [
        ["ข้อ", "2567", "คะแนน 2567"],
        ["I1", 90, 91],
      ],
      "ผล",
    );
    const d = r.diagnostics.find((x) => x.id === "twoColumnsSameYear");
    expect(d && [d.cell, d.level, d.params]).toEqual(["C2", "warning", { year: 2567, other: "B2" }]);
  });
});
