import { isGaruda } from "../sheets/garuda";
import { DEFAULT_PANE_SETTINGS, type PaneSettings } from "./paneHost";

/** The settings a workbook holds, as far as they can be used, and what could not be. */
export interface SavedSettings {
  settings: Partial<PaneSettings>;
  /** The saved text is not settings at all (broken JSON, not an object): every field is at its default. */
  unreadable: boolean;
  /** Fields saved with a value this version cannot use (another version's shape, a damaged file). */
  dropped: string[];
}

type Check = (v: unknown, s: Partial<PaneSettings>) => boolean;
const isText: Check = (v) => typeof v === "string";
const isYear: Check = (v) =>
  v === null || (Number.isInteger(v) && (v as number) >= 2500 && (v as number) <= 2700);
const isMark: Check = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100;
const isTextList: Check = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");

/** Each field's rule; a field is kept only if it passes, so one bad field never costs the others. */
const RULES: { [K in keyof PaneSettings]: Check } = {
  threshold: isMark,
  agency: isText,
  font: (v) => v === "TH SarabunPSK" || v === "TH Sarabun New",
  thaiDigits: (v) => typeof v === "boolean",
  fiscalYear: isYear,
  defaultYear: isYear,
  excludedTables: isTextList,
  includeHidden: isTextList,
  urgentBelow: (v, s) => isMark(v, s) && (v as number) <= (s.threshold ?? DEFAULT_PANE_SETTINGS.threshold),
  division: isText,
  writerName: isText,
  writerPosition: isText,
  divisionHeadName: isText,
  divisionHeadPosition: isText,
  chiefOfficerName: isText,
  chiefOfficerPosition: isText,
  executiveName: isText,
  executivePosition: isText,
  documents: (v) => v === null || isTextList(v, {}),
  garuda: (v) => v === null || isGaruda(v),
  publishedTotals: (v) =>
    Array.isArray(v) &&
    v.every(
      (t: unknown) =>
        typeof t === "object" &&
        t !== null &&
        isYear((t as Record<string, unknown>).year, {}) &&
        (t as Record<string, unknown>).year !== null &&
        isMark((t as Record<string, unknown>).total, {}) &&
        ((t as Record<string, unknown>).level === null || isText((t as Record<string, unknown>).level, {})),
    ),
};

/**
 * Reads what a shared workbook saved — as text (Office's workbook settings) or as an object — never failing: a
 * colleague's older or newer version, or a damaged value, falls back to the defaults field by field, and says which.
 */
export function readSavedSettings(raw: unknown): SavedSettings {
  if (raw === null || raw === undefined) return { settings: {}, unreadable: false, dropped: [] };
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return { settings: {}, unreadable: true, dropped: [] };
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { settings: {}, unreadable: true, dropped: [] };
  const saved = value as Record<string, unknown>;
  const settings: Partial<PaneSettings> = {};
  const dropped: string[] = [];
  // The pass mark first: the urgent mark is checked against it.
  for (const key of [
    "threshold",
    ...Object.keys(RULES).filter((k) => k !== "threshold"),
  ] as (keyof PaneSettings)[]) {
    if (!(key in saved)) continue;
    if (RULES[key](saved[key], settings)) Object.assign(settings, { [key]: saved[key] });
    else dropped.push(key);
  }
  return { settings, unreadable: false, dropped };
}
