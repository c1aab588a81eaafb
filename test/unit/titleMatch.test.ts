import { itemNamedBy, listsOf, titleMatches, titlesMatch } from "../../src/analysis/titleMatch";
import type { ItemList } from "../../src/ita/types";

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
  // 3 and 5 pairs, all 3 shared: 6/8 = 0.75 exactly, where the length bound is also exactly 0.75.
  test("a short title whose every pair the other holds, at the bar exactly, is a match", () => {
    expect(titlesMatch("abcd", "abcdxy")).toBe(true);
  });
  // "aaaaab" and "aaaaac" share "aa" four times: 8/10. Counting a pair once would make it 2/10.
  test("pairs that repeat are counted as often as both titles hold them", () => {
    expect(titlesMatch("aaaaab", "aaaaac")).toBe(true);
    expect(titlesMatch("aaaaab", "aabbbc")).toBe(false);
  });
  // Lengths alone rule it out: 3 and 11 pairs, at most 6/14 < 0.75, though one holds the other's letters.
  test("a much shorter title is not the same, whatever it shares", () => {
    expect(titlesMatch("abcd", "abcdzzzzzzzz")).toBe(false);
  });
});

describe("which titles are the same: lengths, containment, brackets", () => {
  test("no title, or no topic, names nothing", () => {
    expect(titlesMatch(null, "abcdef")).toBe(false);
    expect(titlesMatch("abcdef", null)).toBe(false);
    expect(titlesMatch("", "")).toBe(false);
  });

  test("titles of fewer than three letters never match, even the same", () => {
    expect(titlesMatch("ab", "ab")).toBe(false);
    expect(titlesMatch("abc", "abc")).toBe(true);
    expect(titlesMatch("a b c", "abc")).toBe(true);
  });

  // "abcdef" inside "xxabcdefyy": 6 letters of 10 (the 0.6 bar exactly); Dice alone is 10/14 ≈ 0.71.
  test("a title held in a topic of comparable length names it", () => {
    expect(titlesMatch("abcdef", "xxabcdefyy")).toBe(true);
    expect(titlesMatch("xxabcdefyy", "abcdef")).toBe(true);
  });

  // 6 of 11 letters is under 0.6 (Dice 10/15); 5 of 8 is over 0.6 but under six letters (Dice 8/11).
  test("a held title too short, or too short for the topic, is another title", () => {
    expect(titlesMatch("abcdef", "xxxabcdefyy")).toBe(false);
    expect(titlesMatch("abcde", "xabcdeyy")).toBe(false);
  });

  test("the topic without its bracketed note, or the note alone, names it", () => {
    const topic = "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)";
    expect(titlesMatch("ระบบการให้บริการผ่านช่องทางออนไลน์", topic)).toBe(true);
    expect(titlesMatch("e service", topic)).toBe(true);
    expect(titlesMatch("ข้อมูลผู้บริหาร", "ข้อมูลผู้บริหาร (unchanged, assumed)")).toBe(true);
  });

  test("Thai typed from a PDF (ํา, เเ, spaces) is normalised before comparing", () => {
    expect(titlesMatch("การดํา เนินงาน เเละการใช้งบประมาณ", "การดำเนินงานและการใช้งบประมาณ")).toBe(true);
  });
});

describe("item lists by title", () => {
  const list: ItemList = {
    instrument: "OIT",
    years: "test",
    count: 4,
    aggregate: null,
    confidence: "test",
    source: "test",
    items: [
      { n: 1, indicator: 9, topic: "โครงสร้างและอำนาจหน้าที่", confidence: "test" },
      { n: 2, indicator: 9, topic: "ข้อมูลผู้บริหาร", confidence: "test" },
      { n: 3, indicator: 9, topic: "ข้อมูลผู้บริหาร", confidence: "test" },
      { n: 4, indicator: 9, topic: null, confidence: "test" },
    ],
  };

  test("the one item a title names", () => {
    expect(itemNamedBy(list, "โครงสร้าง และอำนาจหน้าที่")).toBe(1);
  });

  test("a title two items share, or none has, names no item", () => {
    expect(itemNamedBy(list, "ข้อมูลผู้บริหาร")).toBeNull();
    expect(itemNamedBy(list, "แผนดำเนินงานประจำปี")).toBeNull();
    expect(itemNamedBy(list, null)).toBeNull();
  });

  test("titleMatches counts the rows whose title names the item of their number", () => {
    const rows = [
      { number: 1, title: "โครงสร้างและอำนาจหน้าที่" },
      { number: 2, title: "ข้อมูลผู้บริหาร" },
      { number: 3, title: "โครงสร้างและอำนาจหน้าที่" },
      { number: 4, title: "อะไรก็ได้" },
      { number: 9, title: "ข้อมูลผู้บริหาร" },
      { number: 2, title: null },
    ];
    expect(titleMatches(list, rows)).toBe(2);
    expect(titleMatches(list, [])).toBe(0);
  });

  test("listsOf gives each catalogue list of one instrument, with its id", () => {
    const eit = listsOf("EIT");
    expect(eit.length).toBeGreaterThan(0);
    expect(eit.every(([id, l]) => l.instrument === "EIT" && id.startsWith("EIT"))).toBe(true);
    expect(listsOf("IIT").some(([id]) => id.startsWith("EIT"))).toBe(false);
  });
});
