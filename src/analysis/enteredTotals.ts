import { levelsOfYear } from "../ita/levels";
import { round2 } from "./round";
import type { PublishedTotal } from "./settings";
import type { Diagnostic, Recognition } from "./types";

/**
 * The totals (and levels) the officer entered from ITAS, added as the sheet's own figures for the years whose
 * sheets print none. The sheet's evidence wins: an entered figure that differs from a printed one is said and not
 * used; an entered level of another scheme is said and not used; a year the workbook has no scores of is said.
 */
export function withEnteredTotals(
  rec: Recognition,
  entered: PublishedTotal[],
  years: number[],
  diagnostics: Diagnostic[],
): Recognition {
  if (entered.length === 0) return rec;
  const latest = years.length ? years[years.length - 1]! : null;
  const summaries = [...rec.summaries];
  const levels = [...rec.levels];
  for (const e of entered) {
    const year = e.year ?? latest;
    if (year === null || !years.includes(year)) {
      diagnostics.push(say("warning", "enteredTotalNoScores", { year: e.year ?? "-" }));
      continue;
    }
    const total = round2(e.total);
    const printed = rec.summaries.find((s) => s.year === year && s.instrument === null);
    if (printed && round2(printed.score) !== total)
      diagnostics.push({
        ...say("warning", "enteredTotalDiffers", {
          year,
          entered: total.toFixed(2),
          printed: printed.score.toFixed(2),
        }),
        sheet: printed.sheet,
        cell: printed.cell,
      });
    else if (!printed)
      summaries.push({ year, instrument: null, score: total, sheet: "", cell: "", entered: true });
    if (e.level === null) continue;
    if (!levelsOfYear(year).includes(e.level)) {
      diagnostics.push(
        say("warning", "enteredLevelOtherScheme", {
          year,
          level: e.level,
          levels: levelsOfYear(year).join(", "),
        }),
      );
      continue;
    }
    const printedLevel = rec.levels.find((l) => l.year === year);
    if (printedLevel && printedLevel.level !== e.level)
      diagnostics.push({
        ...say("warning", "enteredLevelDiffers", { year, entered: e.level, printed: printedLevel.level }),
        sheet: printedLevel.sheet,
        cell: printedLevel.cell,
      });
    else if (!printedLevel) levels.push({ year, level: e.level, sheet: "", cell: "", entered: true });
  }
  return { ...rec, summaries, levels };
}

function say(level: Diagnostic["level"], id: string, params: Diagnostic["params"]): Diagnostic {
  return { level, sheet: null, cell: null, id, params };
}
