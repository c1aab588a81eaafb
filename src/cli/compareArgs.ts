import type { Lang } from "../analysis/messages";
import { type CompareOrder, isCompareOrder } from "../compare/compareOrder";
import { DEFAULTS } from "../ita/defaults";
import { UsageError, badOption, langOption, readOptions, scoreOption, yearOption } from "./args";

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
  opts.input = readOptions(
    argv,
    WITH_VALUE,
    {
      "--force": () => (opts.force = true),
      "--thai-digits": () => (opts.thaiDigits = true),
      "--debug": () => undefined,
    },
    (flag, value) => set(opts, flag, value),
  );
  if (opts.input === "") throw new UsageError("error.usage");
  return opts;
}

function set(opts: CompareOptions, flag: string, value: string): void {
  if (flag === "--out") opts.out = value;
  else if (flag === "--json") opts.json = value;
  else if (flag === "--font") opts.font = value;
  else if (flag === "--sort") {
    if (!isCompareOrder(value)) throw badOption(flag, "order");
    opts.order = value;
  } else if (flag === "--lang") opts.lang = langOption(flag, value);
  else if (flag === "--year") opts.year = yearOption(flag, value);
  else if (flag === "--threshold") opts.threshold = scoreOption(flag, value);
}
