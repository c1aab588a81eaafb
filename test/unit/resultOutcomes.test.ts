import type { SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { INTERPRETATION } from "../../src/measures/outcomeSentence";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { grid } from "../helpers/grid";
import { SEED000_ROWS } from "../helpers/seed000";
import { transition } from "../helpers/yearFixtures";

const outcomes = (rows: typeof SEED000_ROWS) =>
  runPipeline([grid("ผล ITA", rows)], DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th").results!.rows.flatMap(
    (r) => r.outcomes,
  );

describe("the ผลลัพธ์ sentences of a 2565 → 2566 results report (seed 000's figures)", () => {
  // 2565 I8 has no 2566 counterpart (2566 I8 is the old I12); 2565 I5 keeps its number in 2566.
  const all = outcomes([
    ...SEED000_ROWS,
    ["ตัวชี้วัดที่ 1 ข้อ I5", 72.4, 86.1],
    ["ตัวชี้วัดที่ 2 ข้อ I8", 83.2, null],
    ["ตัวชี้วัดที่ 1", 84.5, 89.0],
    ["ตัวชี้วัดที่ 2", 80.0, 81.5],
  ]);

  test("a comparison across the two IIT lists says เทียบกับข้อ only where the code changed", () => {
    expect(all).toContainEqual(
      expect.stringContaining("ข้อ I23 ได้ 82.80 ปี 2566 เทียบกับข้อ I19 ได้ 83.44 เพิ่มขึ้น 0.64"),
    );
    expect(all).toContainEqual(expect.stringContaining("ข้อ I5 ได้ 72.40 ปี 2566 ได้ 86.10 เพิ่มขึ้น 13.70"));
    expect(all).toContainEqual(expect.stringContaining("ข้อ I20 ได้ 80.12 ปี 2566 ได้ 82.35"));
    expect(all.join("\n")).not.toMatch(/ข้อ (I\d+) ได้ [\d.]+ ปี 2566 เทียบกับข้อ \1 /);
  });

  test("an item with no counterpart is compared through its indicator, never 'no comparable item'", () => {
    expect(all).toContainEqual(
      expect.stringContaining(
        "ตัวชี้วัดที่ 2 การใช้งบประมาณ ข้อ I8 ได้ 83.20 ซึ่งปี 2566 ไม่มีข้อที่ตรงกัน จึงเทียบทั้งตัวชี้วัด ซึ่งปี 2565 ได้ 80.00 ปี 2566 ได้ 81.50 เพิ่มขึ้น 1.50 คะแนน แต่ยังไม่ผ่านเกณฑ์",
      ),
    );
    expect(all.join("\n")).not.toMatch(/เทียบเคียงได้/);
  });
});

/** 2567 o6 (Q&A), which has no 2568 item of its own, scored 0: its measure's result needs the fallback. */
function withWeakQa(grids: SheetGrid[]): SheetGrid[] {
  return grids.map((g) =>
    g.name === "ITA 2567"
      ? { ...g, rows: g.rows.map((r) => (r[0] === "o6" ? [r[0], r[1] ?? null, 0] : r)) }
      : g,
  );
}

describe("the ผลลัพธ์ sentences of a 2567 → 2568 results report", () => {
  const report = runPipeline(
    withWeakQa(transition(2567, 2568, "many")),
    DEFAULT_SETTINGS,
    DEFAULT_DOC_OPTIONS,
    "th",
  ).results!;
  const all = report.rows.flatMap((r) => r.outcomes);

  test("an item compared through its indicator names its ประเด็น first, as from 2567 every sentence does", () => {
    const fallback = all.filter((s) => s.includes("ไม่มีข้อที่ตรงกัน"));
    expect(fallback.length).toBeGreaterThan(0);
    for (const s of fallback) expect(s).toMatch(/^ผลการประเมิน ITA ปี 2567 ประเด็นที่ \d /);
  });

  test("indicator 8 carries its 2568 name", () => {
    const eight = all.filter((s) => s.includes("ตัวชี้วัดที่ 8 "));
    expect(eight.length).toBeGreaterThan(0);
    for (const s of eight) expect(s).toContain("ตัวชี้วัดที่ 8 การปรับปรุงการดำเนินงาน");
  });

  test("OIT items compared by title say เทียบกับข้อ; none is left without a comparison", () => {
    const oit = all.filter((s) => / ข้อ O\d+ ได้/.test(s));
    expect(oit.length).toBeGreaterThan(0);
    for (const s of oit)
      expect(s).toMatch(
        /เทียบกับข้อ O\d+|ไม่มีข้อที่ตรงกัน จึงเทียบทั้งตัวชี้วัด|จึงเทียบจำนวนข้อของตัวชี้วัดนี้ที่ผ่านเกณฑ์ ปี 2567 \d+ จาก \d+ ข้อ ปี 2568 \d+ จาก \d+ ข้อ$/,
      );
    expect(all.join("\n")).not.toMatch(/เทียบเคียงได้/);
  });
});

describe("the results memo states the totals it has, and only those", () => {
  const memoText = (previous: number, year: number) =>
    runPipeline(transition(previous, year, "many"), DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
      documents: ["resultsMemo"],
    })
      .specs[0]!.rows.flatMap((r) => r.cells.map((c) => String(c.value ?? "")))
      .join("\n");

  test("2565 → 2566: a total computed on assumed weights is never stated; the instrument scores are", () => {
    const text = memoText(2565, 2566);
    expect(text).toMatch(
      /ได้รับผลการประเมิน ITA ประจำปี พ.ศ. 2566 ได้คะแนนแบบวัดประมาณ IIT \d+\.\d\d EIT \d+\.\d\d OIT \d+\.\d\d คะแนน \(ปี พ.ศ. 2565 ได้คะแนนแบบวัดประมาณ IIT \d+\.\d\d EIT \d+\.\d\d OIT \d+\.\d\d คะแนน\) ซึ่งเป็นค่าประมาณที่คำนวณจากคะแนนรายข้อ ไม่ใช่คะแนนที่ ป.ป.ช. ประกาศ รายละเอียด/,
    );
    expect(text).not.toMatch(/คะแนนรวม|ระดับ (AA|A|B|C|D|E|F|ผ่าน)/);
  });

  test("2565 → 2566 with NACC's totals entered from ITAS: stated as the result, no word of an estimate", () => {
    const text = runPipeline(
      transition(2565, 2566, "many"),
      {
        ...DEFAULT_SETTINGS,
        publishedTotals: [
          { year: null, total: 91.2, level: "ผ่านดี" },
          { year: 2565, total: 88.05, level: null },
        ],
      },
      DEFAULT_DOC_OPTIONS,
      "th",
      { documents: ["resultsMemo"] },
    )
      .specs[0]!.rows.flatMap((r) => r.cells.map((c) => String(c.value ?? "")))
      .join("\n");
    expect(text).toContain(
      "ได้รับผลการประเมิน ITA ประจำปี พ.ศ. 2566 ได้คะแนนรวม 91.20 คะแนน ระดับ ผ่านดี (ปี พ.ศ. 2565 ได้คะแนนรวม 88.05 คะแนน",
    );
    expect(text).not.toMatch(/ค่าประมาณ|ประมาณ \d/);
  });

  test("2563 → 2564, whose rule reproduces NACC's totals: no word of an estimate", () => {
    const text = memoText(2563, 2564);
    expect(text).toMatch(/ได้คะแนนรวม \d+\.\d\d คะแนน ระดับ/);
    expect(text).not.toMatch(/ค่าประมาณ|คะแนนรวมประมาณ/);
  });

  test("2567 → 2568, no OIT scores: the instruments there are, as estimates; no sentence about a missing total", () => {
    const text = memoText(2567, 2568);
    expect(text).toMatch(
      /ได้รับผลการประเมิน ITA ประจำปี พ.ศ. 2568 ได้คะแนนแบบวัดประมาณ IIT \d+\.\d\d EIT \d+\.\d\d คะแนน \(ปี พ.ศ. 2567 ได้คะแนนแบบวัดประมาณ IIT \d+\.\d\d EIT \d+\.\d\d คะแนน\) ซึ่งเป็นค่าประมาณ/,
    );
    expect(text).not.toMatch(/ไม่มีคะแนนรวม/);
  });
});

describe("seed 000's measures read as an officer would sign them", () => {
  const rows = runPipeline([grid("ผล ITA", SEED000_ROWS)], DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th")
    .results!.rows;

  test("a score that already passed and rose is 'kept', not 'improved until it passed' (indicator 8: 85.13 → 85.25)", () => {
    const eight = rows.flatMap((r) => r.outcomes).find((s) => s.includes("ตัวชี้วัดที่ 8 "))!;
    expect(eight).toContain("ได้ 85.13 ปี 2566 ได้ 85.25 เพิ่มขึ้น 0.12 คะแนน");
    // Seed 000 has no adopted plan: the measures are rebuilt, so the readings credit no measure.
    expect(eight).toContain("แสดงให้เห็นว่าผลการประเมินตัวชี้วัดนี้ดีขึ้นและผ่านเกณฑ์อย่างต่อเนื่อง");
    const i2 = rows.flatMap((r) => r.outcomes).find((s) => s.includes("ข้อ I2 "))!;
    expect(i2).toContain("แสดงให้เห็นว่าผลการประเมินข้อนี้ดีขึ้นจนผ่านเกณฑ์");
    expect(rows.flatMap((r) => r.outcomes).join("\n")).not.toMatch(/ตามมาตรการ|ปรับปรุงมาตรการ/);
    expect(INTERPRETATION["improved-pass"]).toMatch(/ตามมาตรการ/);
  });

  test("no measure has an empty ผลลัพธ์: indicator 10, which the seed does not give, says so", () => {
    for (const r of rows) expect(r.outcomes.length).toBeGreaterThan(0);
    const ten = rows.find((r) => r.measure.group.label.startsWith("ตัวชี้วัดที่ 10 "))!;
    expect(ten.outcomes[0]).toMatch(/^ไม่มีคะแนนของตัวชี้วัดที่ 10 .* ที่เทียบกันได้ระหว่างปี 2565 กับปี 2566/);
  });
});

describe("last year's items whose counterparts this year's sheet gives no score", () => {
  test("are said to have no score this year (naming the counterpart), never to have no counterpart", () => {
    const grids = transition(2566, 2567, "many").map((g) =>
      g.name === "ITA 2567" ? { ...g, rows: g.rows.filter((r) => !/^o/i.test(String(r[0] ?? ""))) } : g,
    );
    const all = runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th").results!.rows.flatMap(
      (r) => r.outcomes,
    );
    const oit = all.filter((s) => /ข้อ O\d+ ได้/.test(s));
    expect(oit.length).toBeGreaterThan(0);
    for (const s of oit) expect(s).toMatch(/ซึ่งปี 2567 ไม่มี(?:ข้อที่ตรงกันหรือไม่มี)?คะแนนของข้อที่ตรงกัน \(ข้อ O\d+/);
  });
});
