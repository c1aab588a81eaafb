import { crosswalkBetween } from "../ita/catalog";
import type { Instrument } from "../ita/types";
import { formatCode } from "./parseItemCode";
import { mean, round2 } from "./round";
import type { ResolvedItem } from "./resolveItems";
import { titlesMatch } from "./titleMatch";
import type { Diagnostic } from "./types";

export interface PreviousMatch {
  item: ResolvedItem;
  viaCrosswalk: boolean;
  /** The previous year's items merged into this one, when two or more were (item's score is then their mean). */
  merged?: ResolvedItem[];
}

/**
 * Finds an item's counterpart in an earlier year: the same number when both years share an item list,
 * otherwise through the crosswalk between the two lists; none when no crosswalk entry exists.
 */
export class PreviousItemFinder {
  private readonly byYear = new Map<number, ResolvedItem[]>();
  private readonly noted = new Set<string>();
  /** Items whose counterpart the previous year lacks, by instrument and year pair (said once per group). */
  private readonly lacking = new Map<string, { item: ResolvedItem; prevYear: number; code: string }[]>();

  constructor(
    items: ResolvedItem[],
    private readonly diagnostics: Diagnostic[],
  ) {
    for (const it of items) {
      const list = this.byYear.get(it.year);
      if (list) list.push(it);
      else this.byYear.set(it.year, [it]);
    }
  }

  /** The latest year before `year` that has items of this instrument. */
  previousYear(year: number, instrument: Instrument): number | null {
    const years = [...this.byYear.keys()].filter(
      (y) => y < year && this.byYear.get(y)!.some((i) => i.instrument === instrument),
    );
    return years.length ? Math.max(...years) : null;
  }

  find(item: ResolvedItem): PreviousMatch | null {
    const prevYear = this.previousYear(item.year, item.instrument);
    if (prevYear === null) return null;
    const prevList = this.byYear.get(prevYear)!.find((i) => i.instrument === item.instrument)?.listId ?? null;
    let number = item.number;
    let viaCrosswalk = false;
    if (prevList !== item.listId) {
      const cw = prevList && item.listId ? crosswalkBetween(prevList, item.listId) : undefined;
      const pairs = cw?.pairs.filter(([, to]) => to === item.number) ?? [];
      this.note(cw ? "crosswalkUsed" : "noCrosswalk", item.instrument, prevYear, item.year);
      if (pairs.length === 0) return this.byTypedTitle(item, prevYear);
      if (pairs.length > 1)
        return this.merged(
          item,
          prevYear,
          pairs.map(([from]) => from),
        );
      number = pairs[0]![0];
      viaCrosswalk = true;
    }
    const candidates = this.byYear
      .get(prevYear)!
      .filter((i) => i.instrument === item.instrument && i.number === number);
    const exact = candidates.find((c) => c.channel === item.channel);
    if (exact) return { item: exact, viaCrosswalk };
    const plain = candidates.find((c) => c.channel === null);
    if (plain) return { item: plain, viaCrosswalk };
    if (candidates.length === 1 && item.channel === null) return { item: candidates[0]!, viaCrosswalk };
    if (candidates.length === 0) {
      const key = `${item.instrument}|${prevYear}|${item.year}`;
      const code = formatCode(item.instrument, item.channel, number);
      this.lacking.set(key, [...(this.lacking.get(key) ?? []), { item, prevYear, code }]);
    }
    if (candidates.length > 1) {
      this.diagnostics.push({
        level: "info",
        sheet: item.sheet,
        cell: item.labelCell,
        id: "ambiguousChannel",
        params: { code: formatCode(item.instrument, item.channel, item.number) },
      });
    }
    return null;
  }

  /**
   * Says, once per instrument and year, which items have no score in the previous year (an empty cell, a row
   * not typed), so a missing change is never unexplained. Call after every `find`.
   */
  sayLacking(): void {
    for (const group of this.lacking.values()) {
      const { item, prevYear } = group[0]!;
      this.diagnostics.push({
        level: "info",
        sheet: item.sheet,
        cell: group.length === 1 ? item.labelCell : null,
        id: "noPreviousScore",
        params: {
          instrument: item.instrument,
          year: item.year,
          previousYear: prevYear,
          count: group.length,
          codes: group.map((g) => g.code).join(", "),
        },
      });
    }
    this.lacking.clear();
  }

  /**
   * No catalogue pair (e.g. 2568 o5–o7, whose titles are unknown): the previous year's item whose title, as
   * typed in the sheet, is the same as this one's — said as a comparison across frameworks.
   */
  private byTypedTitle(item: ResolvedItem, prevYear: number): PreviousMatch | null {
    if (!item.title) return null;
    const same = this.byYear
      .get(prevYear)!
      .filter(
        (p) =>
          p.instrument === item.instrument && p.channel === item.channel && titlesMatch(p.title, item.title),
      );
    if (same.length !== 1) return null;
    const prev = same[0]!;
    this.diagnostics.push({
      level: "info",
      sheet: item.sheet,
      cell: item.labelCell,
      id: "comparedByTitle",
      params: { code: item.code, year: item.year, previous: prev.code, previousYear: prevYear },
    });
    return { item: prev, viaCrosswalk: true };
  }

  /**
   * An item two or more of last year's were merged into: compared with their mean, and said, naming each. When only
   * one of them has a score, that one is the comparison (and the missing one is said).
   */
  private merged(item: ResolvedItem, prevYear: number, numbers: number[]): PreviousMatch | null {
    const found = numbers.flatMap((n) => {
      const c = this.byYear.get(prevYear)!.filter((i) => i.instrument === item.instrument && i.number === n);
      const one = c.find((x) => x.channel === item.channel) ?? c.find((x) => x.channel === null) ?? c[0];
      return one ? [one] : [];
    });
    if (found.length === 0) return null;
    const codes = numbers.map((n) => formatCode(item.instrument, item.channel, n));
    this.diagnostics.push({
      level: "info",
      sheet: item.sheet,
      cell: item.labelCell,
      id: found.length > 1 ? "mergedItemCompared" : "mergedItemPartly",
      params: {
        code: item.code,
        year: item.year,
        previous: joinThai(codes),
        previousYear: prevYear,
        found: joinThai(found.map((f) => f.code)),
      },
    });
    if (found.length === 1) return { item: found[0]!, viaCrosswalk: true };
    const score = round2(mean(found.map((f) => f.score)));
    return { item: { ...found[0]!, score }, viaCrosswalk: true, merged: found };
  }

  private note(id: string, instrument: Instrument, from: number, to: number): void {
    const key = `${id}|${instrument}|${from}|${to}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    // The crosswalk's source and confidence are catalogue notes in English: kept in the catalogue, not said.
    const params = { instrument, from, to };
    this.diagnostics.push({ level: "info", sheet: null, cell: null, id, params });
  }
}

/** "O21 และ O22", "O1, O2 และ O3". */
export function joinThai(codes: string[]): string {
  return codes.length < 2
    ? (codes[0] ?? "")
    : `${codes.slice(0, -1).join(", ")} และ ${codes[codes.length - 1]}`;
}
