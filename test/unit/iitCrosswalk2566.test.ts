import { analyseGrids } from "../../src/analysis/analyseGrids";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { FACTS, listIdFor } from "../../src/ita/catalog";
import { grid } from "../helpers/grid";
import { SEED000_ROWS } from "../helpers/seed000";

// Seed 000's 2565 → 2566 figures, plus IIT items the seed does not cite, typed with the same number both years.
const rows = [
  ...SEED000_ROWS,
  ["ตัวชี้วัดที่ 1 ข้อ I5", 72.4, 86.1],
  ["ตัวชี้วัดที่ 5 ข้อ I29", 80.6, 79.95],
  ["ตัวชี้วัดที่ 2 ข้อ I8", 83.2, null],
];
const a = analyseGrids([grid("ผล ITA", rows)], DEFAULT_SETTINGS);
const item = (code: string) => a.items.find((i) => i.code === code)!;

describe("IIT 2565 (list A) → 2566 (list B): every item with a counterpart is compared", () => {
  test("the seed's own pairs keep their figures: I2 +12.96, I13 +4.01, I12 → I8 −2.91, I23 → I19 +0.64", () => {
    expect(item("I2")).toMatchObject({ delta: 12.96, previous: { code: "I2", crosswalk: true } });
    expect(item("I13")).toMatchObject({ delta: 4.01, previous: { code: "I13", crosswalk: true } });
    expect(item("I8")).toMatchObject({ delta: -2.91, previous: { code: "I12", score: 78.75 } });
    expect(item("I19")).toMatchObject({ delta: 0.64, previous: { code: "I23", score: 82.8 } });
  });

  test("an item the seed does not cite keeps its number, said as a comparison across frameworks", () => {
    expect(item("I5")).toMatchObject({ delta: 13.7, previous: { code: "I5", score: 72.4, crosswalk: true } });
    expect(item("I29")).toMatchObject({ delta: -0.65, previous: { code: "I29", crosswalk: true } });
  });

  test("2565 I8 is not compared with 2566 I8, which is the old I12", () => {
    expect(item("I8").previous?.code).toBe("I12");
  });

  test("the crosswalk maps every 2565 item but i8 and i19, each to one 2566 item, and says it assumes", () => {
    const cw = FACTS.crosswalks.find(
      (c) => c.from === listIdFor(2565, "IIT") && c.to === listIdFor(2566, "IIT"),
    )!;
    const from = cw.pairs.map(([f]) => f);
    const to = cw.pairs.map(([, t]) => t);
    expect(new Set(from).size).toBe(from.length);
    expect(new Set(to).size).toBe(to.length);
    expect([...Array(30).keys()].map((k) => k + 1).filter((n) => !from.includes(n))).toEqual([8, 19]);
    expect(cw.source).toMatch(/\[INFER\]/);
    expect(cw.confidence).toMatch(/low/);
  });
});
