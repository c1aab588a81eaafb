import { FACTS } from "../ita/catalog";
import type { Instrument, ItemList } from "../ita/types";
import { memoByKey } from "./memo";
import { normaliseText } from "./text";

/** A title reduced for comparison: no spaces, punctuation or ellipses; lower case. */
export const titleKey = memoByKey((s: string): string =>
  normaliseText(s)
    .replace(/[\s.…,:;'"“”()\-–/]+/g, "")
    .toLowerCase(),
);

const bigrams = memoByKey((s: string): Map<string, number> => {
  const m = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
  return m;
});

/** Dice similarity of character pairs of at least `bar` (0–1). */
function diceAtLeast(a: string, b: string, bar: number): boolean {
  const total = a.length - 1 + (b.length - 1);
  // At most every pair of the shorter string is shared: a bound that spares counting most pairs of titles.
  // It only skips work (the count below gives the same answer), so its mutants are equivalent.
  // Stryker disable next-line all
  if (total <= 0 || (2 * Math.min(a.length - 1, b.length - 1)) / total < bar) return false;
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  for (const [k, n] of x) common += Math.min(n, y.get(k) ?? 0);
  return (2 * common) / total >= bar;
}

/** True when a title typed in a sheet names the catalogue topic (typos, line breaks and short forms allowed). */
export function titlesMatch(typed: string | null, topic: string | null): boolean {
  if (!typed || !topic) return false;
  const a = titleKey(typed);
  return topicForms(topic).some((b) => sameTitle(a, b));
}

/** The catalogue's topics carry notes in brackets ("(unchanged, assumed)") or a short form ("(E-Service)"). */
const topicForms = memoByKey((topic: string): string[] => {
  const inBrackets = /\(([^)]*)\)/.exec(topic)?.[1] ?? "";
  return [topic, topic.replace(/\([^)]*\)/g, ""), inBrackets].map(titleKey);
});

function sameTitle(a: string, b: string): boolean {
  if (a.length < 3 || b.length < 3) return false;
  if (a === b) return true;
  // One holds the other (a line dropped, a note added), and they are of comparable length: "การให้บริการ" does
  // not name every item that mentions service.
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length >= 6 && short.length >= 0.6 * long.length && long.includes(short)) return true;
  return diceAtLeast(a, b, 0.75);
}

/** The item of `list` whose topic the title names, if exactly one does. */
export function itemNamedBy(list: ItemList, title: string | null): number | null {
  const hits = list.items.filter((it) => titlesMatch(title, it.topic));
  return hits.length === 1 ? hits[0]!.n : null;
}

/** The catalogue's item lists of one instrument, with their ids. */
export function listsOf(instrument: Instrument): [string, ItemList][] {
  return Object.entries(FACTS.lists).filter(([, l]) => l.instrument === instrument);
}

/** How many (number, title) pairs name the item of that number in `list`. */
export function titleMatches(list: ItemList, rows: { number: number; title: string | null }[]): number {
  return rows.filter((r) => titlesMatch(r.title, list.items.find((it) => it.n === r.number)?.topic ?? null))
    .length;
}

/**
 * True when a typed title is the catalogue's wording with obvious noise: the same text but for spacing and a few
 * characters (an OCR'd tone mark lost, ซ for ช), of about the same length — not a title the officer reworded.
 */
export function noisyCopyOf(typed: string, wording: string): boolean {
  const spaced = (s: string) => normaliseText(s).replace(/\s+/g, " ").trim();
  if (spaced(typed) === spaced(wording)) return false;
  const [a, b] = [titleKey(typed), titleKey(wording)];
  if (a.length < 10 || b.length < 10) return false;
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 0.9 * Math.max(a.length, b.length) && diceAtLeast(a, b, 0.85);
}
