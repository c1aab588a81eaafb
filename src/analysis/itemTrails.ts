import { PreviousItemFinder } from "./previousItem";
import type { ResolvedItem } from "./resolveItems";
import type { Diagnostic } from "./types";

/** One year of an item followed back: its code that year, its score, and how it was found from the year after. */
export interface TrailStep {
  year: number;
  code: string;
  score: number;
  /** same: the same number in the same list; crosswalk: through a renumbering; merged: the mean of several. */
  hop: "latest" | "same" | "crosswalk" | "merged";
  /** The codes merged into the year after (2568 O21 and O22 into 2569 O20); the trail stops there. */
  merged?: string[];
}

export interface ItemTrail {
  /** The item's code in the latest year. */
  code: string;
  /** Latest first, then each earlier year the item is found in, hop by hop. */
  steps: TrailStep[];
}

/**
 * Each latest item followed back year by year across renumberings (2569 → 2568 → 2567 → 2566 → 2565), chaining
 * the crosswalks of each pair of years; each hop says how it was made. A trail stops where an item has no
 * counterpart or where several items were merged into one. The finder's own notes (a crosswalk used) are the
 * hops themselves here, so they are kept with the trail, not said again.
 */
export function itemTrails(items: ResolvedItem[], latest: ResolvedItem[]): ItemTrail[] {
  const hops: Diagnostic[] = [];
  const finder = new PreviousItemFinder(items, hops);
  return latest.map((it) => {
    const steps: TrailStep[] = [{ year: it.year, code: it.code, score: it.score, hop: "latest" }];
    let at = it;
    for (let guard = 0; guard < 20; guard++) {
      const prev = finder.find(at);
      if (!prev) break;
      if (prev.merged) {
        steps.push({
          year: prev.item.year,
          code: prev.merged.map((m) => m.code).join("+"),
          score: prev.item.score,
          hop: "merged",
          merged: prev.merged.map((m) => m.code),
        });
        break;
      }
      steps.push({
        year: prev.item.year,
        code: prev.item.code,
        score: prev.item.score,
        hop: prev.viaCrosswalk ? "crosswalk" : "same",
      });
      at = prev.item;
    }
    return { code: it.code, steps };
  });
}
