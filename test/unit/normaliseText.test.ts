import { parseIndicatorLabel, parseSummaryRowLabel } from "../../src/analysis/parseLabels";
import { recogniseSheet } from "../../src/analysis/recogniseSheet";
import { cellText, isBlank, matchKey, normaliseText } from "../../src/analysis/text";
import { grid } from "../helpers/grid";

describe("Thai text normalisation before matching", () => {
  test("NIKHAHIT + SARA AA becomes SARA AM", () => {
    expect(normaliseText("การด\u0e4d\u0e32เนินงาน")).toBe("การดำเนินงาน");
  });

  test("doubled SARA E becomes SARA AE", () => {
    expect(normaliseText("คะ\u0e40\u0e40นน ITA")).toBe("คะแนน ITA");
  });

  test("zero-width characters vanish and non-breaking spaces become one space", () => {
    expect(normaliseText("\ufeffI\u200b1\u00a0\u00a0การ\u202fใช้")).toBe("I1 การ ใช้");
  });

  test("spaces inside a syllable are removed, spaces between words kept", () => {
    expect(normaliseText("ก ารปฏิบ ัติ เ จ้าหน้าที่")).toBe("ก ารปฏิบัติ เจ้าหน้าที่");
    expect(normaliseText("การ ปฏิบัติงาน")).toBe("การ ปฏิบัติงาน");
    expect(matchKey("การ ปฏิบัติงาน")).toBe("การปฏิบัติงาน");
  });

  test("full-width Latin letters, digits and signs become ASCII; Thai SARA AM is kept (no NFKC)", () => {
    expect(normaliseText("ｉ３ ＥＩＴ（ＥＰ） ８５．５０％")).toBe("i3 EIT(EP) 85.50%");
    expect(normaliseText("การดำเนินงาน")).toBe("การดำเนินงาน");
  });

  test("a full-width code and score are read like typed ones", () => {
    const rec = recogniseSheet(
      grid("ITA 2567", [
        ["ข้อ", "คะแนน"],
        ["ｉ３", "８５．５"],
        ["I4", 90],
      ]),
    );
    expect(rec.items.map((i) => [i.label.instrument, i.label.number, i.score, i.cell])).toEqual([
      ["IIT", 3, 85.5, "B2"],
      ["IIT", 4, 90, "B3"],
    ]);
  });

  test("Thai digits become ASCII digits", () => {
    expect(normaliseText(" ๙๘.๐๖ ")).toBe("98.06");
  });

  test("a total column headed with doubled SARA E is a total label", () => {
    expect(parseSummaryRowLabel("คะเเนน ITA")).toEqual({ kind: "total" });
    expect(parseSummaryRowLabel("รวมทั้งสิ้น")).toEqual({ kind: "total" });
    expect(parseSummaryRowLabel("ผลคะแนน ITA")).toEqual({ kind: "total" });
  });

  test("indicator names with spaces inside, other names and an instrument tail", () => {
    expect(parseIndicatorLabel("การ ปฏิบัติหน้าที่")?.indicator).toBe(1);
    expect(parseIndicatorLabel("การป้องกันการทุจริต(OIT)")?.indicator).toBe(10);
    expect(parseIndicatorLabel("การปรับปรุงการดำเนินงาน")?.indicator).toBe(8);
    expect(parseIndicatorLabel("การเปิดเผยข้อมูลสาธารณะ")?.indicator).toBe(9);
    expect(parseIndicatorLabel("การใช้ทรัพย์สินของทางราชการ")?.indicator).toBe(4);
    expect(parseIndicatorLabel("การปฏิบัติหน้าที่ของเจ้าหน้าที่ในหน่วยงาน")).toBeNull();
  });

  test("a summary whose labels came from a PDF is read", () => {
    const r = recogniseSheet(
      grid("สรุป", [
        ["ตัวชี้วัด", "2567"],
        ["การปฏิบัติหน\u0e49\u0e32ที่", 90],
        ["การ\u200bใช้งบประมาณ", 80],
        ["การใช้อ\u0e4d\u0e32นาจ", 70],
        ["คะเเนน ITA", 81.5],
      ]),
    );
    expect(r.indicators.map((i) => `${i.indicator}=${i.score}`)).toEqual(["1=90", "2=80", "3=70"]);
    expect(r.summaries.map((s) => s.score)).toEqual([81.5]);
  });

  test.each<[string, string]>([
    ["a\u200cb\u200dc\u2060d\ufeffe\u00adf", "abcdef"],
    ["a\u2003b\u205fc\u3000d\te\r\nf", "a b c d e f"],
    ["  กา  ร  ", "กา ร"],
    ["ก ่า", "ก่า"],
    ["ก \u0e31น", "กัน"],
    ["ก \u0e4cน", "ก์น"],
    ["แ ก", "แก"],
    ["ไ ม้", "ไม้"],
    ["เ 1", "เ 1"],
    ["ก า", "ก า"],
    ["\u0e4d\u0e32", "\u0e33"],
    ["\u0e40\u0e40\u0e40", "\u0e41\u0e40"],
  ])("%j → %j", (raw, out) => {
    expect(normaliseText(raw)).toBe(out);
  });

  test("matchKey drops spaces and punctuation between words, never letters", () => {
    expect(matchKey("การป้องกัน (OIT): ทุจริต - ก.ข–ค")).toBe("การป้องกันOITทุจริตกขค");
  });

  test("a blank cell is blank after normalisation", () => {
    expect(isBlank("\u200b\u00a0 ")).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank("ก")).toBe(false);
  });
});

describe("cellText of cells that are not text", () => {
  test("a number is its digits, an error keeps its code so it is never taken for an empty cell", () => {
    expect(cellText(85.5)).toBe("85.5");
    expect(cellText({ error: "#REF!" })).toBe("#REF!");
  });

  test("a date, a boolean and an empty cell have no text to match", () => {
    expect(cellText({ date: "2025-09-30T00:00:00.000Z" })).toBe("");
    expect(cellText(true)).toBe("");
    expect(cellText(null)).toBe("");
  });
});
