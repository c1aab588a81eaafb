import { recogniseSheet } from "../../src/analysis/recogniseSheet";
import { grid } from "../helpers/grid";
import { SEED000_ROWS } from "../helpers/seed000";

const codesOf = (r: ReturnType<typeof recogniseSheet>) =>
  r.items.map(
    (i) => `${i.label.channel ?? i.label.instrument?.[0] ?? "?"}${i.label.number}@${i.year}=${i.score}`,
  );

describe("recogniseSheet", () => {
  test("an item keeps its title as typed: after the code, or in a text column before the score", () => {
    const r = recogniseSheet(
      grid("ITA 2567", [
        ["ข้อ", "ประเด็น", "คะแนน 2567"],
        ["o7", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", 0],
        ["o8 แผนและความก้าวหน้า", null, 50],
        ["o9", "", 100],
      ]),
    );
    expect(r.items.map((i) => i.title)).toEqual(["แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "แผนและความก้าวหน้า", null]);
  });

  test("an item table with two year columns, OCR'd codes and indicator rows", () => {
    const r = recogniseSheet(grid("ผล ITA", SEED000_ROWS));
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]!.years).toEqual([2565, 2566]);
    expect(r.items.filter((i) => i.year === 2566)).toHaveLength(8);
    const first = r.items.find((i) => i.cell === "C4")!;
    expect(first).toMatchObject({ year: 2566, score: 93.06, labelCell: "A4" });
    expect(first.label).toMatchObject({ instrument: "IIT", number: 12, form: "number", indicatorContext: 1 });
    expect(r.indicators.map((i) => `${i.indicator}@${i.year}=${i.score}`)).toContain("9@2566=100");
    expect(r.diagnostics).toEqual([]);
  });

  test("side-by-side IIT | score | OIT | score blocks (seed 003) and EIT below", () => {
    const r = recogniseSheet(
      grid("ITA 2567", [
        [
          "แบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสีย ภายใน (IIT)",
          "คะแนน",
          "แบบวัดการเปิดเผยข้อมูล สาธารณะ (OIT)",
          "คะแนน",
          "ผลการประเมิน…ในปี พ.ศ.๒๕๖8",
        ],
        [" i๑ การปฏิบัติงานหรือให้บริการ", "94.00", "o๗ แผนยุทธศาสตร์", "0", "๑. จากผลการประเมินสะท้อนให้เห็นว่า …"],
        [" i๒ ในหน่วยงานของท่าน", "96.67", "o๘ แผนและความก้าวหน้า", "50", null],
        [" i๓ เจ้าหน้าที่", " 100", "o๙ รายงานผลการดำเนินงาน", "0", null],
        [null, null, "o๑๐ คู่มือ", "๑๐๐", null],
        [],
        ["แบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสีย ภายนอก (EIT)", "คะแนน"],
        [" e1 เจ้าหน้าที่ปฏิบัติงาน", 100],
        [" e๒ เจ้าหน้าที่ปฏิบัติงาน", 100],
        [" e9 ท่านเคยใช้งานระบบ", 65.43],
      ]),
    );
    expect(codesOf(r)).toEqual([
      "I1@2567=94",
      "I2@2567=96.67",
      "I3@2567=100",
      "E1@2567=100",
      "E2@2567=100",
      "E9@2567=65.43",
      "O7@2567=0",
      "O8@2567=50",
      "O9@2567=0",
      "O10@2567=100",
    ]);
    expect(r.tables.map((t) => t.kind)).toEqual(["items", "items", "items"]);
  });

  test("one sheet per year: the year comes from the sheet name", () => {
    const r = recogniseSheet(
      grid("ปี 2566", [
        ["รหัส", "คะแนน"],
        ["O1", 100],
        ["O2", 0],
        ["O3", 100],
      ]),
    );
    expect(codesOf(r)).toEqual(["O1@2566=100", "O2@2566=0", "O3@2566=100"]);
  });

  test("indicator summary with one column per year, Thai digits and หัวข้อที่", () => {
    const r = recogniseSheet(
      grid("สรุป", [
        ["ตัวชี้วัด", "ปี ๒๕๖๗", "ปี ๒๕๖๘"],
        ["หัวข้อที่ ๗ ประสิทธิภาพการสื่อสาร", "๙๕.๑๐", "๙๗.๓๓"],
        ["หัวข้อที่ ๘ การปรับปรุงการดำเนินงาน", "๙๖.๐๐", "๙๘.๐๖"],
        ["IIT", 95, 96],
        ["คะแนนรวม", 93.5, 95.2],
      ]),
    );
    expect(r.indicators.map((i) => `${i.indicator}@${i.year}=${i.score}`)).toEqual([
      "7@2567=95.1",
      "8@2567=96",
      "7@2568=97.33",
      "8@2568=98.06",
    ]);
    expect(r.summaries.map((s) => `${s.instrument ?? "total"}@${s.year}=${s.score}`)).toEqual([
      "IIT@2567=95",
      "total@2567=93.5",
      "IIT@2568=96",
      "total@2568=95.2",
    ]);
    expect(r.tables[0]!.kind).toBe("indicators");
  });

  test("a budget sheet with year headers and large numbers is ignored", () => {
    const r = recogniseSheet(
      grid("งบประมาณ", [
        ["รายการ", "ปี 2566", "ปี 2567"],
        ["งบบุคลากร", 12500000, 13100000],
        ["งบลงทุน", 2100000, 1800000],
        ["รวม", 14600000, 14900000],
      ]),
    );
    expect(r).toEqual({ tables: [], items: [], indicators: [], summaries: [], levels: [], diagnostics: [] });
  });

  test("a KPI plan whose indicators are not ITA indicators is ignored", () => {
    const r = recogniseSheet(
      grid("แผน", [
        ["ตัวชี้วัด", "เป้าหมาย 2567", "ผล 2567"],
        ["ตัวชี้วัดที่ 1 ร้อยละของโครงการที่แล้วเสร็จ", 80, 85],
        ["ตัวชี้วัดที่ 2 ร้อยละความพึงพอใจ", 85, 90],
      ]),
    );
    expect(r.indicators).toEqual([]);
  });

  test("cells that are not scores become diagnostics with their address; change columns are skipped", () => {
    const r = recogniseSheet(
      grid("IIT", [
        ["ข้อ", "2566", "2567", "ผลต่าง"],
        ["I1", 90, "-", 1],
        ["I2", { error: "#DIV/0!" }, 88, 2],
        ["I3", 120, "N/A", 3],
        ["I4", true, { date: "2024-01-02T00:00:00Z" }, 4],
      ]),
    );
    expect(codesOf(r)).toEqual(["I1@2566=90", "I2@2567=88"]);
    expect(r.diagnostics.map((d) => `${d.cell} ${d.id}`)).toEqual([
      "B3 notAScore.error",
      "B4 notAScore.range",
      "B5 notAScore.boolean",
      "C2 notAScore.junk",
      "C4 notAScore.junk",
      "C5 notAScore.date",
    ]);
    expect(r.diagnostics.every((d) => d.sheet === "IIT" && d.level === "warning")).toBe(true);
  });

  test("a Common-Era year header is converted and said so", () => {
    const r = recogniseSheet(
      grid("x", [
        ["code", "score 2024"],
        ["I1", 90],
        ["I2", 91],
      ]),
    );
    expect(r.items.map((i) => i.year)).toEqual([2567, 2567]);
    expect(r.diagnostics).toEqual([
      { level: "info", sheet: "x", cell: "B1", id: "yearFromCE", params: { ce: 2024, year: 2567 } },
    ]);
  });

  test("merged year headers cover the columns below them", () => {
    const r = recogniseSheet(
      grid(
        "m",
        [
          ["ข้อ", "ปี 2566", null, "ปี 2567", null],
          [null, "คะแนน", "ผลต่าง", "คะแนน", "ผลต่าง"],
          ["I1", 80, 1, 90, 10],
          ["I2", 81, 2, 91, 10],
        ],
        {
          merges: [
            { top: 0, left: 1, bottom: 0, right: 2 },
            { top: 0, left: 3, bottom: 0, right: 4 },
          ],
        },
      ),
    );
    expect(codesOf(r)).toEqual(["I1@2566=80", "I2@2566=81", "I1@2567=90", "I2@2567=91"]);
  });

  test("a table with no year anywhere gives a warning, not a guess", () => {
    const r = recogniseSheet(
      grid("Sheet1", [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I2", 91],
      ]),
    );
    expect(r.items).toEqual([]);
    expect(r.diagnostics.map((d) => d.id)).toEqual(["noYear"]);
  });

  test("the officer's year setting applies to a table that names none, and is said", () => {
    const r = recogniseSheet(
      grid("Sheet1", [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I2", 91],
      ]),
      { defaultYear: 2567 },
    );
    expect(r.items.map((i) => i.year)).toEqual([2567, 2567]);
    expect(r.diagnostics).toEqual([
      { level: "info", sheet: "Sheet1", cell: "A2", id: "yearFromSetting", params: { year: 2567 } },
    ]);
  });

  test("a year taken from a title is a warning that names the title cell", () => {
    const r = recogniseSheet(
      grid("Sheet1", [["ผลการประเมิน ITA ประจำปี 2567"], ["ข้อ", "คะแนน"], ["I1", 90], ["I2", 91]]),
    );
    expect(r.items.map((i) => i.year)).toEqual([2567, 2567]);
    expect(r.diagnostics).toMatchObject([{ level: "warning", cell: "A1", id: "yearFromTitle" }]);
  });

  test("EIT Survey headings give the ES channel to plain e-codes", () => {
    const r = recogniseSheet(
      grid("EIT 2566", [
        ["ผู้ประเมินจัดเก็บข้อมูล (EIT Survey)", "คะแนน"],
        ["e2", 80],
        ["e6", 82],
        ["EP10", 70],
        ["EP11", 71],
      ]),
    );
    expect(codesOf(r)).toEqual(["ES2@2566=80", "ES6@2566=82", "EP10@2566=70", "EP11@2566=71"]);
  });

  test("generated sheets are never read", () => {
    expect(
      recogniseSheet(
        grid(
          "2567",
          [
            ["ข้อ", "2567"],
            ["I1", 1],
            ["I2", 2],
          ],
          { generated: true },
        ),
      ).items,
    ).toEqual([]);
  });
});
