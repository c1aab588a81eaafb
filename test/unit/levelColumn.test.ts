import { analyse } from "../../src/analysis/analyse";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import type { CellValue } from "../../src/analysis/grid";
import { grid } from "../helpers/grid";

const history = (rows: CellValue[][]) => {
  const rec = recogniseWorkbook([grid("ประวัติ ITA", rows)]);
  const a = analyse(rec, DEFAULT_SETTINGS);
  const level = (year: number) => a.scoresByYear.find((y) => y.year === year)?.level ?? null;
  const ids = a.diagnostics.map((d) => `${d.id}@${d.cell}`);
  return { rec, level, ids };
};

describe("the level column of a totals history (ปีงบประมาณ | คะแนน | ระดับ)", () => {
  test("the sheet's level is the report's level; where the cut-offs agree nothing is said", () => {
    const h = history([
      ["ปีงบประมาณ", "คะแนน", "ระดับ"],
      [2565, 90, "A"],
      [2564, 96, "AA"],
    ]);
    expect([h.level(2565), h.level(2564)]).toEqual(["A", "AA"]);
    expect(h.rec.levels.map((l) => `${l.year} ${l.level} ${l.cell}`)).toEqual(["2565 A C2", "2564 AA C3"]);
    expect(h.ids.filter((i) => i.startsWith("givenLevel"))).toEqual([]);
  });

  test("a level the cut-offs would not give is kept, and said at its cell", () => {
    const h = history([
      ["ปีงบประมาณ", "คะแนน", "ระดับผลการประเมิน"],
      [2565, 90, "AA"],
      [2564, 88, "A"],
    ]);
    expect(h.level(2565)).toBe("AA");
    expect(h.ids).toContain("givenLevelKept@C2");
  });

  test("2566 on: the level cannot be computed from a total alone, so the sheet's is the only one", () => {
    const h = history([
      ["ปี", "คะแนนรวม", "Level"],
      [2567, 90.5, "ผ่าน ดี"],
      [2566, 86.78, "ผ่าน"],
    ]);
    expect([h.level(2567), h.level(2566)]).toEqual(["ผ่านดี", "ผ่าน"]);
  });

  test("2566 is printed in either scheme (both are attested): AA–F and the new words are kept as given", () => {
    const h = history([
      ["ปีงบประมาณ", "คะแนน", "ระดับ"],
      [2566, 86.02, "A"],
    ]);
    expect(h.level(2566)).toBe("A");
    expect(h.ids.filter((i) => i.startsWith("givenLevelOtherScheme"))).toEqual([]);
    const n = history([
      ["ปีงบประมาณ", "คะแนน", "ระดับ"],
      [2566, 86.78, "ผ่าน"],
    ]);
    expect(n.level(2566)).toBe("ผ่าน");
    expect(n.ids.filter((i) => i.startsWith("givenLevelOtherScheme"))).toEqual([]);
  });

  test("a 2566 level worked out (no level in the sheet) is said with the word of the other scheme", () => {
    const rec = recogniseWorkbook([
      grid("สรุป 2566", [
        ["แบบวัด", "คะแนน"],
        ["IIT", 90],
        ["EIT", 88],
        ["OIT", 89.5],
        ["คะแนนรวม", 89.2],
      ]),
    ]);
    const a = analyse(rec, DEFAULT_SETTINGS);
    expect(a.scoresByYear.find((y) => y.year === 2566)?.level).toBe("ผ่านดี");
    expect(a.diagnostics.filter((d) => d.id === "levelSchemeBoth").map((d) => d.params)).toEqual([
      { year: 2566, level: "ผ่านดี", legacy: "A" },
    ]);
    // A 2566 total alone gives no level (the scheme needs every instrument): nothing to say either.
    const alone = analyse(
      recogniseWorkbook([
        grid("ประวัติ", [
          ["ปีงบประมาณ", "คะแนน ITA"],
          [2566, 89.2],
          [2565, 88],
        ]),
      ]),
      DEFAULT_SETTINGS,
    );
    expect(alone.scoresByYear.find((y) => y.year === 2566)?.level).toBeNull();
    expect(alone.diagnostics.map((d) => d.id)).not.toContain("levelSchemeBoth");
    // 2567 has one scheme: nothing to say.
    const b = analyse(
      recogniseWorkbook([
        grid("สรุป 2567", [
          ["แบบวัด", "คะแนน"],
          ["IIT", 90],
          ["EIT", 88],
          ["OIT", 89.5],
          ["คะแนนรวม", 89.2],
        ]),
      ]),
      DEFAULT_SETTINGS,
    );
    expect(b.diagnostics.map((d) => d.id)).not.toContain("levelSchemeBoth");
  });

  test("written forms: “ระดับ A”, lower case, spaces", () => {
    const h = history([
      ["ปีงบประมาณ", "คะแนน", "ระดับ"],
      [2565, 96, "ระดับ aa"],
      [2564, 80, " b "],
    ]);
    expect([h.level(2565), h.level(2564)]).toEqual(["AA", "B"]);
    // Read from the sheet, not recomputed from the score (which would give the same words here).
    expect(h.rec.levels.map((l) => `${l.year}=${l.level}@${l.cell}`)).toEqual(["2565=AA@C2", "2564=B@C3"]);
  });

  test("a level of another scheme or unknown text is named, and the level from the score is used", () => {
    const h = history([
      ["ปีงบประมาณ", "คะแนน", "ระดับ"],
      [2565, 90, "ผ่านดีเยี่ยม"],
      [2564, 80, "ดีมาก"],
    ]);
    expect([h.level(2565), h.level(2564)]).toEqual(["A", "B"]);
    expect(h.ids).toEqual(expect.arrayContaining(["givenLevelOtherScheme@C2", "notALevel@C3"]));
  });

  test("a level without a score on its row is not read; a year and level list alone is no score table", () => {
    const h = history([
      ["ปีงบประมาณ", "คะแนน", "ระดับ"],
      [2565, 90, "AA"],
      [2564, null, "A"],
    ]);
    expect(h.rec.levels.map((l) => l.year)).toEqual([2565]);
    const only = history([
      ["ปี", "ระดับ"],
      [2565, "AA"],
      [2564, "ดีมาก"],
    ]);
    expect(only.rec.levels).toEqual([]);
    expect(only.rec.tables).toEqual([]);
    expect(only.ids.filter((i) => i.startsWith("notALevel"))).toEqual([]);
  });
});
