import type { Entry } from "../i18n/catalogue";
import type { Lang } from "../i18n/lang";
import { ENGINE_MESSAGES, messageText } from "../i18n/messages";
import { partNames } from "../i18n/partText";

export type { Lang } from "../i18n/lang";
export { partNames };

/** Every message the engine and the CLI show, looked up by a run-time id (the catalogue lives in src/i18n). */
export const MESSAGES: Readonly<Record<string, Entry>> = ENGINE_MESSAGES;

/** A diagnostic's text in the user's language; delegates to the one message catalogue in src/i18n. */
export function message(id: string, params: Record<string, string | number>, lang: Lang): string {
  return messageText(id, params, lang);
}
