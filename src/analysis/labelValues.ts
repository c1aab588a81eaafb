import { type SheetGrid, addressOf, rangeOf } from "./grid";
import { isLevelLabel, parseLevelText } from "./levelText";
import { parseSummaryRowLabel } from "./parseLabels";
import { parseScore } from "./parseScore";
import { findYear } from "./parseYear";
import { cellText } from "./text";
import type { LevelObservation, Recognition, SummaryObservation } from "./types";

/** A total's label once its year is taken out: "ค่าคะแนน ITA ปีงบประมาณ 2567" → "ค่าคะแนน ITA". */
function withoutYear(text: string): string {
  return text
    .replace(/(?:ประจำ)?(?:ปี(?:งบประมาณ|งบ)?|พ\.ศ\.|fiscal\s*year|fy)?\s*\d{4}/gi, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A label | value list, as agencies publish their result on a page: "ค่าคะแนน ITA ปีงบประมาณ 2567 | 92.35",
 * "ระดับ | ผ่านดี", "อันดับ | 12" — or under a heading that names the year ("ผลการประเมิน ITA ปี 2566", then
 * "คะแนน | 87.40", "ระดับ | A (ผ่าน)"). A row is one label and one value; a rank or count is never a score.
 */
export function readLabelValues(grid: SheetGrid, out: Recognition, used: Set<string>): void {
  let headingYear: number | null = null;
  let lastYear: number | null = null;
  const summaries: SummaryObservation[] = [];
  const levels: LevelObservation[] = [];
  const rows: number[] = [];
  grid.rows.forEach((row, r) => {
    const filled = row.flatMap((v, c) => (cellText(v) === "" ? [] : [c]));
    if (filled.length === 1) {
      // A heading that names a year sets the year of the rows below it.
      const y = findYear(cellText(row[filled[0]!] ?? null));
      if (y) headingYear = y.year;
      return;
    }
    if (filled.length !== 2) return;
    const [lc, vc] = filled as [number, number];
    const label = cellText(row[lc] ?? null);
    const cell = addressOf(grid, r, vc);
    if (used.has(cell) || used.has(addressOf(grid, r, lc))) return;
    const labelYear = findYear(label)?.year ?? null;
    const summary =
      parseSummaryRowLabel(withoutYear(label)) ??
      (/^คะแนน$/.test(withoutYear(label)) ? { kind: "total" as const } : null);
    if (summary) {
      const year = labelYear ?? headingYear;
      const s = parseScore(row[vc] ?? null);
      if (year === null || s.kind !== "score") return;
      summaries.push({
        sheet: grid.name,
        cell,
        year,
        instrument: summary.kind === "instrument" ? summary.instrument : null,
        score: s.value,
      });
      lastYear = year;
      rows.push(r);
    } else if (isLevelLabel(withoutYear(label))) {
      const year = labelYear ?? lastYear ?? headingYear;
      const level = year === null ? null : parseLevelText(cellText(row[vc] ?? null), year);
      if (year !== null && level) {
        levels.push({ sheet: grid.name, cell, year, level });
        rows.push(r);
      }
    }
  });
  if (summaries.length === 0) return;
  const read = new Set(summaries.map((s) => s.year));
  out.summaries.push(...summaries);
  out.levels.push(...levels.filter((l) => read.has(l.year)));
  for (const s of summaries) used.add(s.cell);
  const width = Math.max(...rows.map((r) => (grid.rows[r] ?? []).length)) - 1;
  out.tables.push({
    sheet: grid.name,
    range: rangeOf(grid, Math.min(...rows), 0, Math.max(...rows), Math.max(width, 0)),
    kind: "indicators",
    years: [...read].sort((a, b) => a - b),
    rows: rows.length,
  });
}
