import data from "./frameworks.json";
import { validateFrameworks } from "./validateFrameworks";
import type { Crosswalk, Instrument, ItaFacts, ItemDef, ItemList, YearFacts } from "./types";

/** Set by the web build only (webpack.config.js), never by the environment: its facts were checked when built. */
declare const ITA_FACTS_CHECKED_WHEN_BUILT: boolean | undefined;

/**
 * The facts of frameworks.json, checked when loaded (a malformed entry throws a DataFileError naming it). The web
 * build checks them when it is built and bundles what the check returned (scripts/checked-facts-loader.cjs), so the
 * pane takes them as they are instead of checking them again on every opening.
 */
export const FACTS: ItaFacts =
  typeof ITA_FACTS_CHECKED_WHEN_BUILT !== "undefined" && ITA_FACTS_CHECKED_WHEN_BUILT
    ? checkedWhenBuilt(data)
    : validateFrameworks(data);

/** What the web build bundled: validateFrameworks' own answer, given when it was built. */
function checkedWhenBuilt(facts: unknown): ItaFacts {
  return facts as ItaFacts;
}

export const FIRST_YEAR = Math.min(...Object.keys(FACTS.years).map(Number));
export const LAST_YEAR = Math.max(...Object.keys(FACTS.years).map(Number));

/** The facts for an assessment year; a year after the last known one uses the last known facts. */
export function yearFacts(year: number): YearFacts | undefined {
  if (year > LAST_YEAR) return FACTS.years[String(LAST_YEAR)];
  return FACTS.years[String(year)];
}

export function isKnownYear(year: number): boolean {
  return FACTS.years[String(year)] !== undefined;
}

export function listIdFor(year: number, instrument: Instrument): string | undefined {
  return yearFacts(year)?.lists[instrument];
}

export function itemList(year: number, instrument: Instrument): ItemList | undefined {
  const id = listIdFor(year, instrument);
  return id ? FACTS.lists[id] : undefined;
}

export function itemDef(year: number, instrument: Instrument, n: number): ItemDef | undefined {
  return itemList(year, instrument)?.items.find((it) => it.n === n);
}

/** The indicator's official name as printed in `year`'s documents (the original name when no year is given). */
export function indicatorName(n: number, year?: number): string | undefined {
  const def = FACTS.indicators.find((i) => i.number === n);
  if (!def) return undefined;
  if (year === undefined) return def.name;
  const renames = (def.renamed ?? []).filter((r) => r.from <= year).sort((a, b) => b.from - a.from);
  return renames[0]?.name ?? def.name;
}

/** The indicator numbers of frameworks.json (1–10), for recognising "ตัวชี้วัดที่ N". */
export const INDICATOR_NUMBERS: readonly number[] = FACTS.indicators.map((i) => i.number);

export function isIndicator(n: number): boolean {
  return INDICATOR_NUMBERS.includes(n);
}

export function indicatorInstrument(n: number): Instrument | undefined {
  return FACTS.indicators.find((i) => i.number === n)?.instrument;
}

/**
 * The ประเด็น an indicator is listed under when a workbook has indicator scores only (seed 002's grouping, data);
 * null for indicators listed under none (6 and 10).
 */
export function prakadenOfIndicator(n: number): number | null {
  return FACTS.prakaden.find((p) => p.indicators.includes(n))?.number ?? null;
}

export function prakadenName(n: number): string | undefined {
  return FACTS.prakaden.find((p) => p.number === n)?.name;
}

export function indicatorsOf(instrument: Instrument): number[] {
  return FACTS.indicators.filter((i) => i.instrument === instrument).map((i) => i.number);
}

/** The crosswalk that maps items of list `fromId` to items of list `toId`, if one is known. */
export function crosswalkBetween(fromId: string, toId: string): Crosswalk | undefined {
  return FACTS.crosswalks.find((c) => c.from === fromId && c.to === toId);
}

/**
 * Item `n` of `year`'s list as numbered in `toYear`'s: the same number on the same list, else the crosswalk's
 * counterpart; null when the crosswalk drops it; undefined when `toYear`'s list (or the way to it) is not known.
 */
export function counterpartIn(
  year: number,
  instrument: Instrument,
  n: number,
  toYear: number,
): number | null | undefined {
  const from = listIdFor(year, instrument);
  // A year after the last known one borrows its facts, not its numbering.
  const to = isKnownYear(toYear) ? listIdFor(toYear, instrument) : undefined;
  if (!from || !to) return undefined;
  if (from === to) return n;
  const cw = crosswalkBetween(from, to);
  if (!cw) return undefined;
  const pair = cw.pairs.find(([a]) => a === n);
  return pair ? pair[1] : null;
}
