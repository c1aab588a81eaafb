import { FIRST_YEAR } from "../ita/catalog";
import labels from "../ita/labels.json";
import { type SheetGrid, addressOf } from "./grid";
import { matchKey, normaliseText } from "./text";
import type { Diagnostic, Recognition } from "./types";

/** The five ดัชนี of ITA 2561–2562 (data), compared as keys. */
const INDEX_KEYS = labels.indices2561.map((t) => matchKey(normaliseText(t)));

/**
 * Scores of a year before the first framework the catalogue knows (ITA 2561–2562 had five ดัชนี, not ten
 * indicators): never mapped onto the ten indicators or compared with later years. Each such year of each sheet is
 * said once, naming the framework; the rest is returned to be analysed.
 */
export function dropEarlyYears(rec: Recognition, diagnostics: Diagnostic[]): Recognition {
  const early = (o: { year: number }) => o.year < FIRST_YEAR;
  // Per sheet: its early years, and the first cell that holds one.
  const bySheet = new Map<string, { cell: string; years: Set<number> }>();
  for (const o of [...rec.items, ...rec.indicators, ...rec.summaries, ...rec.levels].filter(early)) {
    const seen = bySheet.get(o.sheet) ?? { cell: o.cell, years: new Set<number>() };
    seen.years.add(o.year);
    bySheet.set(o.sheet, seen);
  }
  for (const [sheet, { cell, years }] of bySheet)
    diagnostics.push({
      level: "warning",
      sheet,
      cell,
      id: "yearBeforeFramework",
      params: { years: [...years].sort((a, b) => a - b).join(", "), first: FIRST_YEAR },
    });
  if (bySheet.size === 0) return rec;
  const keep = <T extends { year: number }>(list: T[]) => list.filter((o) => !early(o));
  return {
    ...rec,
    items: keep(rec.items),
    indicators: keep(rec.indicators),
    summaries: keep(rec.summaries),
    levels: keep(rec.levels),
    tables: rec.tables
      .map((t) => ({ ...t, years: t.years.filter((y) => y >= FIRST_YEAR) }))
      .filter((t) => t.years.length > 0),
  };
}

/** A table of the 2561–2562 ดัชนี (two or more of their names in a sheet): said at its first name, once. */
export function indexTable(grid: SheetGrid): Diagnostic | null {
  let first: { r: number; c: number } | null = null;
  const found = new Set<number>();
  grid.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== "string" || !v.includes("ดัชนี")) return;
      const key = matchKey(normaliseText(v));
      const i = INDEX_KEYS.findIndex((k) => key.includes(k));
      if (i < 0) return;
      found.add(i);
      first ??= { r, c };
    }),
  );
  if (found.size < 2 || !first) return null;
  const at: { r: number; c: number } = first;
  return {
    level: "warning",
    sheet: grid.name,
    cell: addressOf(grid, at.r, at.c),
    id: "indexFramework",
    params: { first: FIRST_YEAR },
  };
}
