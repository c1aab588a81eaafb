import type { Lang } from "../analysis/messages";
import type { Entry } from "../i18n/catalogue";
import { cliText } from "../i18n/cliText";
import { OPTION_TEXT } from "../i18n/optionText";
import { compareCliText } from "../i18n/compareCliText";

/** One option of the CLI, as the usage text lists it. */
interface OptionHelp extends Entry {
  flag: string;
}

/** Every option of the CLI, in the order --help prints them (their texts live in src/i18n/optionText.ts). */
export const OPTIONS: OptionHelp[] = Object.entries(OPTION_TEXT).map(([flag, text]) => ({ flag, ...text }));

/** The usage text printed by --help (to standard output) and after a usage error (to standard error). */
export function usageText(lang: Lang): string {
  const head = cliText(lang, "usageHead");
  const width = Math.max(...OPTIONS.map((o) => o.flag.length)) + 2;
  const lines = OPTIONS.map((o) => `  ${o.flag.padEnd(width)}${o[lang]}`);
  return `${head}\n${lines.join("\n")}\n${compareCliText(lang, "usage")}\n`;
}
