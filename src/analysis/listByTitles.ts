import { listIdFor } from "../ita/catalog";
import { INSTRUMENTS, type Instrument } from "../ita/types";
import { listsOf, titleMatches } from "./titleMatch";
import type { Diagnostic, Recognition } from "./types";

/** A table labelled with one year whose items and titles are another year's list (seed 003). */
export interface YearShift {
  sheet: string;
  /** The year the sheet's headings name: the document (fiscal) year. */
  labelledYear: number;
  /** The assessment year whose item list the titles match. */
  assessmentYear: number;
  instrument: Instrument;
  matched: number;
  own: number;
  rows: number;
}

/** The year of a list's span ("2563-2565") nearest to `year`. */
function nearestYear(span: string, year: number): number {
  const [a, b = a] = span.split("-").map(Number) as [number, number?];
  return Math.min(Math.max(year, a), b!);
}

/**
 * Finds sheets whose item titles name another year's list far better than the labelled year's list and,
 * unless the user keeps the labelled year, reads that sheet's scores as the matching assessment year.
 * The labelled year stays as the document year. Every finding is one warning naming the sheet.
 */
export function listByTitles(
  rec: Recognition,
  keepLabelledYear: boolean,
  diagnostics: Diagnostic[],
): { rec: Recognition; shifts: YearShift[] } {
  const shifts: YearShift[] = [];
  const groups = new Map<string, { sheet: string; year: number }>();
  for (const o of rec.items) groups.set(`${o.sheet}|${o.year}`, { sheet: o.sheet, year: o.year });
  for (const { sheet, year } of groups.values()) {
    const found = INSTRUMENTS.map((inst) => bestOtherList(rec, sheet, year, inst)).filter(
      (s): s is YearShift => s !== null,
    );
    const years = new Set(found.map((s) => s.assessmentYear));
    if (found.length === 0 || years.size > 1) continue;
    const shift = found.reduce((a, b) => (b.matched > a.matched ? b : a));
    // A table with a column for both years shares one column of titles: moving a column would merge two years.
    if (rec.items.some((o) => o.sheet === sheet && o.year === shift.assessmentYear)) continue;
    diagnostics.push({
      level: "warning",
      sheet,
      cell: null,
      id: keepLabelledYear ? "listFromTitlesKept" : "listFromTitles",
      params: {
        sheet,
        instrument: shift.instrument,
        labelled: year,
        assessment: shift.assessmentYear,
        matched: shift.matched,
        rows: shift.rows,
        own: shift.own,
      },
    });
    if (!keepLabelledYear) shifts.push(shift);
  }
  if (shifts.length === 0) return { rec, shifts };
  const moved = <T extends { sheet: string; year: number }>(o: T): T => {
    const s = shifts.find((x) => x.sheet === o.sheet && x.labelledYear === o.year);
    return s ? { ...o, year: s.assessmentYear } : o;
  };
  return {
    rec: {
      ...rec,
      items: rec.items.map(moved),
      indicators: rec.indicators.map(moved),
      summaries: rec.summaries.map(moved),
    },
    shifts,
  };
}

function bestOtherList(rec: Recognition, sheet: string, year: number, inst: Instrument): YearShift | null {
  const rows = rec.items
    .filter((o) => o.sheet === sheet && o.year === year && o.label.instrument === inst && o.title !== null)
    .map((o) => ({ number: o.label.number, title: o.title }));
  if (rows.length < 3) return null;
  const ownId = listIdFor(year, inst);
  const lists = listsOf(inst);
  const ownList = lists.find(([id]) => id === ownId)?.[1];
  const own = ownList ? titleMatches(ownList, rows) : 0;
  // The own list can only disprove titles it knows: a row counts when its item there has a known topic
  // or lies beyond the list (2568 has no o27–o35). Lists mostly unknown (IIT 2566) are never overruled.
  const checkable = rows.filter((r) => {
    const def = ownList?.items.find((it) => it.n === r.number);
    return def ? def.topic !== null : true;
  }).length;
  if (checkable < rows.length / 2) return null;
  let best: YearShift | null = null;
  for (const [id, list] of lists) {
    if (id === ownId) continue;
    const matched = titleMatches(list, rows);
    // Clearly another list: most titles name its items, and at least twice as many (and 3 more) as the own list.
    if (matched < Math.max(3, rows.length / 2) || matched < 2 * own || matched < own + 3) continue;
    if (best && matched <= best.matched) continue;
    const assessmentYear = nearestYear(list.years, year);
    best = { sheet, labelledYear: year, assessmentYear, instrument: inst, matched, own, rows: rows.length };
  }
  return best;
}
