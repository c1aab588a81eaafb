import { FACTS } from "../ita/catalog";
import labels from "../ita/labels.json";
import { memoByKey } from "./memo";
import { matchKey } from "./text";

const ALIASES: Record<string, string[]> = labels.indicatorAliases;

/** Every name an indicator goes by (the catalogue's, then the officers' other names), as match keys. */
export const indicatorNameKeys = memoByKey((n: number): string[] => {
  const def = FACTS.indicators.find((i) => i.number === n);
  return [def?.name ?? "", ...(ALIASES[String(n)] ?? [])].map(matchKey).filter((x) => x.length > 0);
});

/**
 * True when the text after "ตัวชี้วัดที่ N" is empty or names ITA indicator N, so that a KPI sheet's
 * "ตัวชี้วัดที่ 1 ร้อยละของโครงการ…" is not read as an ITA indicator.
 */
export function indicatorNameMatches(n: number, rest: string): boolean {
  const r = matchKey(rest).replace(/^(คะแนน|ได้)/, "");
  if (r.length <= 3) return true;
  return indicatorNameKeys(n).some((name) => r.startsWith(name) || name.startsWith(r));
}

/** What may follow an indicator's bare name in a label: nothing, its instrument, or "คะแนน". */
const NAME_TAIL = /^(?:(?:IIT|EIT|OIT)|คะแนน)?$/i;

/** The indicator whose name (or other name) the whole label is, e.g. "การป้องกันการทุจริต(OIT)". */
export function indicatorByName(text: string): number | null {
  const key = matchKey(text);
  let best: { n: number; length: number } | null = null;
  for (const ind of FACTS.indicators) {
    for (const name of indicatorNameKeys(ind.number)) {
      if (key.startsWith(name) && NAME_TAIL.test(key.slice(name.length)))
        if (!best || name.length > best.length) best = { n: ind.number, length: name.length };
    }
  }
  return best?.n ?? null;
}
