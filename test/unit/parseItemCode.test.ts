import { formatCode, parseItemCode } from "../../src/analysis/parseItemCode";

const read = (s: string) => {
  const r = parseItemCode(s);
  return r
    ? {
        code: r.instrument ? formatCode(r.instrument, r.channel, r.number) : `?${r.number}`,
        form: r.form,
        indicator: r.indicator,
      }
    : null;
};

describe("parseItemCode", () => {
  test.each([
    ["I15", "I15"],
    ["i๑", "I1"],
    ["i1๓", "I13"],
    ["I 13", "I13"],
    ["o๒๔", "O24"],
    ["O26", "O26"],
    ["e๕", "E5"],
    ["E9", "E9"],
    ["EP ๑๐", "EP10"],
    ["ES๒", "ES2"],
    ["ES 15", "ES15"],
    ["OIT 42", "O42"],
    ["ข้อ I15", "I15"],
    ["ข้อ o24", "O24"],
    ["i๑ การปฏิบัติงานหรือให้บริการ", "I1"],
    ["ไอ5", "I5"],
    ["ไอ๑ การปฏิบัติงาน", "I1"],
    ["อี๓", "E3"],
    ["โอ 24", "O24"],
    ["โอ-2", "O2"],
    ["ไอ - 5", "I5"],
    ["o22แนวปฏิบัติการจัดการเรื่องร้องเรียน", "O22"],
    [" i๒ ในหน่วยงานของท่าน", "I2"],
  ])("%s → %s", (raw, code) => {
    expect(read(raw)?.code).toBe(code);
  });

  test("Thai zero typed for the letter o", () => {
    expect(read("๐๑๑")).toEqual({ code: "O11", form: "thai-zero", indicator: undefined });
    expect(read("(อ้างอิงจาก ๐๑๑)")).toBeNull();
  });

  test("ข้อ N alone gives a number whose instrument comes from the table", () => {
    expect(read("ข้อ ๗")).toEqual({ code: "?7", form: "number", indicator: undefined });
    expect(read("ข้อที่ 21")).toEqual({ code: "?21", form: "number", indicator: undefined });
  });

  test("an indicator before the code is kept as context", () => {
    expect(read("ตัวชี้วัดที่ 1 ข้อ 12")).toEqual({ code: "?12", form: "number", indicator: 1 });
    expect(read("ตัวชี้วัดที่ 3 ข้อ I15")).toEqual({ code: "I15", form: "explicit", indicator: 3 });
  });

  test.each([
    "E-Service",
    "Oct 2567",
    "ตัวชี้วัดที่ ๘",
    "2567",
    "85.5",
    "E1a",
    "I 2567",
    "การปฏิบัติหน้าที่",
    "",
    "i0",
    "o9.1 ข้อมูล",
    "อีก 5 ข้อ",
    "โอกาส 3",
    "ไอที 2",
    "ระบบไอ 2",
  ])("%s is not an item code", (raw) => {
    expect(read(raw)).toBeNull();
  });

  test("the rest of the text is kept as the question", () => {
    expect(parseItemCode("i๑ การปฏิบัติงาน")?.rest).toBe("การปฏิบัติงาน");
  });

  test.each<[string, string]>([
    ["๐๑๑ แผนการดำเนินงาน", "แผนการดำเนินงาน"],
    ["(E1) เจ้าหน้าที่", "เจ้าหน้าที่"],
    ["[E1]", ""],
    ["1. E1 คำถาม", "คำถาม"],
    ["I1: คำถาม", "คำถาม"],
    ["I1 - คำถาม", "คำถาม"],
    ["I1) คำถาม", "คำถาม"],
    ["E1 a", "a"],
  ])("the text after the code of %s is %j", (raw, rest) => {
    expect(parseItemCode(raw)?.rest).toBe(rest);
  });

  test.each(["EP10", "ES 2", "OIT 42", "EIT-01", "ข้อ EP 3", "ข้อ I15", "(E1)", "1. E1"])(
    "%s is an explicit code",
    (raw) => {
      expect(parseItemCode(raw)?.form).toBe("explicit");
    },
  );

  test.each([
    "E1a",
    "Oct2567",
    "(ข้อ 7)",
    "(1)",
    "1. ข้อ 7",
    "I100",
    "I0",
    "ตัวชี้วัดที่ 1 ข้อ",
    "ตัวชี้วัดที่ 0 ข้อ 1",
    "ตัวชี้วัดที่ 11 ข้อ 1",
  ])("%s is not a code", (raw) => {
    expect(parseItemCode(raw)).toBeNull();
  });

  test("the indicator before a code may be 1 to 10", () => {
    expect(read("ตัวชี้วัดที่ 10 ข้อ O1")).toEqual({ code: "O1", form: "explicit", indicator: 10 });
    expect(read("ตัวชี้วัดที่ 1 ข้อ I1")).toEqual({ code: "I1", form: "explicit", indicator: 1 });
  });
});
