import fc from "fast-check";
import { analyseGrids } from "../../src/analysis/analyseGrids";
import type { CellValue } from "../../src/analysis/grid";
import { toReport } from "../../src/analysis/report";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { levelsOfYear } from "../../src/ita/levels";
import { grid } from "../helpers/grid";

interface YearTotal {
  year: number;
  total: number;
  level: string;
}

/** A published history: some years 2558–2569 (those before 2563 another framework), a total and a level each. */
const history: fc.Arbitrary<YearTotal[]> = fc
  .uniqueArray(fc.integer({ min: 2558, max: 2569 }), { minLength: 1, maxLength: 6 })
  .chain((years) =>
    fc.tuple(
      ...[...years]
        .sort((a, b) => a - b)
        .map((year) =>
          fc.record({
            year: fc.constant(year),
            total: fc.integer({ min: 4000, max: 10000 }).map((n) => n / 100),
            level: fc.constantFrom(...levelsOfYear(year)),
          }),
        ),
    ),
  );

type Form = "yearColumns" | "labelValue" | "yearRows";

/** The history laid out as an agency's page would print it. */
function layout(h: YearTotal[], form: Form, english: boolean): CellValue[][] {
  const yearHead = (y: number) => (english ? `Fiscal year ${y - 543}` : `ปี ${y}`);
  if (form === "yearColumns")
    return [
      ["", ...h.map((t) => yearHead(t.year))],
      [english ? "ITA score" : "คะแนนรวม", ...h.map((t) => t.total)],
      [english ? "Rating" : "ระดับ", ...h.map((t) => t.level)],
    ];
  if (form === "yearRows")
    return [
      [english ? "Fiscal year" : "ปีงบประมาณ", "คะแนน", "ผลการประเมิน (Rating Score)"],
      ...[...h].reverse().map((t) => [t.year, t.total, t.level]),
    ];
  return h.flatMap((t) => [[`ค่าคะแนน ITA ปีงบประมาณ ${t.year}`, t.total], ["ระดับ", t.level], []]);
}

describe("published totals histories, generated at random, read back exactly (issue 21 §3)", () => {
  test("the latest total and level, the previous year's total, a gap said, years before 2563 never read", () => {
    fc.assert(
      fc.property(
        history,
        fc.constantFrom<Form>("yearColumns", "labelValue", "yearRows"),
        fc.boolean(),
        (h, form, english) => {
          const a = analyseGrids([grid("ผล ITA", layout(h, form, english))], DEFAULT_SETTINGS);
          const r = toReport(a, "th");
          const known = h.filter((t) => t.year >= 2563);
          expect(r.years).toEqual(known.map((t) => t.year));
          const latest = known[known.length - 1];
          if (!latest) {
            expect(r.total).toBeNull();
            return;
          }
          const before = known[known.length - 2];
          expect(r.total).toMatchObject({
            score: latest.total,
            source: "sheet",
            estimate: false,
            previous: before ? { year: before.year, score: before.total } : null,
          });
          expect(r.level).toMatchObject({ level: latest.level, estimate: false });
          const gap = a.diagnostics.some((d) => d.id === "previousYearMissing");
          expect(gap).toBe(before !== undefined && before.year !== latest.year - 1);
          expect(a.diagnostics.some((d) => d.id === "yearBeforeFramework")).toBe(known.length < h.length);
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 400) },
    );
  });
});
