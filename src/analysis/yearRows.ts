import { FIRST_YEAR } from "../ita/catalog";
import { type CellValue, type SheetGrid, addressOf, rangeOf } from "./grid";
import { indicatorNameMatches } from "./indicatorNames";
import { parseIndicatorLabel, parseSummaryRowLabel } from "./parseLabels";
import { parseScore } from "./parseScore";
import { MAX_BE, MIN_BE } from "./parseYear";
import { isLevelLabel, parseLevelText } from "./levelText";
import { cellText } from "./text";
import type { Instrument } from "../ita/types";
import type { LevelObservation, Recognition } from "./types";

type Column =
  | { kind: "summary"; instrument: Instrument | null }
  | { kind: "indicator"; indicator: number }
  | { kind: "level" };

const YEAR_HEADER = /^(?:ปีงบประมาณ|ปีงบ|ปี|พ\.ศ\.|ปี พ\.ศ\.|year|fiscal year|fy)(?:\s*\(?พ\.ศ\.\)?)?$/i;
const BARE_TOTAL = /^(?:ผล)?คะแนน(?:ที่ได้)?$/;
/**
 * Years-down tables — a totals history (ปีงบประมาณ | คะแนน | ระดับ, newest first) or an instrument summary
 * (ปี | IIT | EIT | OIT | คะแนนรวม): a header row with a year column, and one row per year below it.
 * When a year comes back (a provincial report: several agencies, one block of years each), only the first
 * agency's rows are read and the others are named, never mixed.
 */
export function readYearRowTables(grid: SheetGrid, out: Recognition, used: Set<string>): void {
  grid.rows.forEach((row, r) => {
    const yc = row.findIndex((v) => YEAR_HEADER.test(cellText(v)));
    if (yc < 0) return;
    const columns = new Map<number, Column>();
    row.forEach((v, c) => {
      const col = c === yc ? null : columnOf(v);
      if (col) columns.set(c, col);
    });
    if (![...columns.values()].some((col) => col.kind !== "level")) return;
    readBelow(grid, r, yc, columns, out, used);
  });
}

function columnOf(v: CellValue): Column | null {
  const text = cellText(v);
  if (text === "") return null;
  if (BARE_TOTAL.test(text)) return { kind: "summary", instrument: null };
  if (isLevelLabel(text)) return { kind: "level" };
  const summary = parseSummaryRowLabel(text);
  if (summary)
    return { kind: "summary", instrument: summary.kind === "instrument" ? summary.instrument : null };
  const ind = parseIndicatorLabel(text);
  return ind && indicatorNameMatches(ind.indicator, ind.rest)
    ? { kind: "indicator", indicator: ind.indicator }
    : null;
}

function yearOf(v: CellValue): number | null {
  const n = Number(cellText(v));
  return Number.isInteger(n) && n >= MIN_BE && n <= MAX_BE ? n : null;
}

function readBelow(
  grid: SheetGrid,
  header: number,
  yc: number,
  columns: Map<number, Column>,
  out: Recognition,
  used: Set<string>,
): void {
  const seen = new Set<number>();
  const years = new Set<number>();
  let last = header;
  let rows = 0;
  for (let r = header + 1; r < grid.rows.length; r++) {
    const year = yearOf(grid.rows[r]?.[yc] ?? null);
    if (year === null) break;
    if (seen.has(year)) {
      // Another agency's years — unless nothing was read above: then the years are a long table's own column.
      if (years.size > 0) otherGroups(grid, header, r, yc, out);
      break;
    }
    seen.add(year);
    let read = false;
    const levels: LevelObservation[] = [];
    for (const [c, col] of columns) {
      const at = addressOf(grid, r, c);
      if (col.kind === "level") {
        const level = readLevel(grid, r, c, year, out);
        if (level) levels.push(level);
        continue;
      }
      if (used.has(at)) continue;
      const reading = parseScore(grid.rows[r]?.[c] ?? null);
      if (reading.kind === "empty") continue;
      if (reading.kind === "invalid") {
        out.diagnostics.push({
          level: "warning",
          sheet: grid.name,
          cell: at,
          id: `notAScore.${reading.reason}`,
          params: { value: reading.shown },
        });
        continue;
      }
      const base = { sheet: grid.name, cell: at, year, score: reading.value };
      if (col.kind === "indicator") out.indicators.push({ ...base, indicator: col.indicator });
      else out.summaries.push({ ...base, instrument: col.instrument });
      used.add(at);
      read = true;
      years.add(year);
    }
    // A level is read beside a score of its year only: a list of levels alone is not a score table.
    if (read) {
      rows++;
      out.levels.push(...levels);
    }
    last = r;
  }
  if (years.size === 0) return;
  out.tables.push({
    sheet: grid.name,
    range: rangeOf(grid, header + 1, Math.min(yc, ...columns.keys()), last, Math.max(yc, ...columns.keys())),
    kind: "indicators",
    years: [...years].sort((a, b) => a - b),
    rows,
  });
}

/** Names the rows after the first group (another agency's years), with the group names left of the years. */
function otherGroups(grid: SheetGrid, header: number, from: number, yc: number, out: Recognition): void {
  let to = from;
  while (to + 1 < grid.rows.length && yearOf(grid.rows[to + 1]?.[yc] ?? null) !== null) to++;
  const names = (r0: number, r1: number) => {
    const found: string[] = [];
    for (let r = r0; r <= r1; r++)
      for (let c = 0; c < yc; c++) {
        const t = cellText(grid.rows[r]?.[c] ?? null);
        if (t && !found.includes(t)) found.push(t);
      }
    return found.join(", ");
  };
  out.diagnostics.push({
    level: "warning",
    sheet: grid.name,
    cell: addressOf(grid, from, yc),
    id: "otherAgencies",
    params: {
      read: names(header + 1, from - 1) || "-",
      others: names(from, to) || "-",
      range: `${addressOf(grid, from, 0)}:${addressOf(grid, to, grid.rows[header]!.length - 1)}`,
    },
  });
}

/** The level in a level column ("ผ่านดี", "AA", "ระดับ A"); any other text is named, never taken. */
function readLevel(
  grid: SheetGrid,
  r: number,
  c: number,
  year: number,
  out: Recognition,
): LevelObservation | null {
  const text = cellText(grid.rows[r]?.[c] ?? null);
  // A dash is no level; a year before the first framework is said once, for all its figures (earlyFramework).
  if (text === "" || /^[-–—]+$/.test(text) || year < FIRST_YEAR) return null;
  const level = parseLevelText(text, year);
  const cell = addressOf(grid, r, c);
  if (level) return { sheet: grid.name, cell, year, level };
  out.diagnostics.push({
    level: "warning",
    sheet: grid.name,
    cell,
    id: "notALevel",
    params: { value: text, year },
  });
  return null;
}
