import type { Lang } from "../analysis/messages";
import { type CompareOrder, isCompareOrder } from "../compare/compareOrder";
import { DEFAULTS } from "../ita/defaults";
import { UsageError } from "./args";

export interface CompareOptions {
  /** A workbook holding several agencies, or a folder of agencies' workbooks. */
  input: string;
  out: string | null;
  json: string | null;
  order: CompareOrder;
  /** The year of tables that name none. */
  year: number | null;
  threshold: number;
  lang: Lang;
  font: string;
  thaiDigits: boolean;
  force: boolean;
}

const WITH_VALUE = new Set(["--out", "--json", "--sort", "--year", "--threshold", "--lang", "--font"]);

/** `compare <workbook|folder> [--out file] [--json file|-] [--sort total|change|below|indicator:N] …`. */
export function parseCompareArgs(argv: string[], defaultLang: Lang): CompareOptions {
  const opts: CompareOptions = {
    input: "",
    out: null,
    json: null,
    order: "total",
    year: null,
    threshold: DEFAULTS.passMark,
    lang: defaultLang,
    font: DEFAULTS.fontName,
    thaiDigits: false,
    force: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const [flag, inline] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    if (flag === "--force") opts.force = true;
    else if (flag === "--thai-digits") opts.thaiDigits = true;
    else if (flag === "--debug") continue;
    else if (WITH_VALUE.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith("--")))
        throw new UsageError("error.badOption", { option: flag, detail: "missing value" });
      set(opts, flag, value);
    } else if (flag.startsWith("-") && flag !== "-")
      throw new UsageError("error.badOption", { option: flag, detail: "unknown option" });
    else if (opts.input === "") opts.input = a;
    else throw new UsageError("error.usage");
  }
  if (opts.input === "") throw new UsageError("error.usage");
  return opts;
}

function set(opts: CompareOptions, flag: string, value: string): void {
  if (flag === "--out") opts.out = value;
  else if (flag === "--json") opts.json = value;
  else if (flag === "--font") opts.font = value;
  else if (flag === "--sort") {
    if (!isCompareOrder(value))
      throw new UsageError("error.badOption", {
        option: flag,
        detail: "total, change, below or indicator:1 … indicator:10",
      });
    opts.order = value;
  } else if (flag === "--lang") {
    if (value !== "th" && value !== "en")
      throw new UsageError("error.badOption", { option: flag, detail: "th or en" });
    opts.lang = value;
  } else if (flag === "--year") {
    const n = Number(value);
    if (!Number.isInteger(n) || n < DEFAULTS.minYear || n > DEFAULTS.maxYear)
      throw new UsageError("error.badOption", { option: flag, detail: "a Buddhist-era year such as 2567" });
    opts.year = n;
  } else if (flag === "--threshold") {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0 || n > 100)
      throw new UsageError("error.badOption", { option: flag, detail: "a number from 0 to 100" });
    opts.threshold = n;
  }
}
