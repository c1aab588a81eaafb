import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import type { Diagnostic, IndicatorObservation, SummaryObservation } from "../../src/analysis/types";
import { yearScores } from "../../src/analysis/yearScores";
import { levelFor } from "../../src/ita/levels";

const ind = (
  year: number,
  indicator: number,
  score: number,
  cell = `B${indicator + 1}`,
): IndicatorObservation => ({
  sheet: "สรุป",
  cell,
  year,
  indicator,
  score,
});
const sum = (year: number, instrument: SummaryObservation["instrument"], score: number, cell: string) => ({
  sheet: "สรุป",
  cell,
  year,
  instrument,
  score,
});
/** All ten indicators of a year at the same score. */
const all = (year: number, score: number) => Array.from({ length: 10 }, (_, k) => ind(year, k + 1, score));

function run(
  year: number,
  indicators: IndicatorObservation[],
  summaries: SummaryObservation[] = [],
  settings = DEFAULT_SETTINGS,
) {
  const diagnostics: Diagnostic[] = [];
  const y = yearScores(year, [], { indicators, summaries, levels: [] }, settings, diagnostics);
  return { y, said: diagnostics.map((d) => [d.level, d.id, d.cell, d.params]) };
}

describe("yearScores: which figure wins, what is computed, what is said", () => {
  test("an indicator given twice: the first is kept, the second is named with the first's cell", () => {
    const { y, said } = run(2564, [...all(2564, 80), ind(2564, 3, 70, "D9")]);
    expect(y.indicators.get(3)).toEqual({ score: 80, source: "sheet", sheet: "สรุป", cell: "B4" });
    expect(said).toContainEqual([
      "warning",
      "duplicateIndicator",
      "D9",
      { indicator: 3, year: 2564, first: "สรุป!B4" },
    ]);
  });

  test("instrument scores: the mean of all their indicators, or the sheet's figure (said only when they differ)", () => {
    const mixed = [...all(2564, 80).filter((o) => o.indicator !== 2), ind(2564, 2, 90)];
    const { y, said } = run(2564, mixed, [sum(2564, "EIT", 80, "C20")]);
    // IIT: (80 + 90 + 80 + 80 + 80) / 5
    expect(y.instruments.get("IIT")).toEqual({ score: 82, source: "items", sheet: null, cell: null });
    expect(y.instruments.get("EIT")).toEqual({ score: 80, source: "sheet", sheet: "สรุป", cell: "C20" });
    expect(said.filter(([, id]) => id === "givenInstrumentKept")).toEqual([]);
    // 81.996 is 82.00 as printed: the same as computed, nothing said; 81.5 is not.
    const idOf = (said: unknown[][]) => said.filter(([, id]) => id === "givenInstrumentKept");
    expect(idOf(run(2564, mixed, [sum(2564, "IIT", 81.996, "C21")]).said)).toEqual([]);
    expect(idOf(run(2564, mixed, [sum(2564, "IIT", 81.5, "C21")]).said)).toEqual([
      [
        "info",
        "givenInstrumentKept",
        "C21",
        { year: 2564, instrument: "IIT", given: "81.50", computed: "82.00" },
      ],
    ]);
  });

  test("an instrument lacking one indicator is not computed, and neither is the total: said with what is missing", () => {
    const { y, said } = run(
      2564,
      all(2564, 80).filter((o) => o.indicator !== 10),
    );
    expect(y.instruments.has("OIT")).toBe(false);
    expect(y.instruments.get("IIT")?.score).toBe(80);
    expect(y.total).toBeNull();
    expect(y.level).toBeNull();
    expect(said).toContainEqual(["info", "noTotal", null, { year: 2564, missing: "OIT (10)" }]);
  });

  test("confirmed weights say nothing; unconfirmed ones (2567 on) are said; the officer's weights are confirmed", () => {
    expect(run(2564, all(2564, 80)).said.map(([, id]) => id)).not.toContain("weightsUnconfirmed");
    const { y, said } = run(2567, all(2567, 80));
    expect(y.total).toMatchObject({ score: 80, source: "items", weightsConfirmed: false });
    expect(said).toContainEqual([
      "info",
      "weightsUnconfirmed",
      null,
      { year: 2567, iit: 0.3, eit: 0.3, oit: 0.4 },
    ]);
    const own = { ...DEFAULT_SETTINGS, weights: { "2567": { IIT: 0.2, EIT: 0.3, OIT: 0.5 } } };
    const mine = run(2567, [...all(2567, 80).slice(0, 8), ind(2567, 9, 90), ind(2567, 10, 90)], [], own);
    // 0.2·80 + 0.3·80 + 0.5·90
    expect(mine.y.total).toMatchObject({
      score: 85,
      weightsConfirmed: true,
      weights: { IIT: 0.2, EIT: 0.3, OIT: 0.5 },
    });
    expect(mine.said.map(([, id]) => id)).not.toContain("weightsUnconfirmed");
  });

  test("a total given in the sheet is used as printed, with nothing said when it agrees", () => {
    const { y, said } = run(2567, all(2567, 80), [sum(2567, null, 80, "B30")]);
    expect(y.total).toMatchObject({ score: 80, source: "sheet", cell: "B30", weightsConfirmed: false });
    expect(said.map(([, id]) => id)).not.toContain("givenTotalKept");
    expect(said.map(([, id]) => id)).not.toContain("weightsUnconfirmed");
  });

  test("a year with no known weights has no total", () => {
    expect(run(2500, all(2500, 80)).y.total).toBeNull();
  });

  test("levels: from the total alone before 2566; from 2566 on only with every instrument's score", () => {
    expect(run(2564, all(2564, 95)).y.level).toBe(levelFor(2564, 95, { IIT: 95, EIT: 95, OIT: 95 }));
    expect(run(2564, all(2564, 95)).y.level).not.toBeNull();
    const totalOnly = run(2567, [], [sum(2567, null, 92.5, "B3")]);
    expect(totalOnly.y.total?.score).toBe(92.5);
    expect(totalOnly.y.level).toBeNull();
    expect(totalOnly.said).toContainEqual([
      "info",
      "noLevel",
      null,
      { year: 2567, missing: "IIT (1, 2, 3, 4, 5); EIT (6, 7, 8); OIT (9, 10)", total: "92.50" },
    ]);
    const full = run(2567, all(2567, 95));
    expect(full.y.level).toBe(levelFor(2567, 95, { IIT: 95, EIT: 95, OIT: 95 }));
    expect(full.y.level).not.toBeNull();
  });
});
