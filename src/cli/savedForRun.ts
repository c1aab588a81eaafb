import type { PublishedTotal } from "../analysis/settings";
import type { Garuda } from "../sheets/garuda";
import type { DOC_PEOPLE } from "../taskpane/paneHost";
import { readSavedSettings } from "../taskpane/savedSettings";
import { optionFor } from "./args";

type Person = (typeof DOC_PEOPLE)[number];

/** What the command line gave for the settings the workbook may also hold. */
export interface GivenOnCommandLine {
  people: Readonly<Record<Person, string>>;
  garuda: boolean;
  totals: PublishedTotal[];
}

/** The documents' people, ครุฑ and published totals for the main run, and which came from the workbook. */
export interface RunSettings {
  people: Record<Person, string>;
  garuda: Garuda | null;
  totals: PublishedTotal[];
  /** The options whose value was taken from the settings the pane saved in the workbook (to say so). */
  fromWorkbook: string[];
}

/**
 * What the pane saved in the shared workbook (its people, its ครุฑ, the totals typed from ITAS), for each one the
 * command line does not give: the command line's value wins, field by field; the totals are the command line's when
 * it gives any (a total without a year is the latest year's, which the saved ones may also name).
 */
export function settingsForRun(saved: unknown, given: GivenOnCommandLine): RunSettings {
  const s = readSavedSettings(saved).settings;
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
  return { people, garuda, totals: given.totals.length > 0 ? given.totals : savedTotals, fromWorkbook };
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
