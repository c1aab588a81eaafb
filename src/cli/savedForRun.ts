import type { PublishedTotal } from "../analysis/settings";
import type { Garuda } from "../sheets/garuda";
import { DEFAULT_PANE_SETTINGS, type DOC_PEOPLE } from "../taskpane/paneHost";
import { readSavedSettings } from "../taskpane/savedSettings";
import { badOption, optionFor } from "./args";

type Person = (typeof DOC_PEOPLE)[number];

/** What the command line gave for the settings the workbook may also hold (null, "", [] or false: not given). */
export interface GivenOnCommandLine {
  people: Readonly<Record<Person, string>>;
  garuda: boolean;
  totals: PublishedTotal[];
  threshold: number | null;
  urgentBelow: number | null;
  font: string;
  thaiDigits: boolean;
  year: number | null;
  includeHidden: string[];
}

/** The main run's settings where the workbook may hold them, and which came from the workbook. */
export interface RunSettings {
  people: Record<Person, string>;
  garuda: Garuda | null;
  totals: PublishedTotal[];
  threshold: number;
  urgentBelow: number;
  font: string;
  thaiDigits: boolean;
  /** The year of tables that name none (--year), null for none. */
  year: number | null;
  includeHidden: string[];
  /** The tables the officer chose in the pane not to read (no option sets them). */
  excludedTables: string[];
  /** The options whose value was taken from the settings the pane saved in the workbook (to say so). */
  fromWorkbook: string[];
  /** The saved settings' fields that could not be used (["*"]: none could), each at its default (to say so). */
  unread: string[];
}

/**
 * What the pane saved in the shared workbook (its people, its ครุฑ, the totals typed from ITAS), for each one the
 * command line does not give: the command line's value wins, field by field; the totals are the command line's when
 * it gives any (a total without a year is the latest year's, which the saved ones may also name).
 */
export function settingsForRun(saved: unknown, given: GivenOnCommandLine): RunSettings {
  const read = readSavedSettings(saved);
  const s = read.settings;
  const fromWorkbook: string[] = [];
  const people = byPerson((k) => {
    const own = s[k];
    if (given.people[k] || !own?.trim()) return given.people[k];
    fromWorkbook.push(optionFor(k));
    return own;
  });
  const garuda = given.garuda ? null : (s.garuda ?? null);
  if (garuda) fromWorkbook.push(optionFor("garuda"));
  const savedTotals = given.totals.length > 0 ? [] : (s.publishedTotals ?? []);
  if (savedTotals.length > 0) fromWorkbook.push("--total");
  // The pane's choices that change what is read and flagged, each said when it is not what the command line
  // would have used.
  const pick = <T>(
    option: string,
    own: T | null,
    saved: T,
    fallback: T,
    same = (a: T, b: T) => a === b,
  ): T => {
    if (own !== null) return own;
    if (!same(saved, fallback)) fromWorkbook.push(option);
    return saved;
  };
  const d = DEFAULT_PANE_SETTINGS;
  const all = { ...d, ...s };
  const threshold = pick("--threshold", given.threshold, all.threshold, d.threshold);
  const urgentBelow = pick("--urgent-below", given.urgentBelow, all.urgentBelow, d.urgentBelow);
  const font: string = pick("--font", given.font || null, all.font, d.font);
  const thaiDigits = pick("--thai-digits", given.thaiDigits || null, all.thaiDigits, d.thaiDigits);
  const year = pick("--year", given.year, all.defaultYear, d.defaultYear);
  const sameList = (a: string[], b: string[]) => a.join("\n") === b.join("\n");
  const includeHidden = pick(
    "--include-hidden",
    given.includeHidden.length > 0 ? given.includeHidden : null,
    all.includeHidden,
    d.includeHidden,
    sameList,
  );
  // The urgent mark given above the pass mark saved: refused as one above the pass mark given is (args.ts).
  if (urgentBelow > threshold) throw badOption("--urgent-below", "aboveMark", { mark: String(threshold) });
  return {
    people,
    garuda,
    totals: given.totals.length > 0 ? given.totals : savedTotals,
    threshold,
    urgentBelow,
    font,
    thaiDigits,
    year,
    includeHidden,
    excludedTables: all.excludedTables,
    fromWorkbook,
    unread: read.unreadable ? ["*"] : read.dropped,
  };
}

/** A value for each of the documents' people, in the form's order (DOC_PEOPLE). */
export function byPerson(f: (k: Person) => string): Record<Person, string> {
  return {
    division: f("division"),
    writerName: f("writerName"),
    writerPosition: f("writerPosition"),
    divisionHeadName: f("divisionHeadName"),
    divisionHeadPosition: f("divisionHeadPosition"),
    chiefOfficerName: f("chiefOfficerName"),
    chiefOfficerPosition: f("chiefOfficerPosition"),
    executiveName: f("executiveName"),
    executivePosition: f("executivePosition"),
  };
}
