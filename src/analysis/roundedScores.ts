import { cellRuns } from "./grid";
import { round2 } from "./round";
import type { Diagnostic, Recognition } from "./types";

/**
 * Scores are used to 2 decimals, as the NACC publishes them. A cell with more (a formula's 90.3333…) is said
 * once per sheet with its cells; one whose rounding crosses the pass mark (84.996 → 85.00) is a warning at its
 * cell, because the documents then show it as passing.
 */
export function sayRoundedScores(
  rec: Pick<Recognition, "items" | "indicators" | "summaries">,
  threshold: number,
  diagnostics: Diagnostic[],
): void {
  const bySheet = new Map<string, { cell: string; score: number }[]>();
  for (const o of [...rec.items, ...rec.indicators, ...rec.summaries]) {
    const rounded = round2(o.score);
    if (Math.abs(o.score - rounded) < 1e-6) continue;
    const list = bySheet.get(o.sheet);
    if (list) list.push(o);
    else bySheet.set(o.sheet, [o]);
    const belowAsTyped = o.score < threshold;
    const belowRounded = rounded < threshold;
    if (belowAsTyped !== belowRounded)
      diagnostics.push({
        level: "warning",
        sheet: o.sheet,
        cell: o.cell,
        id: "roundedAcrossMark",
        params: { value: String(o.score), rounded: rounded.toFixed(2), threshold },
      });
  }
  for (const [sheet, list] of bySheet) {
    const first = list[0]!;
    diagnostics.push({
      level: "info",
      sheet,
      cell: first.cell,
      id: "roundedScores",
      params: {
        count: list.length,
        cells: cellRuns(list.map((o) => o.cell)),
        value: String(first.score),
        rounded: round2(first.score).toFixed(2),
      },
    });
  }
}
