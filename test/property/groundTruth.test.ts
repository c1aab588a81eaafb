import fc from "fast-check";
import { analyse } from "../../src/analysis/analyse";
import { parseRangeA1, parseA1 } from "../../src/analysis/grid";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { type AnalysisReport, toReport } from "../../src/analysis/report";
import { round2 } from "../../src/analysis/round";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { type Layout, type TruthScore, buildLayout, layoutChoice } from "./layoutGen";

/** Every number the report gives, with the cell it names. */
function reported(r: AnalysisReport): { sheet: string; cell: string; score: number; what: string }[] {
  const out: { sheet: string; cell: string; score: number; what: string }[] = [];
  for (const i of r.items) {
    out.push({ sheet: i.sheet, cell: i.cell, score: i.score, what: i.code });
    if (i.previous) out.push({ ...i.previous, what: `${i.code} previous` });
  }
  // Scores read that the comparison does not use (an older year, no counterpart) are listed with their values.
  for (const n of r.notCompared) out.push({ ...n, what: `${n.code} ${n.year} not compared` });
  for (const i of r.indicators)
    if (i.sheet && i.cell)
      out.push({ sheet: i.sheet, cell: i.cell, score: i.score, what: `indicator ${i.number}` });
  for (const i of r.instruments)
    if (i.source === "sheet" && i.previous === null)
      out.push({ sheet: "?", cell: "?", score: i.score, what: i.instrument });
  // The generated layouts hold no totals: a total read from a sheet would be invented.
  if (r.total?.source === "sheet") out.push({ sheet: "?", cell: "?", score: r.total.score, what: "total" });
  return out;
}

function inside(range: string, cell: string): boolean {
  const r = parseRangeA1(range);
  const at = parseA1(cell);
  return !!r && !!at && at.row >= r.top && at.row <= r.bottom && at.col >= r.left && at.col <= r.right;
}

/** A truth score as the report should give it: ×100 in a column of fractions, which the report names. */
function expected(r: AnalysisReport, sheet: string, cell: string, score: number): number {
  const fraction = r.diagnostics.some(
    (d) =>
      d.code === "fractionColumn" &&
      d.sheet === sheet &&
      inside(/[A-Z]+\d+:[A-Z]+\d+/.exec(d.message)![0], cell),
  );
  return fraction ? round2(score * 100) : score;
}

/** How the report accounts for one truth score: read right, read wrong, diagnosed, or lost. */
function fate(r: AnalysisReport, t: TruthScore): "read" | "wrong" | "diagnosed" | "lost" {
  const hit = reported(r).find((x) => x.sheet === t.sheet && x.cell === t.cell);
  if (hit) return hit.score === expected(r, t.sheet, t.cell, t.score) ? "read" : "wrong";
  const named = r.diagnostics.some(
    (d) => d.sheet === t.sheet && (d.cell === t.cell || d.cell === t.labelCell),
  );
  const inRegion = r.reading.unread.some((u) => u.sheet === t.sheet && inside(u.range, t.cell));
  return named || inRegion ? "diagnosed" : "lost";
}

function run(layout: Layout): AnalysisReport {
  return toReport(analyse(recogniseWorkbook(layout.grids), DEFAULT_SETTINGS), "en");
}

describe("ground truth: every score is reported exactly or diagnosed at its cell; nothing is invented", () => {
  test("random layouts combining the forms officers use", () => {
    fc.assert(
      fc.property(layoutChoice, (choice) => {
        const layout = buildLayout(choice);
        const r = run(layout);
        for (const t of layout.truth) {
          const f = fate(r, t);
          expect({ ...t, fate: f }).toEqual({ ...t, fate: expect.stringMatching(/^(read|diagnosed)$/) });
        }
        for (const x of reported(r)) {
          const t = layout.truth.find((y) => y.sheet === x.sheet && y.cell === x.cell);
          const inTruth = t ? expected(r, x.sheet, x.cell, t.score) : undefined;
          expect({ ...x, inTruth }).toEqual({ ...x, inTruth: x.score });
        }
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 2000) },
    );
  });
});
