import type { CellValue } from "../../src/analysis/grid";
import { analyse } from "../../src/analysis/analyse";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { toReport } from "../../src/analysis/report";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";

const run = (name: string, rows: CellValue[][]) =>
  toReport(analyse(recogniseWorkbook([grid(name, rows)]), DEFAULT_SETTINGS), "en");

describe("tables beyond one item list", () => {
  test("a summary of instruments alone (IIT | EIT | OIT | คะแนนรวม, years across) is read; the sheet wins", () => {
    const r = toReport(
      analyse(
        recogniseWorkbook([
          grid("IIT 2566", [
            ["ข้อ", "คะแนน"],
            ...Array.from({ length: 30 }, (_, k): CellValue[] => [`I${k + 1}`, 80]),
          ]),
          grid("สรุปผล", [
            ["สรุปผลการประเมิน"],
            ["แบบวัด", "ปี 2565", "ปี 2566"],
            ["IIT", 85.1, 88.62],
            ["EIT", 84.2, 87.46],
            ["OIT", 70.3, 89.97],
            ["คะแนนรวม", 78.71, 88.81],
          ]),
        ]),
        DEFAULT_SETTINGS,
      ),
      "en",
    );
    expect(r.instruments.map((i) => [i.instrument, i.score, i.source, i.previous?.score])).toEqual([
      ["IIT", 88.62, "sheet", 85.1],
      ["EIT", 87.46, "sheet", 84.2],
      ["OIT", 89.97, "sheet", 70.3],
    ]);
    expect(r.total).toMatchObject({ score: 88.81, source: "sheet", previous: { year: 2565, score: 78.71 } });
    expect(r.reading.unread).toEqual([]);
  });

  test("a totals-only history, newest first, is read as the total by year", () => {
    const r = run("ผลย้อนหลัง", [
      ["ปีงบประมาณ", "คะแนน", "ระดับ"],
      [2568, 91.2, "A"],
      [2567, 88.5, "A"],
      [2566, 84.1, "B"],
    ]);
    expect(r.years).toEqual([2566, 2567, 2568]);
    expect(r.total).toMatchObject({ score: 91.2, source: "sheet", previous: { year: 2567, score: 88.5 } });
    expect(r.tables).toEqual([
      { sheet: "ผลย้อนหลัง", range: "A2:C4", kind: "indicators", years: [2566, 2567, 2568], rows: 3 },
    ]);
    // The letters are the levels of 2565 and before: named at their cells, never printed for 2567 and 2568.
    // 2566 is printed in either scheme (both are attested), so its "B" is kept as given.
    expect(
      r.diagnostics
        .filter((d) => d.code === "givenLevelOtherScheme")
        .map((d) => d.cell)
        .sort(),
    ).toEqual(["C2", "C3"]);
  });

  test("a years-down instrument summary in a sheet that also has an item table: both are read", () => {
    const r = run("ITA", [
      ["ปี", "IIT", "EIT", "OIT", "คะแนนรวม"],
      [2566, 85, 86, 70, 80],
      [2567, 90, 88, 80, 85],
      [],
      ["ข้อ", "คะแนน 2567"],
      ["I1", 90],
      ["I2", 91],
    ]);
    expect(r.items.map((i) => i.cell)).toEqual(["B6", "B7"]);
    expect(r.instruments.map((i) => `${i.instrument}@${i.source}=${i.score}`)).toEqual([
      "IIT@sheet=90",
      "EIT@sheet=88",
      "OIT@sheet=80",
    ]);
    expect(r.total).toMatchObject({ score: 85, source: "sheet" });
    expect(r.reading.rowsUnread).toBe(0);
  });

  test("indicator names without numbers, with the officers' other names, and รวมทั้งสิ้น", () => {
    const names = [
      "การปฏิบัติหน้าที่",
      "การใช้งบประมาณ",
      "การใช้อำนาจ",
      "การใช้ทรัพย์สินของทางราชการ",
      "การแก้ไขปัญหาการทุจริต",
      "คุณภาพการดำเนินงาน",
      "ประสิทธิภาพการสื่อสาร",
      "การปรับปรุงการดำเนินงาน",
      "การเปิดเผยข้อมูลสาธารณะ",
      "การป้องกันการทุจริต(OIT)",
    ];
    const r = run("สรุป", [["ตัวชี้วัด", "2567"], ...names.map((n, i) => [n, 70 + i]), ["รวมทั้งสิ้น", 77]]);
    expect(r.indicators.map((i) => `${i.number}=${i.score}`)).toEqual(
      names.map((_, i) => `${i + 1}=${70 + i}`),
    );
    expect(r.total).toMatchObject({ score: 77, source: "sheet" });
  });

  test("EIT channels under EIT (EP) and EIT (ES) headings keep their channel, not duplicates", () => {
    const r = run("ITA 2567", [
      ["EIT (EP)", "คะแนน"],
      ["E1", 80],
      ["E2", 81],
      ["EIT (ES)", "คะแนน"],
      ["E1", 70],
      ["E2", 71],
    ]);
    expect(r.items.map((i) => `${i.code}=${i.score}`)).toEqual(["EP1=80", "EP2=81", "ES1=70", "ES2=71"]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("duplicateItem");
  });

  test("EIT channels under headings that name only the channel (ช่องทางประชาชน (EP)) keep it too", () => {
    const r = run("EIT 2566", [
      ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ประจำปี 2566"],
      ["ช่องทางประชาชน (EP)"],
      ["ข้อ", "คะแนน"],
      ["E1", 80],
      ["E2", 81],
      ["ช่องทางผู้รับบริการ (ES)"],
      ["ข้อ", "คะแนน"],
      ["E1", 70.5],
      ["E2", 71.5],
    ]);
    expect(r.items.map((i) => `${i.code}=${i.score}`)).toEqual(["EP1=80", "EP2=81", "ES1=70.5", "ES2=71.5"]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("duplicateItem");
  });

  test("codes quoted in a remarks column (หมายเหตุ) are notes: no duplicate, no table without a year", () => {
    const r = run("OIT 2567", [
      ["ข้อ", "รายการ", "ผลการประเมิน", "หมายเหตุ"],
      ["o1", "โครงสร้าง", "มี", null],
      ["o2", "ข้อมูลผู้บริหาร", 100, "ข้อ 3 ได้ 3 คะแนน"],
      ["o3", "อำนาจหน้าที่", "ไม่มี", null],
      ["o4", "แผนพัฒนา", 100, "ดูข้อ 5 ประกอบ"],
      ["o5", "ข้อมูลการติดต่อ", 100, null],
    ]);
    expect(r.items.map((i) => `${i.code}@${i.cell}=${i.score}`)).toEqual([
      "O1@C2=100",
      "O2@C3=100",
      "O3@C4=0",
      "O4@C5=100",
      "O5@C6=100",
    ]);
    const about = ["duplicateItem", "noYear", "unreadRows.item"];
    expect(r.diagnostics.filter((d) => about.includes(d.code))).toEqual([]);
  });

  test("agencies as columns under one merged year: the first is read, each other named with its heading", () => {
    const r = toReport(
      analyse(
        recogniseWorkbook([
          grid(
            "จังหวัด",
            [
              ["ข้อ", "ปี 2567", null, null],
              [null, "ทต.โพน", "อบต.นาบอน", "อบต.ทุ่งคลอง"],
              ["E1", 90, 80, 70],
              ["E2", 85, 75, 65],
            ],
            { merges: [{ top: 0, left: 1, bottom: 0, right: 3 }] },
          ),
        ]),
        DEFAULT_SETTINGS,
      ),
      "en",
    );
    expect(r.items.map((i) => `${i.code}@${i.cell}=${i.score}`)).toEqual(["E1@B3=90", "E2@B4=85"]);
    const named = r.diagnostics.filter((d) => d.code === "sameYearOtherColumn");
    expect(named.map((d) => d.cell)).toEqual(["C3", "C4", "D3", "D4"]);
    expect(named[2]!.message).toBe(
      "Column “อบต.ทุ่งคลอง” gives 2567 scores as column “ทต.โพน” (B3) does — only “ทต.โพน” was read, the two are never mixed; if it is another agency, put it on a sheet of its own to analyse it",
    );
    expect(r.diagnostics.map((d) => d.code)).not.toContain("twoColumnsSameYear");
  });

  test("one instrument row under a year column, alone or with a total, is read as totals across years (issue 21)", () => {
    for (const rows of [
      [
        ["แบบวัด", "ปี 2566"],
        ["IIT", 88.62],
      ],
      [
        ["แบบวัด", "ปี 2566"],
        ["IIT", 88.62],
        ["คะแนนรวม", 87.5],
      ],
    ] as CellValue[][][]) {
      const r = run("สรุปผล", rows);
      expect(r.instruments).toMatchObject([{ instrument: "IIT", score: 88.62, source: "sheet" }]);
      expect(r.total?.score ?? null).toBe(rows.length === 3 ? 87.5 : null);
      expect(r.reading.unread).toEqual([]);
    }
  });

  test("subtotal rows inside an item table (คะแนนตัวชี้วัดที่ N, คะแนน IIT รวม) are the sheet's own scores", () => {
    const rows: CellValue[][] = [["ข้อ", "คะแนน 2566"]];
    for (const [g, [a, b]] of [
      [1, 3],
      [4, 6],
    ].entries()) {
      for (let i = a!; i <= b!; i++) rows.push([`i${i}`, 80 + i]);
      rows.push([`คะแนนตัวชี้วัดที่ ${g + 1}`, 85 + g]);
    }
    rows.push(["คะแนน IIT รวม", 87.02]);
    const r = run("IIT", rows);
    const a = analyse(recogniseWorkbook([grid("IIT", rows)]), DEFAULT_SETTINGS);
    const y = a.scoresByYear.find((s) => s.year === 2566)!;
    expect([...y.indicators].map(([n, s]) => [n, s.score, s.source, s.cell])).toEqual(
      expect.arrayContaining([
        [1, 85, "sheet", "B5"],
        [2, 86, "sheet", "B9"],
      ]),
    );
    expect(y.instruments.get("IIT")).toMatchObject({ score: 87.02, source: "sheet", cell: "B10" });
    expect(r.reading.unread).toEqual([]);
  });

  test("“คะแนนรวม IIT” under an item table is the instrument's score; a bare “เฉลี่ย” row is named, not used", () => {
    const r = run("ITA 2567", [
      ["ข้อ", "คะแนน 2567"],
      ["I1", 90],
      ["I2", 80],
      ["คะแนนรวม IIT", 87.12],
      [],
      ["ข้อ", "คะแนน 2567"],
      ["E1", 90],
      ["E2", 92],
      ["เฉลี่ย", 88.88],
    ]);
    expect(r.instruments.find((i) => i.instrument === "IIT")).toMatchObject({
      score: 87.12,
      source: "sheet",
    });
    expect(
      r.diagnostics.filter((d) => d.code === "unreadRows.average").map((d) => [d.level, d.cell]),
    ).toEqual([["info", "A9"]]);
  });

  test("a second column of the same year with no heading of its own is a duplicate, not another agency", () => {
    const r = toReport(
      analyse(
        recogniseWorkbook([
          grid(
            "จังหวัด",
            [
              ["ข้อ", "ปี 2567", null],
              [null, "ทต.โพน", null],
              ["E1", 90, 80],
              ["E2", 85, 75],
            ],
            { merges: [{ top: 0, left: 1, bottom: 0, right: 2 }] },
          ),
        ]),
        DEFAULT_SETTINGS,
      ),
      "en",
    );
    expect(r.items.map((i) => `${i.code}@${i.cell}=${i.score}`)).toEqual(["E1@B3=90", "E2@B4=85"]);
    expect(
      r.diagnostics
        .filter((d) => d.code.includes("SameYear") || d.code.includes("sameYear"))
        .map((d) => [d.code, d.cell]),
    ).toEqual([
      ["twoColumnsSameYear", "C3"],
      ["twoColumnsSameYear", "C4"],
    ]);
  });

  test("side-by-side ข้อ N blocks each take the instrument heading above them in the same row", () => {
    const r = run("ITA 2567", [
      ["IIT", "คะแนน", "EIT", "คะแนน"],
      ["ข้อ 1", 80, "ข้อ 1", 70],
      ["ข้อ 2", 81, "ข้อ 2", 71],
    ]);
    expect(r.items.map((i) => `${i.code}@${i.cell}=${i.score}`)).toEqual([
      "I1@B2=80",
      "I2@B3=81",
      "E1@D2=70",
      "E2@D3=71",
    ]);
  });

  test("several agencies in one table: the first is read and said, the others' rows listed, never mixed", () => {
    const r = run("จังหวัด", [
      ["หน่วยงาน", "ปีงบประมาณ", "IIT", "EIT", "OIT", "คะแนนรวม"],
      ["อบต.ก", 2566, 85, 86, 70, 80],
      [null, 2567, 90, 88, 80, 85],
      ["อบต.ข", 2566, 75, 76, 60, 70],
      [null, 2567, 80, 78, 70, 75],
    ]);
    expect(r.total).toMatchObject({ score: 85, previous: { year: 2566, score: 80 } });
    const d = r.diagnostics.find((x) => x.code === "otherAgencies")!;
    expect(d).toMatchObject({ level: "warning", sheet: "จังหวัด", cell: "B4" });
    expect(d.message).toBe(
      "This table holds several agencies: only “อบต.ก” was read; rows A4:F5 (อบต.ข) were not — put each agency on a sheet of its own to analyse it",
    );
  });

  test("a budget table with a year column is not read as scores", () => {
    const r = run("งบ", [
      ["ปีงบประมาณ", "งบประมาณ (บาท)"],
      [2566, 2100000],
      [2567, 2300000],
    ]);
    expect(r.years).toEqual([]);
    expect(r.tables).toEqual([]);
  });
});
