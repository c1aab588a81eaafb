import { type SheetGrid, addressOf, cellAt, rangeA1, rangeOf } from "../analysis/grid";
import { parseLevelText } from "../analysis/levelText";
import { parseScore } from "../analysis/parseScore";
import { findYear } from "../analysis/parseYear";
import { cellText, matchKey } from "../analysis/text";
import { yearFacts } from "../ita/catalog";
import type { Diagnostic } from "../analysis/types";
import { diag } from "../analysis/blockYear";
import type { AgencyTableHeader } from "./agencyTableHeader";
import type { AgencyObservations } from "./types";

/**
 * A row that sums up the table, not an agency: "ค่าเฉลี่ย", "ค่าเฉลี่ยจังหวัด", "รวม", "ภาพรวมจังหวัด", "Average" (compared
 * with spaces and punctuation taken out). Its figures are the agencies' own, averaged: never an agency of its own.
 */
const SUMMARY_NAME = /^(?:ค่าเฉลี่ย|เฉลี่ย|รวม|ผลรวม|ภาพรวม|คะแนนเฉลี่ย|average|mean|total|overall)/i;
const SUMMARY = "summary";

/** Empty rows that end a table. */
const END_GAP = 3;

export interface AgencyRows {
  agencies: AgencyObservations[];
  /** Notes on the table as a whole (no year anywhere). */
  diagnostics: Diagnostic[];
  /** The grid row after the table's last row. */
  end: number;
}

/**
 * The agencies of the table under `h`, each from its own rows only. An agency's name stands on its first row; the
 * rows below with a blank name are its other years when they are merged with it, or when the table has a year
 * column and the year is new to it. A score cell that cannot be read is said at its cell, for that agency only.
 */
export function readAgencyRows(grid: SheetGrid, h: AgencyTableHeader, titleYear: number | null): AgencyRows {
  const byKey = new Map<string, Building>();
  const diagnostics: Diagnostic[] = [];
  let current: Building | typeof SUMMARY | null = null;
  const summaries = new Set<string>();
  let gap = 0;
  let r = h.row + 1;
  const scoreCols = [...h.indicators.values(), h.total, h.level].filter((c): c is number => c !== null);
  for (; r < grid.rows.length && gap < END_GAP; r++) {
    const nameText = cellText(cellAt(grid, r, h.agency));
    const hasScores = scoreCols.some((c) => cellText(cellAt(grid, r, c)) !== "");
    if (!hasScores) {
      gap = nameText === "" ? gap + 1 : 0;
      continue;
    }
    gap = 0;
    const at = (c: number) => addressOf(grid, r, c);
    const yearCell = h.year === null ? null : cellAt(grid, r, h.year);
    // A blank year cell is the title's year, when the title names one (a year column left empty).
    const year = yearOf(yearCell) ?? titleYear;
    const merged = nameText === "" && mergedName(grid, r, h.agency);
    // A blank name under a summary row ("ค่าเฉลี่ยจังหวัด" and its years) is that summary's too.
    if (nameText === "" && !merged && current === SUMMARY) continue;
    const name: string | null =
      nameText !== ""
        ? nameText
        : merged
          ? merged
          : current && current !== SUMMARY && h.year !== null
            ? current.name
            : null;
    if (name === null) {
      diagnostics.push(diag("error", grid, at(h.agency), "compare.noName", {}));
      continue;
    }
    const key = matchKey(name);
    if (SUMMARY_NAME.test(key)) {
      if (!summaries.has(key))
        diagnostics.push(diag("info", grid, at(h.agency), "compare.summaryRow", { name }));
      summaries.add(key);
      current = SUMMARY;
      continue;
    }
    const agency: Building = byKey.get(key) ?? newAgency(name, r);
    byKey.set(key, agency);
    current = agency;
    if (year === null) {
      agency.diagnostics.push(
        diag("error", grid, at(h.year ?? h.agency), "compare.noYear", { agency: name }),
      );
      continue;
    }
    if (agency.years.has(year)) {
      agency.diagnostics.push(
        diag("error", grid, at(h.agency), "compare.twiceInYear", { agency: name, year }),
      );
      continue;
    }
    agency.years.add(year);
    agency.last = r;
    readRow(grid, r, h, year, agency);
  }
  const agencies = [...byKey.values()].map(({ years: _years, first, last, ...a }) => ({
    ...a,
    where: `${grid.name}!${rangeA1(rangeOf(grid, first, Math.min(h.agency, ...scoreColumns(h)), last, h.right))}`,
  }));
  dropWeightedColumns(grid, h, agencies, diagnostics);
  return { agencies, diagnostics, end: r };
}

/**
 * An instrument column that holds its weighted share of the total (OIT 40.00 of 98.04, as the consultants'
 * provincial tables print it), not the instrument's score: every value within the weight and the totals beside it
 * well above. Such a column is not read, and said, so a weighted 38.70 is never taken for an OIT below 85.
 */
function dropWeightedColumns(
  grid: SheetGrid,
  h: AgencyTableHeader,
  agencies: AgencyObservations[],
  diagnostics: Diagnostic[],
): void {
  for (const [inst, c] of h.instruments) {
    const read = agencies.flatMap((a) =>
      a.summaries.filter((s) => s.instrument === inst).map((s) => ({ a, s })),
    );
    const share = (year: number) => 100 * (yearFacts(year)?.weights[inst] ?? 1);
    const within = read.every(({ s }) => s.score <= share(s.year) + 0.005);
    const totalAbove = read.some(({ a, s }) =>
      a.summaries.some((t) => t.instrument === null && t.year === s.year && t.score > share(s.year) + 20),
    );
    if (read.length === 0 || !within || !totalAbove) continue;
    for (const a of agencies) a.summaries = a.summaries.filter((s) => s.instrument !== inst);
    diagnostics.push(
      diag("info", grid, addressOf(grid, h.row, c), "compare.weightedColumn", {
        instrument: inst,
        share: share(read[0]!.s.year).toFixed(0),
      }),
    );
  }
}

function scoreColumns(h: AgencyTableHeader): number[] {
  return [...h.indicators.values(), ...h.instruments.values(), h.total ?? h.agency, h.level ?? h.agency];
}

type Building = AgencyObservations & { years: Set<number>; first: number; last: number };

function newAgency(name: string, r: number): Building {
  return {
    name,
    where: "",
    indicators: [],
    summaries: [],
    levels: [],
    diagnostics: [],
    years: new Set<number>(),
    first: r,
    last: r,
  };
}

/** One row's scores: the ten indicators, the instruments, the total and the level, each checked on its own. */
function readRow(
  grid: SheetGrid,
  r: number,
  h: AgencyTableHeader,
  year: number,
  a: AgencyObservations,
): void {
  const sheet = grid.name;
  const score = (c: number): number | null => {
    const v = cellAt(grid, r, c);
    const s = parseScore(v);
    if (s.kind === "score") return s.value;
    if (s.kind === "invalid")
      a.diagnostics.push(
        diag("warning", grid, addressOf(grid, r, c), "compare.badScore", { agency: a.name, shown: s.shown }),
      );
    return null;
  };
  for (const [indicator, c] of h.indicators) {
    const v = score(c);
    if (v !== null) a.indicators.push({ sheet, cell: addressOf(grid, r, c), year, indicator, score: v });
  }
  for (const [instrument, c] of h.instruments) {
    const v = score(c);
    if (v !== null) a.summaries.push({ sheet, cell: addressOf(grid, r, c), year, instrument, score: v });
  }
  if (h.total !== null) {
    const v = score(h.total);
    if (v !== null)
      a.summaries.push({ sheet, cell: addressOf(grid, r, h.total), year, instrument: null, score: v });
  }
  if (h.level !== null) {
    const text = cellText(cellAt(grid, r, h.level));
    const level = text === "" ? null : parseLevelText(text, year);
    if (level) a.levels.push({ sheet, cell: addressOf(grid, r, h.level), year, level });
    else if (text !== "")
      a.diagnostics.push(
        diag("warning", grid, addressOf(grid, r, h.level), "compare.badLevel", {
          agency: a.name,
          shown: text,
        }),
      );
  }
}

function yearOf(v: ReturnType<typeof cellAt>): number | null {
  if (v === null) return null;
  return findYear(cellText(v))?.year ?? null;
}

/** The name of a merge that covers (r, c) from a row above (an agency merged over its year rows). */
function mergedName(grid: SheetGrid, r: number, c: number): string | null {
  // A transposed grid's merges are in its own frame already (grid.transpose).
  const row = grid.top + r;
  const col = grid.left + c;
  const m = (grid.merges ?? []).find(
    (m) => row > m.top && row <= m.bottom && col >= m.left && col <= m.right,
  );
  if (!m) return null;
  const text = cellText(cellAt(grid, m.top - grid.top, c));
  return text === "" ? null : text;
}
