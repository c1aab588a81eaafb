import {
  parseIndicatorLabel,
  parseInstrumentMarker,
  parseSubIndicatorLabel,
  parseSummaryRowLabel,
} from "../../src/analysis/parseLabels";

describe("parseIndicatorLabel: an indicator by number or by name", () => {
  test.each([
    ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 1, "การปฏิบัติหน้าที่"],
    ["ตัวชี้วัด 8", 8, ""],
    ["ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", 10, "การป้องกันการทุจริต"],
    ["หัวข้อที่ 3", 3, ""],
    ["หัวข้อ 4 การใช้ทรัพย์สิน", 4, "การใช้ทรัพย์สิน"],
    ["Indicator 6", 6, ""],
    ["INDICATOR 7 quality", 7, "quality"],
    ["คะแนนตัวชี้วัดที่ 3", 3, ""],
    ["คะแนน ตัวชี้วัดที่ 2 การใช้งบประมาณ", 2, "การใช้งบประมาณ"],
  ])("“%s” is indicator %d, the rest “%s”", (raw, indicator, rest) => {
    expect(parseIndicatorLabel(raw)).toEqual({ indicator, rest });
  });

  test.each([
    ["ตัวชี้วัดที่ 0", "below 1"],
    ["ตัวชี้วัดที่ 11", "above 10"],
    ["ตัวชี้วัดที่ 100", "three digits"],
    ["ตัวชี้วัดที่ 9.1", "a sub-indicator"],
    ["ตัวชี้วัดที่ 9 . 2", "a sub-indicator with spaces"],
    ["ตัวชี้วัดที่ 1 ข้อ 3", "an item under an indicator"],
    ["ตัวชี้วัด ข้อที่ I2", "an item code"],
    ["ข้อ 5", "an item"],
    ["ร้อยละของโครงการ", "a KPI title"],
    ["", "empty"],
  ])("“%s” is no indicator (%s)", (raw) => {
    expect(parseIndicatorLabel(raw)).toBeNull();
  });

  test.each([
    ["การปฏิบัติหน้าที่", 1],
    ["1. การปฏิบัติหน้าที่", 1],
    ["5) การแก้ไขปัญหาการทุจริต", 5],
    ["การปรับปรุงการดำเนินงาน", 8],
    ["การเปิดเผยข้อมูลสาธารณะ", 9],
    ["การป้องกันการทุจริต(OIT)", 10],
    ["10.การป้องกันการทุจริต", 10],
  ])("the name “%s” is indicator %d with no rest", (raw, indicator) => {
    expect(parseIndicatorLabel(raw)).toEqual({ indicator, rest: "" });
  });

  test("a number that is not the named indicator's is no indicator", () => {
    expect(parseIndicatorLabel("2. การปฏิบัติหน้าที่")).toBeNull();
  });
});

describe("parseSubIndicatorLabel: OIT sub-indicators 9.x and 10.x", () => {
  test.each([
    ["ตัวชี้วัดย่อยที่ 9.4", "9.4"],
    ["ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน", "9.1"],
    ["ตัวชี้วัดที่ 10.2", "10.2"],
    ["ตัวชี้วัดย่อย 10 . 1", "10.1"],
    ["ตัวชี้วัด9.3", "9.3"],
  ])("“%s” is %s", (raw, sub) => {
    expect(parseSubIndicatorLabel(raw)).toBe(sub);
  });

  test.each(["ตัวชี้วัดที่ 8.1", "ตัวชี้วัดที่ 9", "ตัวชี้วัดที่ 9.12", "หัวข้อ 9.1", "ก ตัวชี้วัดที่ 9.1"])(
    "“%s” is no sub-indicator",
    (raw) => {
      expect(parseSubIndicatorLabel(raw)).toBeNull();
    },
  );
});

describe("parseInstrumentMarker: a heading that names one instrument", () => {
  test.each([
    ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "IIT", null],
    ["IIT", "IIT", null],
    ["ผู้มีส่วนได้ส่วนเสีย ภายใน", "IIT", null],
    ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", "EIT", null],
    ["EIT", "EIT", null],
    ["EIT Survey", "EIT", "ES"],
    ["EIT (ES)", "EIT", "ES"],
    ["EIT ที่ผู้ประเมินจัดเก็บข้อมูล", "EIT", "ES"],
    ["EIT (EP)", "EIT", "EP"],
    ["OIT", "OIT", null],
    ["แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "OIT", null],
    ["การเปิดเผยข้อมูล สาธารณะ", "OIT", null],
    ["แบบตรวจการเปิดเผยข้อมูล", "OIT", null],
    ["ช่องทางประชาชน (EP)", "EIT", "EP"],
    ["ช่องทางผู้รับบริการ (ES)", "EIT", "ES"],
    ["( es )", "EIT", "ES"],
    ["ช่องทาง (ep)", "EIT", "EP"],
    ["EP", "EIT", "EP"],
    ["ช่องทางออนไลน์ EP", "EIT", "EP"],
  ])("“%s” names %s (channel %s)", (raw, instrument, channel) => {
    expect(parseInstrumentMarker(raw)).toEqual({ instrument, channel });
  });

  test.each([
    ["IIT และ EIT", "two instruments"],
    ["IIT EIT OIT", "three instruments"],
    ["ITA", "the whole assessment"],
    ["EITS", "no word boundary"],
    ["ข้อ E1", "an item"],
    ["EP1", "a channel item code"],
    ["ESS", "no channel word"],
    ["ผลการประเมิน (EP) และ (ES)", "two channels"],
    [`ช่องทาง${"ก".repeat(60)} (EP)`, "a channel in a long paragraph"],
    [`IIT ${"ก".repeat(120)}`, "a long paragraph"],
  ])("“%s” names no single instrument (%s)", (raw) => {
    expect(parseInstrumentMarker(raw)).toBeNull();
  });

  test("a channel heading of exactly 60 characters is still read", () => {
    const raw = `ช่องทาง${"ก".repeat(48)} (EP)`;
    expect(raw.length).toBe(60);
    expect(parseInstrumentMarker(raw)).toEqual({ instrument: "EIT", channel: "EP" });
  });

  test("a heading of exactly 120 characters is still read", () => {
    const raw = `IIT ${"ก".repeat(116)}`;
    expect(raw.length).toBe(120);
    expect(parseInstrumentMarker(raw)).toEqual({ instrument: "IIT", channel: null });
  });
});

describe("parseSummaryRowLabel: instrument and total rows of a summary", () => {
  test.each([
    ["IIT", "IIT"],
    ["eit", "EIT"],
    ["คะแนน OIT", "OIT"],
    ["คะแนนIIT", "IIT"],
    ["EIT (ภายนอก)", "EIT"],
    ["คะแนนรวม IIT", "IIT"],
    ["คะแนน EIT รวม", "EIT"],
    ["รวม OIT", "OIT"],
  ])("“%s” is the %s row", (raw, instrument) => {
    expect(parseSummaryRowLabel(raw)).toEqual({ kind: "instrument", instrument });
  });

  test.each(["คะแนนรวม", "รวมทั้งสิ้น", "คะแนน ITA", "ผลคะแนน ITA", "คะเเนน ITA", "TOTAL", "รวม"])(
    "“%s” is the total row",
    (raw) => {
      expect(parseSummaryRowLabel(raw)).toEqual({ kind: "total" });
    },
  );

  test.each(["IIT ข้อ 1", "OIT 9.1", "รวมคะแนนเฉลี่ย", "ตัวชี้วัดที่ 1", "ค่าเฉลี่ย IIT"])("“%s” is neither", (raw) => {
    expect(parseSummaryRowLabel(raw)).toBeNull();
  });
});
