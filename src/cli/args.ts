import { type Entry, fill } from "../i18n/catalogue";
import type { Lang } from "../analysis/messages";
import type { PublishedTotal } from "../analysis/settings";
import { DEFAULTS } from "../ita/defaults";

export interface CliOptions {
  input: string;
  out: string | null;
  json: string | null;
  threshold: number | null;
  /** Below this score an item is urgent (--urgent-below; default 70). */
  urgentBelow: number | null;
  /** Read tables as the year they name even when their item titles are another year's list (--keep-year). */
  keepYear: boolean;
  /** Year of tables that name none. */
  year: number | null;
  lang: Lang;
  agency: string;
  font: string;
  thaiDigits: boolean;
  /** Totals (and levels) from ITAS for years whose sheets print none (--total [ปี:]คะแนน[:ระดับ], repeatable). */
  totals: PublishedTotal[];
  /** The level the planner plans for (--target ผ่านดี); the next one up by default. */
  target: string | null;
  /** Hidden sheets to read as scores (--include-hidden, repeatable). */
  includeHidden: string[];
  /** Overwrite an output file that is not an earlier output, or one holding work the input lacks. */
  force: boolean;
  /** Write the documents to a workbook of their own instead of a copy of the input. */
  separate: boolean;
  /** A workbook holding last year's measures sheet as adopted, for the results report. */
  previous: string | null;
  /** A PNG or JPEG file of the agency's ครุฑ, for the memos and the ประกาศ. */
  garuda: string | null;
  /** The people of the memos and signature blocks (blank: dotted lines to fill by hand). */
  division: string;
  writerName: string;
  writerPosition: string;
  divisionHeadName: string;
  divisionHeadPosition: string;
  chiefOfficerName: string;
  chiefOfficerPosition: string;
  executiveName: string;
  executivePosition: string;
  debug: boolean;
}

/** What is wrong with an option's value, in both languages (the error's `detail`). */
export const OPTION_DETAIL = {
  missingValue: { th: "ไม่ได้ใส่ค่า", en: "missing value" },
  unknownOption: { th: "ไม่มีตัวเลือกนี้", en: "unknown option" },
  year: { th: "ต้องเป็นปี พ.ศ. เช่น 2567", en: "a Buddhist-era year such as 2567" },
  score: { th: "ต้องเป็นตัวเลข 0 ถึง 100", en: "a number from 0 to 100" },
  lang: { th: "ใช้ th หรือ en", en: "th or en" },
  aboveMark: { th: "ต้องไม่เกินเกณฑ์ผ่าน ({mark})", en: "must not be above the pass mark ({mark})" },
  total: {
    th: "ใช้ [ปี:]คะแนน[:ระดับ] เช่น 92.93 หรือ 2567:92.93:ผ่านดี",
    en: "[year:]score[:level], e.g. 92.93 or 2567:92.93:ผ่านดี",
  },
  order: {
    th: "ใช้ total, change, below หรือ indicator:1 … indicator:10",
    en: "total, change, below or indicator:1 … indicator:10",
  },
} as const satisfies Record<string, Entry>;
export type OptionDetail = keyof typeof OPTION_DETAIL;

export function isOptionDetail(s: string | undefined): s is OptionDetail {
  return s !== undefined && Object.hasOwn(OPTION_DETAIL, s);
}

export class UsageError extends Error {
  constructor(
    readonly id: "error.usage" | "error.badOption",
    readonly params: Record<string, string> = {},
  ) {
    super(id);
  }
}

/** Options that take a text value, and the field each sets. */
const TEXT_OPTIONS = {
  "--out": "out",
  "--json": "json",
  "--agency": "agency",
  "--target": "target",
  "--font": "font",
  "--previous": "previous",
  "--garuda": "garuda",
  "--division": "division",
  "--writer": "writerName",
  "--writer-position": "writerPosition",
  "--division-head": "divisionHeadName",
  "--division-head-position": "divisionHeadPosition",
  "--chief-officer": "chiefOfficerName",
  "--chief-officer-position": "chiefOfficerPosition",
  "--executive": "executiveName",
  "--executive-position": "executivePosition",
} as const;

/** The option that sets a text field ("writerName" → "--writer"). */
export function optionFor(field: (typeof TEXT_OPTIONS)[keyof typeof TEXT_OPTIONS]): string {
  return Object.entries(TEXT_OPTIONS).find(([, f]) => f === field)![0];
}

const WITH_VALUE = new Set<string>([
  "--threshold",
  "--urgent-below",
  "--lang",
  "--year",
  "--include-hidden",
  "--total",
  ...Object.keys(TEXT_OPTIONS),
]);

export function parseArgs(argv: string[], defaultLang: Lang): CliOptions {
  const opts: CliOptions = {
    input: "",
    out: null,
    json: null,
    threshold: null,
    urgentBelow: null,
    keepYear: false,
    year: null,
    lang: defaultLang,
    agency: "",
    // Not given: the pane's saved font, else the default (savedForRun.ts).
    font: "",
    thaiDigits: false,
    separate: false,
    force: false,
    includeHidden: [],
    totals: [],
    target: null,
    previous: null,
    garuda: null,
    division: "",
    writerName: "",
    writerPosition: "",
    divisionHeadName: "",
    divisionHeadPosition: "",
    chiefOfficerName: "",
    chiefOfficerPosition: "",
    executiveName: "",
    executivePosition: "",
    debug: false,
  };
  const langAt = argv.indexOf("--lang");
  if (langAt >= 0 && (argv[langAt + 1] === "en" || argv[langAt + 1] === "th"))
    opts.lang = argv[langAt + 1] as Lang;
  opts.input = readOptions(
    argv,
    WITH_VALUE,
    {
      "--debug": () => (opts.debug = true),
      "--thai-digits": () => (opts.thaiDigits = true),
      "--separate": () => (opts.separate = true),
      "--force": () => (opts.force = true),
      "--keep-year": () => (opts.keepYear = true),
      "--help": () => {
        throw new UsageError("error.usage");
      },
      "-h": () => {
        throw new UsageError("error.usage");
      },
    },
    (flag, value) => set(opts, flag, value),
  );
  if (opts.input === "") throw new UsageError("error.usage");
  // Against the pass mark given; one saved in the workbook, or the default, is checked when the run takes it
  // (savedForRun.ts).
  if (opts.threshold !== null && opts.urgentBelow !== null && opts.urgentBelow > opts.threshold)
    throw badOption("--urgent-below", "aboveMark", { mark: String(opts.threshold) });
  return opts;
}

/** An option's value refused: `detail` in English in the error's params, both languages in its `detailId`. */
export function badOption(
  option: string,
  detail: OptionDetail,
  params: Record<string, string> = {},
): UsageError {
  return new UsageError("error.badOption", {
    option,
    detail: fill(OPTION_DETAIL[detail].en, params),
    detailId: detail,
    ...params,
  });
}

/**
 * Walks the arguments: a switch runs its action, an option with a value ("--out x" or "--out=x") is given to `set`,
 * and the one positional argument is returned ("" when none). A forgotten value (`--out --force`), an unknown
 * option or a second positional argument is a usage error.
 */
export function readOptions(
  argv: string[],
  withValue: Set<string>,
  switches: Record<string, () => void>,
  set: (flag: string, value: string) => void,
): string {
  let input = "";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const [flag, inline] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    if (Object.hasOwn(switches, flag)) switches[flag]!();
    else if (withValue.has(flag)) {
      const value = inline ?? argv[++i];
      // `--out --force` is a forgotten value, not a file named "--force".
      if (value === undefined || (inline === undefined && value.startsWith("--")))
        throw badOption(flag, "missingValue");
      set(flag, value);
    } else if (flag.startsWith("-") && flag !== "-") throw badOption(flag, "unknownOption");
    else if (input === "") input = a;
    else throw new UsageError("error.usage");
  }
  return input;
}

/** A Buddhist-era year option (--year), within the years the tool knows. */
export function yearOption(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < DEFAULTS.minYear || n > DEFAULTS.maxYear) throw badOption(flag, "year");
  return n;
}

/** A score option (--threshold, --urgent-below): a number from 0 to 100. */
export function scoreOption(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw badOption(flag, "score");
  return n;
}

/** --lang: th or en. */
export function langOption(flag: string, value: string): Lang {
  if (value !== "th" && value !== "en") throw badOption(flag, "lang");
  return value;
}

function set(opts: CliOptions, flag: string, value: string): void {
  if (flag in TEXT_OPTIONS) opts[TEXT_OPTIONS[flag as keyof typeof TEXT_OPTIONS]] = value;
  else if (flag === "--include-hidden") opts.includeHidden.push(value);
  else if (flag === "--total") opts.totals.push(parseTotal(value));
  else if (flag === "--lang") opts.lang = langOption(flag, value);
  else if (flag === "--year") opts.year = yearOption(flag, value);
  else if (flag === "--threshold") opts.threshold = scoreOption(flag, value);
  else if (flag === "--urgent-below") opts.urgentBelow = scoreOption(flag, value);
}

/** "92.93", "2566:88.81", "92.93:ผ่านดี" or "2566:88.81:ผ่านดี": a total from ITAS, its year (else the latest) and level. */
export function parseTotal(value: string): PublishedTotal {
  const parts = value.split(":").map((p) => p.trim());
  const isYear = (p: string | undefined) => p !== undefined && /^\d{4}$/.test(p);
  const year = parts.length === 3 || (parts.length === 2 && isYear(parts[0])) ? parts.shift()! : null;
  const [score, level] = parts;
  const total = Number(score);
  const bad = (detail: OptionDetail) => badOption("--total", detail);
  if (
    parts.length > 2 ||
    score === undefined ||
    score === "" ||
    (level !== undefined && /^[\d.]*$/.test(level)) ||
    !Number.isFinite(total) ||
    total < 0 ||
    total > 100
  )
    throw bad("total");
  let y: number | null = null;
  if (year !== null) {
    y = Number(year);
    if (!isYear(year) || y < DEFAULTS.minYear || y > DEFAULTS.maxYear) throw bad("year");
  }
  return { year: y, total, level: level ? level : null };
}
