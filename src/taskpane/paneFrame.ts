import type { Lang } from "../analysis/messages";

/**
 * Where the pane leaves the language and theme its frame (taskpane.html's header and spinner, shown before any
 * script of the pane has run) is drawn in the next time: assets/frame.js reads it, before Office.js is ready.
 */
export const FRAME_KEY = "ita-analyzer.frame";

/** The frame's look for the next opening: "th-light", "en-dark", … */
export function frameLook(lang: Lang, dark: boolean): string {
  return `${lang}-${dark ? "dark" : "light"}`;
}

export function rememberFrame(lang: Lang, dark: boolean): void {
  try {
    globalThis.localStorage?.setItem(FRAME_KEY, frameLook(lang, dark));
  } catch {
    // storage blocked: the next frame is drawn in Thai and light, as taskpane.html has it
  }
}

/** The language the frame is drawn in (assets/frame.js marked the page), for a message that replaces it. */
export function frameLanguage(): Lang {
  return document.documentElement.classList.contains("ita-en") ? "en" : "th";
}
