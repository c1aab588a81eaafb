import type { Lang } from "../analysis/messages";
import { type ParamsFor, catalogue } from "../i18n/catalogue";
import { PANE_TEXT } from "../i18n/paneText";

export type StringKey = keyof typeof PANE_TEXT;

/** The pane's words in the officer's language, by message id. */
export const translate = catalogue(PANE_TEXT);

/** The pane's words in one language, as a component uses them: `t("belowMark", { count, mark })`. */
export function textIn(lang: Lang) {
  return <K extends StringKey>(id: K, ...params: ParamsFor<(typeof PANE_TEXT)[K]>): string =>
    translate(lang, id, ...params);
}

/** Thai when Office (or the browser) speaks Thai, English otherwise. */
/** A workbook's size in words ("กำลังอ่าน 8 ชีต (320,000 เซลล์)…"), its figures grouped by thousands. */
export function sizeText(
  lang: Lang,
  id: "readingSize" | "analysing",
  size: { sheets: number; cells: number },
): string {
  return translate(lang, id, {
    sheets: size.sheets.toLocaleString("en-US"),
    cells: size.cells.toLocaleString("en-US"),
  });
}

export function languageOf(displayLanguage: string | undefined): Lang {
  return /^th/i.test(displayLanguage ?? "th") ? "th" : "en";
}

const LANG_KEY = "ita-analyzer.lang";

/** The language the officer chose with the ไทย | EN switch, remembered in this browser; else Office's. */
export function rememberedLanguage(fallback: Lang): Lang {
  try {
    const v = globalThis.localStorage?.getItem(LANG_KEY);
    return v === "th" || v === "en" ? v : fallback;
  } catch {
    return fallback; // storage blocked (private mode, old webview): Office's language is still right
  }
}

export function rememberLanguage(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // storage blocked: the switch still works for this session
  }
}
