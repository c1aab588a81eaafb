import type { Lang } from "../analysis/messages";

/** One message in both languages; `{name}` marks a parameter. */
export interface Entry {
  th: string;
  en: string;
}

export type Params = Record<string, string | number>;

/** Fills `{name}` parameters; a missing one stays visible as `{name}` rather than vanishing. */
export function fill(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));
}

/**
 * A message catalogue typed by message id: asking for an id it does not hold does not compile. The pane, the
 * CLI and the sheets can each define their entries with it and share one lookup.
 */
export function catalogue<K extends string>(entries: Record<K, Entry>) {
  return (lang: Lang, id: K, params: Params = {}): string => fill(entries[id][lang], params);
}
