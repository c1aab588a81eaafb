import { delta2 } from "../analysis/round";
import { matchKey } from "../analysis/text";
import type { Diagnostic } from "../analysis/types";
import type { ComparedYear } from "./comparedYear";
import type { AgencyNotRead, AgencyReading } from "./types";

export type { ComparedYear };

export interface ComparedAgency {
  name: string;
  file?: string;
  where: string;
  years: ComparedYear[];
  latest: ComparedYear | null;
  /** The latest total's change from the year before it that has a total. */
  delta: { from: number; to: number; change: number } | null;
  /** 1 = highest total of the comparison year; ties share a rank; null when not scored that year. */
  rank: number | null;
  diagnostics: Diagnostic[];
}

export interface Comparison {
  threshold: number;
  /** The year the agencies are ranked by: the one asked for, else the latest year any agency has a total. */
  year: number | null;
  years: number[];
  /** Ranked first (best first), then those not ranked, by name. */
  agencies: ComparedAgency[];
  notRead: AgencyNotRead[];
  diagnostics: Diagnostic[];
}

/**
 * Compares agencies each read on its own. Two readings of one name are one agency only when their years do not
 * overlap (a province's sheet per year); otherwise they stay two, and that is said: numbers are never mixed.
 */
export function compareAgencies(
  readings: AgencyReading[],
  notRead: AgencyNotRead[],
  threshold: number,
  asOf: number | null = null,
): Comparison {
  const diagnostics: Diagnostic[] = [];
  // Compared as of a year the officer names (--year): its later years are left out, its agencies ranked by it.
  const upTo = (r: AgencyReading) =>
    asOf === null ? r : { ...r, years: r.years.filter((y) => y.year <= asOf) };
  const agencies = joinSameName(readings.map(upTo), diagnostics).map(compared);
  const years = [...new Set(agencies.flatMap((a) => a.years.map((y) => y.year)))].sort();
  const withTotal = agencies.flatMap((a) => (a.latest?.total != null ? [a.latest.year] : []));
  const year = asOf ?? (withTotal.length ? Math.max(...withTotal) : null);
  const ranked = agencies
    .filter((a) => a.latest?.year === year && a.latest.total !== null)
    .sort(
      (a, b) => b.latest!.total! - a.latest!.total! || a.name.localeCompare(b.name, "th", { numeric: true }),
    );
  ranked.forEach((a, i) => {
    const prev = ranked[i - 1];
    a.rank = prev && prev.latest!.total === a.latest!.total ? prev.rank : i + 1;
  });
  const rest = agencies
    .filter((a) => !ranked.includes(a))
    .sort((a, b) => a.name.localeCompare(b.name, "th", { numeric: true }));
  for (const a of rest)
    if (a.latest && year !== null && a.latest.year < year)
      a.diagnostics.push({
        level: "info",
        sheet: null,
        cell: null,
        id: "compare.olderYear",
        params: { agency: a.name, year: a.latest.year, latest: year },
      });
  return { threshold, year, years, agencies: [...ranked, ...rest], notRead, diagnostics };
}

function compared(r: AgencyReading): ComparedAgency {
  const years = [...r.years].sort((a, b) => a.year - b.year);
  const latest = [...years].reverse().find((y) => y.total !== null) ?? years[years.length - 1] ?? null;
  const before = latest && [...years].reverse().find((y) => y.year < latest.year && y.total !== null);
  const delta =
    latest?.total != null && before?.total != null
      ? { from: before.year, to: latest.year, change: delta2(before.total, latest.total) }
      : null;
  return {
    name: r.name,
    ...(r.file !== undefined ? { file: r.file } : {}),
    where: r.where,
    years,
    latest,
    delta,
    rank: null,
    diagnostics: r.diagnostics,
  };
}

/** Readings of one name with no year in common joined into one agency; the others kept apart and said. */
function joinSameName(readings: AgencyReading[], diagnostics: Diagnostic[]): AgencyReading[] {
  const out: AgencyReading[] = [];
  const byKey = new Map<string, AgencyReading>();
  for (const r of readings) {
    const key = matchKey(r.name);
    const seen = byKey.get(key);
    const overlap = seen && r.years.some((s) => seen.years.some((t) => t.year === s.year));
    if (seen && !overlap) {
      seen.years = [...seen.years, ...r.years];
      seen.diagnostics = [...seen.diagnostics, ...r.diagnostics];
      seen.where = `${seen.where}, ${r.where}`;
      continue;
    }
    if (seen)
      diagnostics.push({
        level: "warning",
        sheet: null,
        cell: null,
        id: "compare.sameName",
        params: { agency: r.name, first: seen.where, second: r.where },
      });
    const copy = { ...r };
    if (!seen) byKey.set(key, copy);
    out.push(copy);
  }
  return out;
}
