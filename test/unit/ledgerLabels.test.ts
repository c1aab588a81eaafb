import type { CellValue } from "../../src/analysis/grid";
import {
  ledgerLabelKind,
  notScoreHeaderAbove,
  scoreLike,
  trailingScore,
} from "../../src/analysis/ledgerLabels";
import { grid } from "../helpers/grid";

describe("the ledger's label cells: wider than the recogniser's, so nothing it misses goes unnoticed", () => {
  test.each<[CellValue, string | null]>([
    ["I1", "item"],
    ["(E1)", "item"],
    ["[ O12 ]", "item"],
    ["1. E1", "item"],
    ["12) EP3", "item"],
    ["ข้อ ES 2", "item"],
    ["EIT-01", "item"],
    ["IIT_7", "item"],
    ["OIT 05", "item"],
    ["ES 10 คำถาม", "item"],
    ["ตัวชี้วัดที่ 1", "indicator"],
    ["ตัวชี้วัดที่ 3 การบริหารงานบุคคล", "indicator"],
    ["ตัวชี้วัด 4", "indicator"],
    ["ประเด็นที่ 2", "indicator"],
    ["ประเด็น 5 การใช้จ่าย", "indicator"],
    ["การปฏิบัติหน้าที่", "indicator"],
    ["คะแนนรวม", "total"],
    ["EIT", "total"],
    ["", null],
    ["   ", null],
    ["ก".repeat(201), null],
    [`I1 ${"ก".repeat(197)}`, "item"],
    [`I1 ${"ก".repeat(198)}`, null],
    ["ประเด็นที่2 การใช้จ่าย", "indicator"],
    ["ตัวชี้วัดที่4", "indicator"],
    ["ตัวชี้วัด 4", "indicator"],
    ["ประเด็น ก", null],
    ["ตัวชี้วัด ก", null],
    [`I1 ${"ก".repeat(190)}`, "item"],
    ["หมายเหตุ", null],
    ["เป้าหมาย ตัวชี้วัดที่ 1", null],
    ["ความเห็น ประเด็นที่ 2", null],
    ["X1", null],
    ["EX1", null],
    ["ตัวชี้วัดย่อยที่ ๙.๑", "subIndicator"],
    ["ตัวชี้วัดย่อย 10.2 การป้องกัน", "subIndicator"],
    ["9.1 ข้อมูลพื้นฐาน", "subIndicator"],
    ["10.2 การป้องกัน", "subIndicator"],
    ["9.1", null],
    ["9.1ข้อมูลพื้นฐาน", "subIndicator"],
    ["19.1 การเปิดเผย", null],
    ["8.1 การปรับปรุง", null],
    ["คะแนนรวม ปี 2566", "total"],
    ["คะแนน IIT ปีงบประมาณ พ.ศ. 2567", "total"],
    ["คะแนนรวม 2567", "total"],
    ["เฉลี่ย", "average"],
    ["ค่าเฉลี่ย", "average"],
    ["คะแนนเฉลี่ยรวม", "average"],
    ["Average", "average"],
    ["เฉลี่ยทั้งหมดของหน่วยงาน", null],
    ["รวม", "total"],
    [85, null],
    [null, null],
  ])("%j → %p", (v, kind) => {
    expect(ledgerLabelKind(v)).toBe(kind);
  });

  test.each<[CellValue, boolean]>([
    [0, true],
    [100, true],
    [85.5, true],
    [-0.5, false],
    [100.5, false],
    [Number.NaN, false],
    ["มี", true],
    ["ไม่ผ่าน", true],
    ["มีการ", false],
    ["ข้อมูลที่มี", false],
    ["100", true],
    ["ร้อยละ 100", true],
    ["ไม่มีข้อมูล", false],
    ["90", true],
    ["ร้อยละ 90.5", true],
    ["คะแนน 85", true],
    ["85,50", true],
    ["85.5%", true],
    ["85.50/100", true],
    ["85.50 / 100", true],
    ["85.50 (ผ่าน)", true],
    ["85 คะแนน", true],
    ["100.5", false],
    ["1000", false],
    ["ร้อยละ", false],
    ["85.5 บาท", false],
    ["ก 85", false],
    ["85 (ข้อความที่ยาวเกินกว่าสิบสองตัว)", false],
    ["ร้อยละ90", true],
    [true, false],
    [null, false],
  ])("score-like %j → %p", (v, like) => {
    expect(scoreLike(v)).toBe(like);
  });

  test.each<[CellValue, boolean]>([
    ["e1 เจ้าหน้าที่ 75.00", true],
    ["e1 เจ้าหน้าที่ 75,5", true],
    ["e1 เจ้าหน้าที่ 75.5 %", true],
    ["e1 เจ้าหน้าที่ 100.00", true],
    ["e1 เจ้าหน้าที่ 100.01", false],
    ["e1 เจ้าหน้าที่75.00", false],
    ["e1 ภายใน 15 วัน", false],
    ["e1 75.00 คะแนน", false],
    [75, false],
  ])("a trailing score in %j → %p", (v, has) => {
    expect(trailingScore(v)).toBe(has);
  });

  test("headers of tables that hold no scores are looked for in the three rows above, short cells only", () => {
    const g = grid("x", [
      ["อายุ", "ชื่อ-สกุล", null],
      [null, null, null],
      [null, null, null],
      [null, null, "ผู้รับผิดชอบ"],
      ["E01", "นายก", 30],
    ]);
    expect(notScoreHeaderAbove(g, 4, 0, 0)).toBeNull();
    expect(notScoreHeaderAbove(g, 4, 0, 1)).toBeNull();
    expect(notScoreHeaderAbove(g, 4, 2, 2)).toBe("ผู้รับผิดชอบ");
    expect(notScoreHeaderAbove(g, 3, 0, 0)).toBe("อายุ");
    expect(notScoreHeaderAbove(g, 3, 1, 1)).toBe("ชื่อ-สกุล");
    expect(notScoreHeaderAbove(g, 3, 2, 2)).toBeNull();
    expect(notScoreHeaderAbove(g, 0, 0, 2)).toBeNull();
    const long = (text: string) => notScoreHeaderAbove(grid("z", [[text], ["E01"]]), 1, 0, 0);
    expect(long(`อายุ${"ก".repeat(26)}`)).toBe(`อายุ${"ก".repeat(26)}`);
    expect(long(`อายุ${"ก".repeat(27)}`)).toBeNull();
    // A header with a year still names a table that holds no scores; the fiscal-year words are not a budget.
    expect(long("งบประมาณ 2568 (ล้านบาท)")).toBe("งบประมาณ 2568 (ล้านบาท)");
    expect(long("ผลคะแนนปีงบประมาณ 2567")).toBeNull();
    expect(long("คะแนนบทบาท 2567")).toBeNull();
  });
});
