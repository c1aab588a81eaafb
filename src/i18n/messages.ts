import { type Entry, type Params, catalogue, fill } from "./catalogue";
import { COMPARE_TEXT } from "./compareText";
import { DOMAIN_TEXT } from "./domainText";
import { ENGINE_TEXT } from "./engineText";
import { FILE_TEXT } from "./fileText";
import type { Lang } from "./lang";
import { READING_TEXT } from "./readingText";

/** Every message the engine and the CLI show, in Thai and English, by message id. */
export const ENGINE_MESSAGES = {
  ...DOMAIN_TEXT,
  ...READING_TEXT,
  ...FILE_TEXT,
  ...ENGINE_TEXT,
  ...COMPARE_TEXT,
} as const satisfies Record<string, Entry>;

export type MessageId = keyof typeof ENGINE_MESSAGES;

/** An engine message by id, type-checked: an unknown id or a missing parameter does not compile. */
export const translateMessage = catalogue(ENGINE_MESSAGES);

export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(ENGINE_MESSAGES, id);
}

/**
 * An engine message by an id only known at run time (a diagnostic's id). An unknown id is shown as itself,
 * and a missing parameter stays visible as `{name}`, so nothing vanishes silently.
 */
export function messageText(id: string, params: Params, lang: Lang): string {
  return isMessageId(id) ? fill(ENGINE_MESSAGES[id][lang], params) : id;
}
