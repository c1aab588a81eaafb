import { notScoreColumnHeader, notScoreTableHeader } from "../../src/analysis/notScoreHeader";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { grid } from "../helpers/grid";

describe("headers of numbers that are not scores", () => {
  test.each([
    ["งบประมาณ 2568", true],
    ["งบประมาณ 2568 (ล้านบาท)", true],
    ["ปี 2568 (บาท)", true],
    ["ร้อยละความสำเร็จ 2567", true],
    ["ระยะเวลา (เดือน)", true],
    ["ค่าเป้าหมาย (ร้อยละ)", true],
    ["ปีงบประมาณ 2567", false],
    ["ผลคะแนนปีงบประมาณ 2567", false],
    ["คะแนนบทบาท 2567", false],
    ["ปีงบ 67", false],
    ["คะแนน 2567", false],
    ["ผู้รับผิดชอบ", false],
  ])("column header “%s”: %p", (text, expected) => {
    expect(notScoreColumnHeader(text)).toBe(expected);
  });

  test.each([
    ["ผู้รับผิดชอบ", true],
    ["ชื่อ-สกุล", true],
    ["ปีงบประมาณ 2567 งบประมาณที่ได้รับ", true],
    ["ปีงบประมาณ 2567", false],
    ["ข้อ", false],
  ])("table header “%s”: %p", (text, expected) => {
    expect(notScoreTableHeader(text)).toBe(expected);
  });
});

test("a disbursement rate by year, coded like EIT items, is no score table", () => {
  const rows = [
    ["รหัส", "รายการ", "ร้อยละการเบิกจ่าย 2566", "ร้อยละการเบิกจ่าย 2567"],
    ...["งบบุคลากร", "งบดำเนินงาน", "งบลงทุน", "งบเงินอุดหนุน", "งบรายจ่ายอื่น"].map((c, k) => [
      `E${k + 1}`,
      c,
      70 + k * 5.5,
      75 + k * 4.25,
    ]),
  ];
  expect(recogniseWorkbook([grid("งบประมาณ 2567", rows)]).items).toEqual([]);
});
