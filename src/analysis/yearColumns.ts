import { type CellValue, type SheetGrid, addressOf, rangeOf } from "./grid";
import { parseSummaryRowLabel } from "./parseLabels";
import { parseScore } from "./parseScore";
import { findYear } from "./parseYear";
import { cellText } from "./text";
import { isLevelLabel, parseLevelText } from "./levelText";
import type { Instrument } from "../ita/types";
import type { LevelObservation, Recognition, SummaryObservation } from "./types";

/** A year column's header: "ปี 2565", "2565", "ปีงบประมาณ 2566", "Fiscal year 2022", "FY2023" — a year alone. */
function yearHeader(v: CellValue): number | null {
  const text = cellText(v);
  if (text === "" || text.length > 40) return null;
  const rest = text.replace(/(?:ปี(?:งบประมาณ|งบ)?|พ\.ศ\.|fiscal\s*year|fy|year|\d{2,4}|[\s.()])/gi, "");
  return rest === "" ? (findYear(text)?.year ?? null) : null;
}

/**
 * Totals across year columns — a header row of years ("| ปี 2565 | ปี 2566 | ปี 2567") with a total or
 * instrument row ("คะแนนรวม", "ITA score") and maybe a level row ("ระดับ", "Rating") below it. Indicator rows of
 * such a table are read by the main stages; this reads what they leave: a table of totals alone.
 */
export function readYearColumnTables(grid: SheetGrid, out: Recognition, used: Set<string>): void {
  grid.rows.forEach((row, r) => {
    const years = new Map<number, number>();
    row.forEach((v, c) => {
      const y = yearHeader(v);
      if (y !== null) years.set(c, y);
    });
    if (years.size === 0) return;
    const first = Math.min(...years.keys());
    const summaries: SummaryObservation[] = [];
    const levels: LevelObservation[] = [];
    const rowsRead = new Set<number>();
    let last = r;
    for (let b = r + 1; b < grid.rows.length; b++) {
      const below = grid.rows[b] ?? [];
      const label = below.slice(0, first).map(cellText).filter(Boolean).pop() ?? "";
      if (label === "" && below.every((v) => cellText(v) === "")) break;
      if ([...years.keys()].some((c) => yearHeader(below[c] ?? null) !== null)) break;
      const summary = parseSummaryRowLabel(label);
      const instrument: Instrument | null = summary?.kind === "instrument" ? summary.instrument : null;
      for (const [c, year] of years) {
        const cell = addressOf(grid, b, c);
        if (used.has(cell)) continue;
        const v = below[c] ?? null;
        if (summary) {
          const s = parseScore(v);
          if (s.kind === "score") {
            summaries.push({ sheet: grid.name, cell, year, instrument, score: s.value });
            rowsRead.add(b);
          }
        } else if (isLevelLabel(label)) {
          const level = parseLevelText(cellText(v), year);
          if (level) levels.push({ sheet: grid.name, cell, year, level });
        }
      }
      last = b;
    }
    if (summaries.length === 0) return;
    const read = new Set(summaries.map((s) => s.year));
    out.summaries.push(...summaries);
    // A level counts beside a score of its year only.
    out.levels.push(...levels.filter((l) => read.has(l.year)));
    for (const s of summaries) used.add(s.cell);
    out.tables.push({
      sheet: grid.name,
      range: rangeOf(grid, r, Math.max(0, first - 1), last, Math.max(...years.keys())),
      kind: "indicators",
      years: [...read].sort((a, b) => a - b),
      rows: rowsRead.size,
    });
  });
}
