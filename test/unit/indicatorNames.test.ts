import { indicatorByName, indicatorNameKeys, indicatorNameMatches } from "../../src/analysis/indicatorNames";

describe("indicatorNameMatches: the text after “ตัวชี้วัดที่ N” names indicator N or nothing", () => {
  test.each([
    [1, ""],
    [1, "การปฏิบัติหน้าที่"],
    [1, "คะแนนการปฏิบัติหน้าที่"],
    [1, "ได้ การปฏิบัติหน้าที่"],
    [1, "การปฏิบัติ"],
    [8, "การปรับปรุงระบบการทำงาน"],
    [8, "การปรับปรุงการดำเนินงาน (EIT)"],
    [9, "การเปิดเผยข้อมูลต่อสาธารณะ"],
    [4, "การใช้ทรัพย์สินของรัฐ"],
    [1, "abc"],
  ])("indicator %d and “%s”", (n, rest) => {
    expect(indicatorNameMatches(n, rest)).toBe(true);
  });

  test.each([
    [1, "ร้อยละของโครงการที่ดำเนินการ"],
    [2, "การปฏิบัติหน้าที่"],
    [1, "abcd"],
    [9, "การป้องกันการทุจริต"],
  ])("indicator %d and “%s” is a KPI, not an ITA indicator", (n, rest) => {
    expect(indicatorNameMatches(n, rest)).toBe(false);
  });
});

describe("indicatorByName: a whole label that is an indicator's name", () => {
  test.each([
    ["การปฏิบัติหน้าที่", 1],
    ["การใช้งบประมาณ", 2],
    ["การใช้อำนาจ", 3],
    ["การใช้ทรัพย์สินของทางราชการ", 4],
    ["การแก้ไขปัญหาการทุจริต", 5],
    ["คุณภาพการดำเนินงาน", 6],
    ["ประสิทธิภาพการสื่อสาร", 7],
    ["การปรับปรุงการทำงาน", 8],
    ["การเปิดเผยข้อมูล", 9],
    ["การป้องกันการทุจริต", 10],
    ["การป้องกันการทุจริต(OIT)", 10],
    ["การป้องกันการทุจริตและประพฤติมิชอบ", 10],
    ["การเปิดเผยข้อมูล คะแนน", 9],
    ["การใช้อำนาจ eit", 3],
  ])("“%s” is indicator %d", (label, n) => {
    expect(indicatorByName(label)).toBe(n);
  });

  test.each(["การปฏิบัติหน้าที่ของเจ้าหน้าที่", "การใช้", "", "ITA", "การป้องกันการทุจริตในองค์กร"])(
    "“%s” is no indicator's whole name",
    (label) => {
      expect(indicatorByName(label)).toBeNull();
    },
  );

  test("each indicator's names: the catalogue's first, then the officers' others; none empty", () => {
    expect(indicatorNameKeys(8).length).toBeGreaterThan(1);
    expect(indicatorNameKeys(1)).toHaveLength(1);
    expect(indicatorNameKeys(99)).toEqual([]);
    for (let n = 1; n <= 10; n++) expect(indicatorNameKeys(n).every((k) => k.length > 0)).toBe(true);
  });
});
