import type { Lang } from "../analysis/messages";
import { translate } from "./i18n";
import { PaneError } from "./paneHost";

/** A failure in the officer's words: what happened and what to do. */
export function errorText(lang: Lang, e: unknown): string {
  if (e instanceof PaneError && e.kind !== "unexpected")
    return translate(lang, e.kind) + (e.detail ? ` (${e.detail})` : "");
  return translate(lang, "unexpected", { detail: e instanceof Error ? e.message : String(e) });
}
