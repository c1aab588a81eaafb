import { catalogue, fill } from "../../src/i18n/catalogue";
import { agencyFromGrids } from "../../src/analysis/agencyName";
import { errorText } from "../../src/taskpane/errorText";
import { inOfficersWords } from "../../src/taskpane/officeHost";
import { CellEditError } from "../../src/workbook/excel/officeRunner";
import { parseScore } from "../../src/taskpane/components/ScoreField";
import { parseYear } from "../../src/taskpane/components/YearField";
import { measureItemCodes } from "../../src/taskpane/measureCodes";
import { readingOf } from "../../src/taskpane/reading";
import { grid } from "../helpers/grid";

describe("the pane's pure helpers", () => {
  test("Excel in cell-edit mode is said as what to do, not as an unexpected error", () => {
    const e = inOfficersWords(new CellEditError("th"));
    expect(errorText("th", e)).toBe("Excel กำลังแก้ไขเซลล์อยู่ — กด Enter ออกจากเซลล์ที่กำลังแก้ไขแล้วลองอีกครั้ง");
    expect(errorText("en", e)).toMatch(/^Excel is editing a cell — press Enter/);
    const other = new Error("boom");
    expect(inOfficersWords(other)).toBe(other);
  });

  test.each([
    ["ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2566", "เทศบาลตำบลตัวอย่าง", "เทศบาลตำบลตัวอย่าง"],
    ["ผลการประเมิน ITA เทศบาลตำบลหนองยวง", null, "เทศบาลตำบลหนองยวง"],
    ["ผลคะแนน ITA ขององค์การบริหารส่วนตำบลบ้านใหม่ ประจำปี 2567", null, "องค์การบริหารส่วนตำบลบ้านใหม่"],
    ["กรมส่งเสริมการเกษตร ปี 2567", null, "กรมส่งเสริมการเกษตร"],
  ])("the agency named in a title row: %s", (a, b, agency) => {
    expect(agencyFromGrids([grid("ITA", [[a], [b], ["ข้อ", "2567"]])])).toBe(agency);
  });

  test("no agency word, or only in a generated sheet or below the title rows: no guess", () => {
    expect(
      agencyFromGrids([
        grid("ITA", [
          ["ข้อ", "2567"],
          ["I1", 90],
        ]),
      ]),
    ).toBeNull();
    expect(agencyFromGrids([grid("มาตรการ", [["เทศบาลตำบลก"]], { generated: true })])).toBeNull();
    expect(agencyFromGrids([grid("ITA", [[], [], [], [], [], ["เทศบาลตำบลก"]])])).toBeNull();
  });

  test("years: 4 Buddhist-era digits or empty; anything else is invalid", () => {
    expect(parseYear(" 2569 ")).toBe(2569);
    expect(parseYear("")).toBeNull();
    for (const bad of ["25", "2026", "25690", "๒๕๖๙", "2569a"]) expect(parseYear(bad)).toBe("invalid");
  });

  test("scores: 0 to 100 with at most two decimals", () => {
    expect(parseScore("85")).toBe(85);
    expect(parseScore("0")).toBe(0);
    expect(parseScore("84.5")).toBe(84.5);
    for (const bad of ["", "950", "-1", "100.5", "8x", "85.123"]) expect(parseScore(bad)).toBe("invalid");
  });

  test("the report's reading field is read when present and well-formed, else null", () => {
    const unread = [{ sheet: "IIT", range: "A5:B34", rows: 6, message: "ไม่มีรหัสข้อ" }];
    expect(readingOf({ reading: { rowsRead: 30, rowsUnread: 6, unread } })).toEqual({
      rowsRead: 30,
      rowsUnread: 6,
      unread,
    });
    expect(readingOf({})).toBeNull();
    expect(readingOf({ reading: { rowsRead: "30" } })).toBeNull();
    expect(readingOf({ reading: { rowsRead: 1, rowsUnread: 0, unread: [{ sheet: 1 }] } })?.unread).toEqual(
      [],
    );
  });

  test("catalogue parameters are filled; a missing one stays visible", () => {
    expect(fill("{count} ข้อต่ำกว่า {mark}", { count: 5, mark: 85 })).toBe("5 ข้อต่ำกว่า 85");
    expect(fill("ปี {year}", {})).toBe("ปี {year}");
  });
});

describe("the typed catalogue", () => {
  const t = catalogue({
    belowMark: { th: "{count} ข้อต่ำกว่า {mark}", en: "{count} items below {mark}" },
    title: { th: "ITA Analyzer", en: "ITA Analyzer" },
  });

  test("fills the parameters in the chosen language", () => {
    expect(t("th", "belowMark", { count: 5, mark: 85 })).toBe("5 ข้อต่ำกว่า 85");
    expect(t("en", "belowMark", { count: 5, mark: 85 })).toBe("5 items below 85");
    expect(t("en", "title")).toBe("ITA Analyzer");
  });

  test("a missing parameter or an unknown id does not compile", () => {
    // @ts-expect-error: {mark} is missing
    expect(t("th", "belowMark", { count: 5 })).toBe("5 ข้อต่ำกว่า {mark}");
    // @ts-expect-error: no such message
    expect(t("th", "nope")).toBe("nope");
  });
});

describe("the codes a measure answers", () => {
  test("plain codes and tagged items; indicators are not item codes", () => {
    expect(measureItemCodes(["O7", "O8"])).toEqual(["O7", "O8"]);
    expect(
      measureItemCodes([
        { kind: "item", code: "E9", year: 2567 },
        { kind: "indicator", code: "9", year: 2567 },
        { code: "I1" },
        null,
        42,
      ]),
    ).toEqual(["E9", "I1"]);
  });
});
