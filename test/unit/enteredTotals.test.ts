import { analyseGrids } from "../../src/analysis/analyseGrids";
import { DEFAULT_SETTINGS, type PublishedTotal } from "../../src/analysis/settings";
import { UsageError, parseTotal } from "../../src/cli/args";
import { grid } from "../helpers/grid";

/** Indicator scores of 2567 and 2568 (computed totals are estimates: weights assumed) and, optionally, extra rows. */
function sheet(extra: (string | number)[][] = []) {
  return grid("ผล", [
    ["ตัวชี้วัด", "2567", "2568"],
    ...Array.from({ length: 10 }, (_, k) => [`ตัวชี้วัดที่ ${k + 1}`, 80 + k, 82 + k]),
    ...extra,
  ]);
}
const run = (publishedTotals: PublishedTotal[], extra: (string | number)[][] = []) =>
  analyseGrids([sheet(extra)], { ...DEFAULT_SETTINGS, publishedTotals });
const yearOf = (a: ReturnType<typeof run>, y: number) => a.scoresByYear.find((s) => s.year === y)!;

describe("totals entered from ITAS", () => {
  test("without one, the latest total is computed and carries its assumption", () => {
    const t = yearOf(run([]), 2568).total!;
    expect(t.source).toBe("items");
    expect(t.assumptions).toContain("weights");
  });

  test("an entered total (latest year by default) is NACC's figure: source entered, no assumption, its level", () => {
    const a = run([{ year: null, total: 91.234, level: "ผ่านดี" }]);
    const y = yearOf(a, 2568);
    expect(y.total).toMatchObject({ score: 91.23, source: "entered", sheet: null, cell: null });
    expect(y.total!.assumptions ?? []).toEqual([]);
    expect(y.level).toBe("ผ่านดี");
    expect(y.levelAssumptions ?? []).toEqual([]);
    // The earlier year keeps its estimate.
    expect(yearOf(a, 2567).total!.source).toBe("items");
    expect(a.diagnostics.map((d) => d.id)).toContain("enteredTotalKept");
  });

  test("the sheet's printed total wins over an entered one, and the difference is a warning at its cell", () => {
    const a = run([{ year: 2568, total: 70, level: null }], [["คะแนนรวม", 88.5, 90.1]]);
    expect(yearOf(a, 2568).total).toMatchObject({ score: 90.1, source: "sheet" });
    expect(a.diagnostics.find((d) => d.id === "enteredTotalDiffers")).toMatchObject({
      level: "warning",
      sheet: "ผล",
      params: { entered: "70.00", printed: "90.10" },
    });
  });

  test("a level of another scheme, or a year without scores, is said and not used", () => {
    const a = run([
      { year: 2568, total: 90, level: "AA" },
      { year: 2560, total: 50, level: null },
    ]);
    expect(yearOf(a, 2568).level).not.toBe("AA");
    const ids = a.diagnostics.map((d) => d.id);
    expect(ids).toContain("enteredLevelOtherScheme");
    expect(ids).toContain("enteredTotalNoScores");
    expect(a.years).not.toContain(2560);
  });
});

describe("--total on the command line", () => {
  test.each([
    ["92.93", { year: null, total: 92.93, level: null }],
    ["2566:88.81", { year: 2566, total: 88.81, level: null }],
    ["92.93:ผ่านดี", { year: null, total: 92.93, level: "ผ่านดี" }],
    ["2567:92.93:ผ่านดี", { year: 2567, total: 92.93, level: "ผ่านดี" }],
  ])("%s", (text, expected) => expect(parseTotal(text)).toEqual(expected));

  test.each(["", "abc", "101", "2567:", "25:90", "2567:90:ผ่าน:x"])("%s is a usage error", (text) =>
    expect(() => parseTotal(text)).toThrow(UsageError),
  );
});
