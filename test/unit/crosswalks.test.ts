import { analyseGrids } from "../../src/analysis/analyseGrids";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";

const S = DEFAULT_SETTINGS;

function twoYears(from: number, to: number, before: (string | number)[][], after: (string | number)[][]) {
  return analyseGrids(
    [grid(`ปี ${from}`, [["ข้อ", String(from)], ...before]), grid(`ปี ${to}`, [["ข้อ", String(to)], ...after])],
    S,
  );
}

describe("every comparison the seeds make, across renumbered lists", () => {
  test("OIT 2565 → 2566: o26 is compared with o24 (seed 000's measure 12), o9 with o9, o40 with o37", () => {
    const a = twoYears(
      2565,
      2566,
      [
        ["O26", 50],
        ["O9", 100],
        ["O40", 0],
      ],
      [
        ["O24", 100],
        ["O9", 100],
        ["O37", 100],
      ],
    );
    const item = (code: string) => a.items.find((i) => i.code === code)!;
    expect(item("O24")).toMatchObject({ delta: 50, previous: { code: "O26", crosswalk: true } });
    expect(item("O9")).toMatchObject({ delta: 0, previous: { code: "O9", crosswalk: true } });
    expect(item("O37")).toMatchObject({ delta: 100, previous: { code: "O40", crosswalk: true } });
  });

  test("OIT 2566 → 2567: ethics o39/o40 → o20/o21 and No Gift o31–o33 → o26–o28", () => {
    const before = [
      ["O39", 0],
      ["O40", 100],
      ["O31", 100],
      ["O32", 0],
      ["O33", 100],
    ];
    const after = [
      ["O20", 100],
      ["O21", 100],
      ["O26", 100],
      ["O27", 100],
      ["O28", 0],
    ];
    const a = twoYears(2566, 2567, before, after);
    expect(a.items.map((i) => [i.code, i.previous?.code, i.delta])).toEqual([
      ["O20", "O39", 100],
      ["O21", "O40", 0],
      ["O26", "O31", 0],
      ["O27", "O32", 100],
      ["O28", "O33", -100],
    ]);
  });

  test("EIT 2566 EP11 → 2567 E8 (same wording), marked as a crosswalk comparison", () => {
    const a = twoYears(
      2566,
      2567,
      [
        ["EP11", 80.5],
        ["EP6", 90],
      ],
      [
        ["E8", 88],
        ["E4", 91.25],
      ],
    );
    const item = (code: string) => a.items.find((i) => i.code === code)!;
    expect(item("E8")).toMatchObject({ delta: 7.5, previous: { code: "EP11", crosswalk: true } });
    expect(item("E4")).toMatchObject({ delta: 1.25, previous: { code: "EP6", crosswalk: true } });
  });

  test("IIT 2566 → 2567: I21 → I10, I24 → I12, and the same-number I2 → I2 is still a crosswalk", () => {
    const a = twoYears(
      2566,
      2567,
      [
        ["I21", 70],
        ["I24", 75],
        ["I2", 90],
      ],
      [
        ["I10", 80],
        ["I12", 85],
        ["I2", 92],
      ],
    );
    expect(a.items.map((i) => [i.code, i.previous?.code, i.previous?.crosswalk, i.delta])).toEqual([
      ["I2", "I2", true, 2],
      ["I10", "I21", true, 10],
      ["I12", "I24", true, 10],
    ]);
  });

  test("OIT 2567 → 2568 → 2569 by title: an item with the same title is compared", () => {
    const a = twoYears(
      2567,
      2568,
      [
        ["O20", 50],
        ["O13", 100],
        ["O33", 0],
      ],
      [
        ["O16", 100],
        ["O10", 100],
        ["O26", 100],
      ],
    );
    expect(a.items.map((i) => [i.code, i.previous?.code])).toEqual([
      ["O10", "O13"],
      ["O16", "O20"],
      ["O26", "O33"],
    ]);
    const b = twoYears(
      2568,
      2569,
      [
        ["O16", 50],
        ["O21", 100],
      ],
      [
        ["O15", 100],
        ["O20", 100],
      ],
    );
    expect(b.items.map((i) => [i.code, i.previous?.code])).toEqual([
      ["O15", "O16"],
      ["O20", "O21"],
    ]);
  });

  test("2568/2569 items carry their ประเด็น, said to be inferred", () => {
    const a = twoYears(
      2568,
      2569,
      [["O16", 50]],
      [
        ["O15", 100],
        ["O25", 100],
      ],
    );
    expect(a.items.map((i) => [i.code, i.prakaden, i.prakadenInferred])).toEqual([
      ["O15", 6, true],
      ["O25", 7, true],
    ]);
  });
});
