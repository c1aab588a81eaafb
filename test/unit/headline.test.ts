import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { headlineOf, headlineText } from "../../src/taskpane/headline";
import { textIn } from "../../src/taskpane/i18n";
import { grid } from "../helpers/grid";

const headline = (rows: (string | number)[][], lang: "th" | "en" = "th") => {
  const { report } = runPipeline([grid("ผล", rows)], DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, lang, {
    documents: [],
  });
  return headlineText(headlineOf(report), report.threshold, textIn(lang));
};

const INDICATORS = [88, 91, 90, 95, 86, 90, 92, 87, 79, 65];

describe("the headline never says the opposite of the numbers", () => {
  test("items only: the items below, or every item passing", () => {
    expect(
      headline([
        ["ข้อ", "2567"],
        ["I1", 90],
        ["I2", 70],
        ["I3", 80],
      ]),
    ).toBe("ต่ำกว่า 85: 2 ข้อ · ตัวชี้วัดที่ 1");
    expect(
      headline([
        ["ข้อ", "2567"],
        ["I1", 90],
        ["I2", 95],
      ]),
    ).toBe("ทุกข้อได้ 85 ขึ้นไป");
  });

  test("indicators only: the indicators below by number, and the total when it is below — never 'every item'", () => {
    const rows = [["ตัวชี้วัด", "2568"], ...INDICATORS.map((v, k) => [`ตัวชี้วัดที่ ${k + 1}`, v])];
    const th = headline(rows);
    expect(th).toMatch(/^ต่ำกว่า 85: ตัวชี้วัดที่ 9, 10/);
    expect(th).not.toMatch(/ทุกข้อ/);
    expect(headline(rows, "en")).toMatch(/^Below 85: indicators 9, 10/);
    const passing = [["ตัวชี้วัด", "2568"], ...INDICATORS.map((v, k) => [`ตัวชี้วัดที่ ${k + 1}`, Math.max(v, 86)])];
    expect(headline(passing)).toBe("ทุกตัวชี้วัดได้ 85 ขึ้นไป");
  });

  test("a total only: said below or passing", () => {
    expect(
      headline([
        ["", "2567", "2568"],
        ["คะแนนรวม", 88.1, 81.45],
      ]),
    ).toBe("ต่ำกว่า 85: คะแนนรวม");
    expect(
      headline([
        ["", "2567", "2568"],
        ["คะแนนรวม", 80, 91.2],
      ]),
    ).toBe("คะแนนรวมได้ 85 ขึ้นไป");
  });
});
