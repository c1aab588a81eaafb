import { readFileSync } from "node:fs";
import path from "node:path";
import { analyseGrids } from "../../src/analysis/analyseGrids";
import type { CellValue } from "../../src/analysis/grid";
import { toReport } from "../../src/analysis/report";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";

/** A table as published (test/fixtures/published: transcribed cell for cell from the page named in `source`). */
function published(name: string): { source: string; rows: CellValue[][] } {
  return JSON.parse(readFileSync(path.join(__dirname, "../fixtures/published", `${name}.json`), "utf8"));
}

const read = (rows: CellValue[][]) => {
  const a = analyseGrids([grid("ผล ITA", rows)], DEFAULT_SETTINGS);
  return { a, r: toReport(a, "th"), ids: a.diagnostics.map((d) => d.id) };
};

describe("totals and indicators in the forms agencies publish them (issue 21 §3)", () => {
  test("a one-row indicator table under a heading with the year", () => {
    const { r } = read([
      ["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567"],
      ["ตัวชี้วัด", "คะแนน"],
      ["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", 95.56],
    ]);
    expect(r.latestYear).toBe(2567);
    expect(r.indicators.map((i) => [i.number, i.score])).toEqual([[9, 95.56]]);
  });

  test("real: อุทัยธานี 2564 by indicator; weight and weighted columns, and a merged instrument score, are not read as scores", () => {
    const { r } = read(published("A-1").rows);
    expect(r.latestYear).toBe(2564);
    expect(r.indicators.map((i) => [i.number, i.score])).toEqual([
      [1, 94.59],
      [2, 90.11],
      [3, 92.79],
    ]);
  });

  test("a total row across year columns, with a level row", () => {
    const { r } = read([
      ["", "ปี 2565", "ปี 2566", "ปี 2567"],
      ["คะแนนรวม", 88.12, 90.01, 92.5],
      ["ระดับ", "A", "ผ่านดี", "ผ่านดี"],
    ]);
    expect(r.total).toMatchObject({ score: 92.5, source: "sheet", previous: { year: 2566, score: 90.01 } });
    expect(r.level).toMatchObject({
      level: "ผ่านดี",
      previous: { year: 2566, level: "ผ่านดี" },
      estimate: false,
    });
  });

  test("a label | value list: the year in the label, a level, a rank that is never a score", () => {
    const { r } = read([
      ["ค่าคะแนน ITA ปีงบประมาณ 2567", 92.35],
      ["ระดับ", "ผ่านดี"],
      ["อันดับ", 12],
    ]);
    expect(r.total).toMatchObject({ score: 92.35, source: "sheet" });
    expect(r.level).toMatchObject({ level: "ผ่านดี" });
  });

  test("a label | value list under a heading with the year; a level printed in both schemes, 'A (ผ่าน)'", () => {
    const { r } = read([["ผลการประเมิน ITA ปี 2566"], ["คะแนน", 87.4], ["ระดับ", "A (ผ่าน)"]]);
    expect(r.total).toMatchObject({ score: 87.4 });
    // 2566 is printed in both schemes; the year's own (ผ่านดีเยี่ยม…) word is taken.
    expect(r.level).toMatchObject({ level: "ผ่าน" });
  });

  test("English labels and headers: 'Fiscal year 2022' is พ.ศ. 2565, 'ITA score' the total, 'Rating' the level", () => {
    const { r } = read([
      ["Indicator", "Fiscal year 2022", "Fiscal year 2023"],
      ["ITA score", 85.2, 88.1],
      ["Rating", "A", "A"],
    ]);
    expect(r.years).toEqual([2565, 2566]);
    expect(r.total).toMatchObject({ score: 88.1, previous: { year: 2565, score: 85.2 } });
    expect(r.level).toMatchObject({ level: "A" });
  });

  test("headers 'คะแนนเฉลี่ย' and 'ผลคะแนน' with years are score columns", () => {
    const { r } = read([
      ["ตัวชี้วัด", "คะแนนเฉลี่ย ปี 2566", "ผลคะแนน ปี 2567"],
      ["ตัวชี้วัดที่ 1", 90, 91],
      ["ตัวชี้วัดที่ 2", 80, 82],
    ]);
    expect(r.indicators.map((i) => [i.number, i.previous?.score, i.score])).toEqual([
      [1, 90, 91],
      [2, 80, 82],
    ]);
  });

  test("rank, count and percent columns beside the scores are never read as scores", () => {
    const { r } = read([
      ["ตัวชี้วัด", "คะแนน 2567", "อันดับ", "จำนวนผู้ตอบ", "ร้อยละ"],
      ["ตัวชี้วัดที่ 1", 90, 3, 45, 12],
      ["ตัวชี้วัดที่ 2", 80, 10, 38, 9],
    ]);
    expect(r.indicators.map((i) => [i.number, i.score])).toEqual([
      [1, 90],
      [2, 80],
    ]);
  });

  test.each([
    ["beside the total", [["คะแนนรวม", 92.5, "ผ่านดี"]]],
    [
      "in a row below the total",
      [
        ["คะแนนรวม", 92.5],
        ["ระดับ", "ผ่านดี"],
      ],
    ],
    ["in the total's own cell", [["คะแนนรวม", "92.50 (ผ่านดี)"]]],
  ])("a level printed %s is read and wins over the computed one", (_, rows) => {
    const { r } = read([
      ["ตัวชี้วัด", "คะแนน 2567"],
      ["ตัวชี้วัดที่ 1", 90],
      ["ตัวชี้วัดที่ 2", 80],
      ...(rows as CellValue[][]),
    ]);
    expect(r.total).toMatchObject({ score: 92.5, source: "sheet" });
    expect(r.level).toMatchObject({ level: "ผ่านดี", estimate: false });
  });

  test("a totals history with the ITAS level column 'ผลการประเมิน (Rating Score)'", () => {
    const { r } = read([
      ["ปีงบประมาณ", "คะแนน", "ผลการประเมิน (Rating Score)"],
      [2566, 88.5, "A"],
      [2567, 91.2, "ผ่านดี"],
    ]);
    expect(r.level).toMatchObject({ level: "ผ่านดี", previous: { year: 2566, level: "A" } });
  });

  test("a year missing from a history: compared with the year before it, and said", () => {
    const { a, r } = read([
      ["ตัวชี้วัด", "ปี 2566", "ปี 2568"],
      ["ตัวชี้วัดที่ 1", 90, 91],
      ["คะแนนรวม", 85, 87],
    ]);
    expect(r.total).toMatchObject({ previous: { year: 2566, score: 85 } });
    expect(a.diagnostics.find((d) => d.id === "previousYearMissing")).toMatchObject({
      level: "warning",
      params: { missing: "2567", previous: 2566, latest: 2568 },
    });
  });

  test("real: สสวท.'s history 2558–2567 in Thai digits; the years before 2563 are another framework, said once", () => {
    const { a, r } = read(published("B-1").rows);
    expect(r.years).toEqual([2563, 2564, 2565, 2566, 2567]);
    expect(r.total).toMatchObject({ score: 91.15, previous: { year: 2566, score: 86.78 } });
    expect(r.level).toMatchObject({ level: "ผ่าน", previous: { level: "ผ่าน" } });
    const early = a.diagnostics.filter((d) => d.id === "yearBeforeFramework");
    expect(early).toHaveLength(1);
    expect(early[0]!.params.years).toBe("2558, 2559, 2560, 2561, 2562");
    expect(a.diagnostics.map((d) => d.id)).not.toContain("notALevel");
  });

  test("ITA 2562 indicators are never mapped onto the ten indicators", () => {
    const { r, ids } = read([
      ["ตัวชี้วัด", "ปี 2562", "ปี 2563"],
      ["ตัวชี้วัดที่ 1", 80, 90],
      ["ตัวชี้วัดที่ 2", 70, 95],
    ]);
    expect(r.years).toEqual([2563]);
    expect(r.indicators.every((i) => i.previous === null)).toBe(true);
    expect(ids).toContain("yearBeforeFramework");
  });

  test("real: an ITA 2561 result in five ดัชนี is refused with a message that names the framework", () => {
    const { r, a } = read(published("G-1").rows);
    expect(r.years).toEqual([]);
    expect(a.diagnostics.find((d) => d.id === "indexFramework")?.cell).toBe("A3");
  });

  test("real: a provincial ranking list (agency names, one average each, no year) is not read as one agency", () => {
    const { r } = read(published("D-1").rows);
    expect(r.total).toBeNull();
    expect(r.years).toEqual([]);
  });

  test("real: ตราด, จันทบุรี, นครนายก by year: only the first province's figures are read, never a mix", () => {
    const { r } = read(published("H-1").rows);
    expect(r.total).toMatchObject({ score: 81.45, previous: { year: 2563, score: 75.62 } });
    expect(r.indicators.find((i) => i.number === 10)).toMatchObject({
      score: 65.56,
      previous: { score: 52.78 },
    });
  });
});
