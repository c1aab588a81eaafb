import { headersForColumn, mergedTextReader } from "../../src/analysis/columnHeaders";
import type { CellValue } from "../../src/analysis/grid";
import { grid } from "../helpers/grid";

/** The header in force on each label row of column `col` (year, skip, where the year was read, the text). */
function headers(rows: CellValue[][], labelRows: number[], col = 1, extra = {}) {
  const g = grid("s", rows, extra);
  const out = headersForColumn(g, col, new Set(labelRows), mergedTextReader(g));
  return [...out].map(([r, h]) => [r, h.year, h.skip, h.cell, h.text]);
}

describe("headersForColumn: the header in force on each label row", () => {
  test("the last year-bearing text above a row is its header, whatever lies between on label rows", () => {
    expect(
      headers(
        [
          ["ข้อ", "คะแนน 2566"],
          ["I1", 90],
          ["ข้อ", "ปีงบประมาณ 2567"],
          ["I2", 80],
        ],
        [1, 3],
      ),
    ).toEqual([
      [1, 2566, false, "B1", "คะแนน 2566"],
      [3, 2567, false, "B3", "ปีงบประมาณ 2567"],
    ]);
  });

  test("a change, target or note header marks the column skipped; a plain word after it clears the skip", () => {
    expect(
      headers(
        [
          ["ข้อ", "ผลต่าง"],
          ["I1", 5],
          [null, "คะแนน"],
          ["I2", 80],
          [null, "เป้าหมาย 2568"],
          ["I3", 90],
        ],
        [1, 3, 5],
      ),
    ).toEqual([
      [1, null, true, null, "ผลต่าง"],
      [3, null, false, null, "คะแนน"],
      [5, 2568, true, "B5", "เป้าหมาย 2568"],
    ]);
    for (const word of [
      "เพิ่ม/ลด",
      "+/-",
      "±",
      "น้ำหนัก",
      "ลำดับ",
      "จำนวนผู้ตอบ",
      "คะแนนเต็ม",
      "หมายเหตุ",
      "ระดับ",
      "rank",
    ])
      expect([
        word,
        headers(
          [
            ["ข้อ", word],
            ["I1", 5],
          ],
          [1],
        )[0]![2],
      ]).toEqual([word, true]);
  });

  test("numbers are not headers, except a bare four-digit year; instrument headings and long titles are not either", () => {
    expect(
      headers(
        [
          ["ข้อ", "2566"],
          [null, 12.5],
          [null, "85.50"],
          [null, "แบบวัด EIT (EP)"],
          [null, "ก".repeat(61)],
          ["I1", 90],
        ],
        [5],
      ),
    ).toEqual([[5, 2566, false, "B1", "2566"]]);
    expect(
      headers(
        [
          ["ข้อ", 2567],
          ["I1", 90],
        ],
        [1],
      ),
    ).toEqual([[1, 2567, false, "B1", "2567"]]);
    // A long header that names a year is still read.
    const long = `ผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี 2567`;
    expect(long.length).toBeGreaterThan(60);
    expect(
      headers(
        [
          ["ข้อ", long],
          ["I1", 90],
        ],
        [1],
      )[0]![1],
    ).toBe(2567);
  });

  test("a header that starts with its year and goes on is a year header; a decimal like 2567.5 is not", () => {
    expect(
      headers(
        [
          ["ข้อ", "2568 (ต.ค. 2567 – ก.ย. 2568)"],
          ["I1", 90],
        ],
        [1],
      ),
    ).toEqual([[1, 2568, false, "B1", "2568 (ต.ค. 2567 – ก.ย. 2568)"]]);
    expect(
      headers(
        [
          ["ข้อ", 2567.5],
          ["I1", 90],
        ],
        [1],
      ),
    ).toEqual([[1, null, false, null, ""]]);
    // 1234 is four digits but no year: it is passed over, the change header above stays in force.
    expect(
      headers(
        [
          ["ข้อ", "2567"],
          [null, "ผลต่าง"],
          [null, 1234],
          ["I1", 90],
        ],
        [3],
      ),
    ).toEqual([[3, 2567, true, "B1", "ผลต่าง"]]);
  });

  test("a header of 60 letters still counts (a change column stays skipped); longer is a title", () => {
    const sixty = `ผลต่าง ${"ก".repeat(53)}`;
    expect(sixty.length).toBe(60);
    expect(
      headers(
        [
          ["ข้อ", "2567"],
          [null, sixty],
          ["I1", 90],
        ],
        [2],
      ),
    ).toEqual([[2, 2567, true, "B1", sixty]]);
    const long = `${sixty}ก`;
    expect(
      headers(
        [
          ["ข้อ", "2567"],
          [null, long],
          ["I1", 90],
        ],
        [2],
      ),
    ).toEqual([[2, 2567, false, "B1", "2567"]]);
  });

  test("no header above: no year, not skipped", () => {
    expect(
      headers(
        [
          ["I1", 90],
          ["I2", 80],
        ],
        [0, 1],
      ),
    ).toEqual([
      [0, null, false, null, ""],
      [1, null, false, null, ""],
    ]);
  });

  test("a year merged over two columns is the header of both", () => {
    const rows: CellValue[][] = [
      ["ข้อ", "ปี 2567", null],
      [null, "คะแนนเต็ม", "คะแนนที่ได้"],
      ["I1", 100, 90],
    ];
    const merges = [{ top: 0, left: 1, bottom: 0, right: 2 }];
    expect(headers(rows, [2], 2, { merges })).toEqual([[2, 2567, false, "C1", "คะแนนที่ได้"]]);
    expect(headers(rows, [2], 1, { merges })).toEqual([[2, 2567, true, "B1", "คะแนนเต็ม"]]);
  });
});

describe("mergedTextReader", () => {
  test("inside a merged range, the text of its first cell; outside, the cell's own value", () => {
    const g = grid(
      "s",
      [
        ["ปี 2567", null, "x"],
        [null, null, 5],
      ],
      {
        merges: [{ top: 0, left: 0, bottom: 1, right: 1 }],
      },
    );
    const read = mergedTextReader(g);
    expect([read(0, 0), read(0, 1), read(1, 0), read(1, 1), read(0, 2), read(1, 2), read(5, 5)]).toEqual([
      "ปี 2567",
      "ปี 2567",
      "ปี 2567",
      "ปี 2567",
      "x",
      5,
      null,
    ]);
  });

  test("a merge off A1, a merge of a number, and a merge over more than 200 cells give nothing", () => {
    const off = grid("s", [["ปี 2567", null]], {
      top: 4,
      left: 2,
      merges: [{ top: 4, left: 2, bottom: 4, right: 3 }],
    });
    expect(mergedTextReader(off)(0, 1)).toBe("ปี 2567");
    const num = grid("s", [[2567, null]], { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] });
    expect(mergedTextReader(num)(0, 1)).toBeNull();
    const huge = grid("s", [["หัวตาราง"]], { merges: [{ top: 0, left: 0, bottom: 20, right: 9 }] });
    expect(mergedTextReader(huge)(1, 1)).toBeNull();
    const edge = grid("s", [["หัวตาราง"]], { merges: [{ top: 0, left: 0, bottom: 19, right: 9 }] });
    expect(mergedTextReader(edge)(19, 9)).toBe("หัวตาราง");
  });

  test("a merge in a grid that starts at row 11, column K covers its own cells only, and counts its own size", () => {
    // K11:L12 is 4 cells; its corners relative to the grid are (0,0)–(1,1).
    const g = grid("s", [["ปี 2567"]], {
      top: 10,
      left: 10,
      merges: [{ top: 10, left: 10, bottom: 11, right: 11 }],
    });
    const read = mergedTextReader(g);
    expect([read(1, 1), read(2, 1), read(1, 2), read(11, 11)]).toEqual(["ปี 2567", null, null, null]);
    // K21:T30 is 100 cells (not more than 200) however far from A1 it lies.
    const far = grid("s", [["ปี 2567"]], {
      top: 20,
      left: 10,
      merges: [{ top: 20, left: 10, bottom: 29, right: 19 }],
    });
    expect(mergedTextReader(far)(9, 9)).toBe("ปี 2567");
  });
});
