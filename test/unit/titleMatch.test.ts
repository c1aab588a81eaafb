import { titlesMatch } from "../../src/analysis/titleMatch";

describe("titles typed in sheets match the catalogue's topics", () => {
  test.each([
    [
      "แผนและความก้าวหน้าใน การดำเนินงานและการใช้ งบประมาณประจำปี",
      "แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี",
    ],
    ["ข้อมูลสถิติการให้บริการร", "ข้อมูลสถิติการให้บริการ"],
    ["รายงานผลการดำเนินงาน\nประจำปี", "รายงานผลการดำเนินงานประจำปี"],
    ["การเปิดโอกาสให้เกิดการ มีส่วนร่วม", "การเปิดโอกาสให้เกิดการมีส่วนร่วม"],
    ["E-Service", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)"],
  ])("seed 003 “%s” names “%s”", (typed, topic) => {
    expect(titlesMatch(typed, topic)).toBe(true);
  });

  test.each([
    ["แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่"],
    ["การเปิดโอกาสให้เกิดการมีส่วนร่วม", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"],
    ["ประกาศเจตนารมณ์ นโยบาย No Gift Policy", "การสร้างวัฒนธรรม No Gift Policy"],
  ])("“%s” does not name “%s”", (typed, topic) => {
    expect(titlesMatch(typed, topic)).toBe(false);
  });
});

describe("the similarity bar (Dice ≥ 0.75 on character pairs) at its edges", () => {
  // "abcdefghij" has 9 pairs. Changing the last letter keeps 8 of 9: 16/18 ≈ 0.89, a match.
  test("a typo in a long title still names it", () => {
    expect(titlesMatch("abcdefghiX", "abcdefghij")).toBe(true);
  });
  // Two letters changed in the middle: "abcdXXghij" keeps ab bc cd gh hi ij = 6 of 9: 12/18 ≈ 0.67 < 0.75.
  test("two changes in ten letters are another title", () => {
    expect(titlesMatch("abcdXYghij", "abcdefghij")).toBe(false);
  });
  // Exactly at the bar: 9 pairs and 7 pairs, 6 shared → 12/16 = 0.75 (same length bound: 14/16 ≥ 0.75).
  test("exactly 0.75 is a match", () => {
    expect(titlesMatch("abcdefgXij", "abcdefgh")).toBe(true);
  });
  // Lengths alone rule it out: 3 and 11 pairs, at most 6/14 < 0.75, though one holds the other's letters.
  test("a much shorter title is not the same, whatever it shares", () => {
    expect(titlesMatch("abcd", "abcdzzzzzzzz")).toBe(false);
  });
});
