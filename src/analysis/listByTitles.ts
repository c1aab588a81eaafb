import { listIdFor } from "../ita/catalog";
import { INSTRUMENTS, type Instrument, type ItemList } from "../ita/types";
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
  /** What showed the other list: the items' titles, or codes beyond the labelled year's list (o27–o35 in 2568). */
  evidence: "titles" | "codes";
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
      id: keepLabelledYear
        ? "listFromTitlesKept"
        : shift.evidence === "codes"
          ? "listFromCodes"
          : "listFromTitles",
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
      levels: rec.levels.map(moved),
    },
    shifts,
  };
}

function bestOtherList(rec: Recognition, sheet: string, year: number, inst: Instrument): YearShift | null {
  const rows = rec.items
    .filter((o) => o.sheet === sheet && o.year === year && o.label.instrument === inst && o.title !== null)
    .map((o) => ({ number: o.label.number, title: o.title }));
  const ownId = listIdFor(year, inst);
  const lists = listsOf(inst);
  if (rows.length < 3) return byCodes(rec, sheet, year, inst, ownId, lists);
  const ownList = lists.find(([id]) => id === ownId)?.[1];
  const own = ownList ? titleMatches(ownList, rows) : 0;
  // The own list can only disprove titles it knows: a row counts when its item there has a known topic
  // or lies beyond the list (2568 has no o27–o35). Lists mostly unknown (IIT 2566) are never overruled.
  const checkable = rows.filter((r) => {
    const def = ownList?.items.find((it) => it.n === r.number);
    return def ? def.topic !== null : true;
  }).length;
  if (checkable < rows.length / 2) return null;
  // Most titles name the own list's items: no other list can match twice as many (the bar below), so none is tried.
  if (2 * own > rows.length) return null;
  let best: YearShift | null = null;
  for (const [id, list] of lists) {
    if (id === ownId) continue;
    const matched = titleMatches(list, rows);
    // Clearly another list: most titles name its items, and at least twice as many (and 3 more) as the own list.
    if (matched < Math.max(3, rows.length / 2) || matched < 2 * own || matched < own + 3) continue;
    if (best && matched <= best.matched) continue;
    const assessmentYear = nearestYear(list.years, year);
    best = {
      sheet,
      labelledYear: year,
      assessmentYear,
      instrument: inst,
      evidence: "titles",
      matched,
      own,
      rows: rows.length,
    };
  }
  return best;
}

/**
 * Without titles: three or more codes beyond the labelled year's list (2568 OIT has 26 known items; o27–o35
 * are the 2567 list's) point to the nearest other list that holds every code.
 */
function byCodes(
  rec: Recognition,
  sheet: string,
  year: number,
  inst: Instrument,
  ownId: string | undefined,
  lists: [string, ItemList][],
): YearShift | null {
  const numbers = rec.items
    .filter((o) => o.sheet === sheet && o.year === year && o.label.instrument === inst)
    .map((o) => o.label.number);
  const ownLength = lists.find(([id]) => id === ownId)?.[1].items.length;
  if (ownLength === undefined) return null;
  const beyond = numbers.filter((n) => n > ownLength).length;
  if (beyond < 3) return null;
  const top = Math.max(...numbers);
  const fits = lists
    .filter(([id, l]) => id !== ownId && l.items.length >= top)
    .map(([, l]) => nearestYear(l.years, year))
    .sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b);
  if (fits.length === 0) return null;
  return {
    sheet,
    labelledYear: year,
    assessmentYear: fits[0]!,
    instrument: inst,
    evidence: "codes",
    matched: beyond,
    own: numbers.length - beyond,
    rows: numbers.length,
  };
}
