import { type SheetGrid, cellAt } from "../analysis/grid";
import { isLevelLabel } from "../analysis/levelText";
import { parseIndicatorLabel, parseSummaryRowLabel } from "../analysis/parseLabels";
import { parseScore } from "../analysis/parseScore";
import { findYear } from "../analysis/parseYear";
import { cellText } from "../analysis/text";
import type { Instrument } from "../ita/types";

/** The columns of a table of agencies: one row per agency (and year), the ten indicators across. */
export interface AgencyTableHeader {
  /** The header's last row (grid-relative); data rows follow. */
  row: number;
  /** The header's first row (a merged "ตัวชี้วัด" above the numbers 1–10). */
  firstRow: number;
  agency: number;
  year: number | null;
  total: number | null;
  level: number | null;
  indicators: Map<number, number>;
  instruments: Map<Instrument, number>;
  /** The last column of the table. */
  right: number;
}

/** A column that names the agency: "หน่วยงาน", "ชื่อหน่วยงาน", "ชื่อ อปท.", "ส่วนราชการ", "Agency". */
const AGENCY_HEADER =
  /^(?:ชื่อ\s*)?(?:หน่วยงาน|จังหวัด|องค์กร|อปท\.?|องค์กรปกครองส่วนท้องถิ่น|ส่วนราชการ|agency|organi[sz]ation)/i;
/** A column of years: "ปี", "ปีงบประมาณ", "ปีที่ประเมิน", "พ.ศ.", "Year". */
const YEAR_HEADER = /^(?:ปี(?:งบประมาณ|ที่ประเมิน|ประเมิน)?|พ\.ศ\.|year|fiscal\s*year)$/i;
/** A total's header beyond the engine's labels: "คะแนน ITA", "ITA Score", "คะแนนรวม (ITA)". */
const TOTAL_HEADER = /^(?:คะแนน\s*(?:รวม)?\s*\(?ITA\)?|ITA(?:\s*score)?|คะแนนรวม(?:\s*\(.*\))?)$/i;

/** The total as ITAS's provincial report heads it: "คะแนนเฉลี่ย", "คะแนน". */
const AVERAGE_HEADER = /^คะแนน(?:เฉลี่ย)?$/;

/** How many header rows may stand above the numbers of a two-row header ("ตัวชี้วัด" merged, then 1–10). */
const BAND = 2;

/**
 * The header of a table of agencies at grid row `r`, or null: at least three indicators across (labelled
 * "ตัวชี้วัดที่ 1", or numbered 1–10 under a "ตัวชี้วัด" heading), and a column of agency names — headed as one,
 * or else the column of text just left of the scores (a transposed table has no heading there).
 */
export function agencyTableHeader(grid: SheetGrid, r: number): AgencyTableHeader | null {
  const row = grid.rows[r] ?? [];
  const indicators = new Map<number, number>();
  row.forEach((v, c) => {
    const n = parseIndicatorLabel(cellText(v))?.indicator;
    if (n !== undefined && !indicators.has(n)) indicators.set(n, c);
  });
  let firstRow = r;
  if (indicators.size < 3) {
    const above = [...Array(BAND).keys()].map((k) => r - 1 - k).filter((a) => a >= 0);
    const heading = above.find((a) => (grid.rows[a] ?? []).some((v) => /ตัวชี้วัด|indicator/i.test(cellText(v))));
    if (heading === undefined) return numbersBelow(grid, r) ? null : totalsOnly(grid, r, indicators);
    indicators.clear();
    row.forEach((v, c) => {
      const t = cellText(v);
      const n = /^\d{1,2}$/.test(t) ? Number(t) : NaN;
      if (n >= 1 && n <= 10 && !indicators.has(n)) indicators.set(n, c);
    });
    firstRow = heading;
  }
  if (indicators.size < 3) return null;
  const width = Math.max(
    ...[...Array(r - firstRow + 1).keys()].map((k) => grid.rows[firstRow + k]?.length ?? 0),
  );
  const taken = new Set(indicators.values());
  const find = (test: (t: string) => boolean) => {
    for (let c = 0; c < width; c++) if (!taken.has(c) && test(own(grid, r, firstRow, c))) return c;
    return null;
  };
  const year = find((t) => YEAR_HEADER.test(t));
  const total = find((t) => TOTAL_HEADER.test(t) || parseSummaryRowLabel(t)?.kind === "total");
  const level = find((t) => isLevelLabel(t));
  const instruments = new Map<Instrument, number>();
  for (let c = 0; c < width; c++) {
    const s = taken.has(c) ? null : parseSummaryRowLabel(own(grid, r, firstRow, c));
    if (s?.kind === "instrument" && c !== total) instruments.set(s.instrument, c);
  }
  for (const c of [year, total, level, ...instruments.values()]) if (c !== null) taken.add(c);
  const agency = find((t) => AGENCY_HEADER.test(t)) ?? nameColumn(grid, r, Math.min(...taken), taken);
  if (agency === null) return null;
  return { row: r, firstRow, agency, year, total, level, indicators, instruments, right: width - 1 };
}

/** The first row of a two-row header: the numbers 1–10 stand in the row below (that row is the header). */
function numbersBelow(grid: SheetGrid, r: number): boolean {
  const below = (grid.rows[r + 1] ?? []).filter((v) => /^(?:[1-9]|10)$/.test(cellText(v)));
  return below.length >= 3 && (grid.rows[r] ?? []).some((v) => /ตัวชี้วัด|indicator/i.test(cellText(v)));
}

/**
 * A table of agencies and their totals, with fewer than three indicators (ITAS's provincial report: "# | หน่วยงาน |
 * อำเภอ | จังหวัด | คะแนนเฉลี่ย"; a consultant's table cut after two): a column headed as agencies and one headed
 * as the total, in the same row.
 */
function totalsOnly(grid: SheetGrid, r: number, indicators: Map<number, number>): AgencyTableHeader | null {
  const row = grid.rows[r] ?? [];
  const agency = row.findIndex((v) => AGENCY_HEADER.test(cellText(v)));
  if (agency < 0) return null;
  const isTotal = (t: string) =>
    TOTAL_HEADER.test(t) || AVERAGE_HEADER.test(t) || parseSummaryRowLabel(t)?.kind === "total";
  const taken = new Set([agency, ...indicators.values()]);
  const total = row.findIndex((v, c) => !taken.has(c) && isTotal(cellText(v)));
  if (total < 0) return null;
  taken.add(total);
  const find = (test: (t: string) => boolean) => {
    const c = row.findIndex((v, k) => !taken.has(k) && test(cellText(v)));
    return c < 0 ? null : c;
  };
  const instruments = new Map<Instrument, number>();
  row.forEach((v, c) => {
    const s = taken.has(c) ? null : parseSummaryRowLabel(cellText(v));
    if (s?.kind === "instrument") instruments.set(s.instrument, c);
  });
  return {
    row: r,
    firstRow: r,
    agency,
    year: find((t) => YEAR_HEADER.test(t)),
    total,
    level: find((t) => isLevelLabel(t)),
    indicators,
    instruments,
    right: row.length - 1,
  };
}

/** A header cell's own words: its own row's text, or the band's above it when its row is blank (merged down). */
function own(grid: SheetGrid, r: number, firstRow: number, c: number): string {
  for (let k = r; k >= firstRow; k--) {
    const t = cellText(cellAt(grid, k, c));
    if (t !== "") return t;
  }
  return "";
}

/** The column of names when none is headed so: the nearest left of the scores whose cells below are mostly text. */
function nameColumn(grid: SheetGrid, r: number, before: number, taken: Set<number>): number | null {
  for (let c = before - 1; c >= 0; c--) {
    if (taken.has(c)) continue;
    let names = 0;
    let filled = 0;
    for (let k = r + 1; k < Math.min(grid.rows.length, r + 21); k++) {
      const v = cellAt(grid, k, c);
      if (cellText(v) === "") continue;
      filled++;
      // A year label ("ITA 2566", "ปี 2567") heads a year's column of an agency's own summary: never a name.
      if (typeof v === "string" && parseScore(v).kind !== "score" && findYear(v) === null) names++;
    }
    if (filled > 0) return names * 2 >= filled ? c : null;
  }
  return null;
}
