import { analyseGrids } from "../../src/analysis/analyseGrids";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { itemDef } from "../../src/ita/catalog";
import { grid } from "../helpers/grid";

/** One year's OIT table as an officer types it from ITAS: code and title, then the score. */
function oitSheet(year: number, count: number, score: (n: number) => number) {
  return grid(String(year), [
    ["ข้อ", `คะแนน ${year}`],
    ...Array.from({ length: count }, (_, k) => [
      `o${k + 1} ${itemDef(year, "OIT", k + 1)!.topic}`,
      score(k + 1),
    ]),
  ]);
}

describe("ITA 2568 → 2569 typed from ITAS: every item titled and compared through the crosswalk", () => {
  const a = analyseGrids(
    [oitSheet(2568, 28, (n) => (n === 22 ? 50 : n === 27 ? 0 : 100)), oitSheet(2569, 26, () => 100)],
    DEFAULT_SETTINGS,
  );
  const item = (code: string) => a.items.find((i) => i.code === code)!;

  test("o25 compares with 2568 o27, o26 with o28; the shifted items with theirs", () => {
    expect(item("O25").previous).toMatchObject({ year: 2568, code: "O27", score: 0, crosswalk: true });
    expect(item("O25").delta).toBe(100);
    expect(item("O26").previous).toMatchObject({ code: "O28" });
    expect(item("O11").previous).toMatchObject({ code: "O12" });
  });

  test("a merged item compares with the mean of both and says so: O20 (2569) = O21 and O22 of 2568", () => {
    expect(item("O20").previous).toMatchObject({
      code: "O21",
      score: 75,
      merged: [
        { code: "O21", score: 100 },
        { code: "O22", score: 50 },
      ],
    });
    expect(item("O20").delta).toBe(25);
    const said = a.diagnostics.filter((d) => d.id === "mergedItemCompared").map((d) => d.params.code);
    expect(said).toEqual(["O10", "O20"]);
  });

  test("nothing is an unknown item or without a counterpart", () => {
    expect(a.items.filter((i) => i.instrument === "OIT")).toHaveLength(26);
    expect(a.items.every((i) => i.previous !== null && i.topic !== null)).toBe(true);
    const ids = new Set(a.diagnostics.map((d) => d.id));
    for (const id of [
      "noPreviousScore",
      "unknownItem",
      "itemBeyondList",
      "titleNamesOtherItem",
      "comparedByTitle",
    ])
      expect(ids.has(id)).toBe(false);
    expect(a.notCompared).toEqual([]);
  });

  test("a merged item with only one of its old items scored compares with that one and says the other is missing", () => {
    const b = analyseGrids(
      [
        grid("2568", [
          ["ข้อ", "คะแนน 2568"],
          ["o21", 60],
        ]),
        grid("2569", [
          ["ข้อ", "คะแนน 2569"],
          ["o20", 100],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(b.items[0]!.previous).toMatchObject({ code: "O21", score: 60 });
    expect(b.items[0]!.previous?.merged).toBeUndefined();
    expect(b.diagnostics.find((d) => d.id === "mergedItemPartly")?.params).toMatchObject({
      previous: "O21 และ O22",
      found: "O21",
    });
  });
});
