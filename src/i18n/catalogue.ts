import type { Lang } from "./lang";

/** One message in both languages; `{name}` marks a parameter. */
export interface Entry {
  readonly th: string;
  readonly en: string;
}

/** The `{name}` parameters a message text asks for, as a union of names. */
export type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | ParamNames<Rest>
  : never;

/** The parameters an entry needs: none, or an object naming every one of them. */
export type ParamsFor<E extends Entry> = [ParamNames<E["th"]> | ParamNames<E["en"]>] extends [never]
  ? []
  : [Record<ParamNames<E["th"]> | ParamNames<E["en"]>, string | number>];

export type Params = Record<string, string | number>;

/** Fills `{name}` parameters; a missing one stays visible as `{name}` rather than vanishing. */
export function fill(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, k: string) =>
    params[k] !== undefined ? String(params[k]) : whole,
  );
}

/**
 * A message catalogue typed by message id and parameters: an id it does not hold, or a missing or misspelt
 * parameter, does not compile. The pane, the CLI and the sheets can each define their entries with it.
 */
export function catalogue<const T extends Record<string, Entry>>(entries: T) {
  const text = (lang: Lang, id: string): string => {
    const e: Entry | undefined = entries[id];
    return e ? e[lang] : id;
  };
  return <K extends keyof T & string>(lang: Lang, id: K, ...params: ParamsFor<T[K]>): string =>
    fill(text(lang, id), params[0] ?? {});
}
