import type { SheetGrid } from "./grid";
import { recogniseSheet } from "./recogniseSheet";
import type { Recognition } from "./types";

/** Recognises the score tables of every sheet (except the ones ITA Analyzer generated). */
export function recogniseWorkbook(grids: SheetGrid[]): Recognition {
  const parts = grids.map(recogniseSheet);
  // concat, not push(...): a sheet of 100,000 rows would overflow the call stack.
  const all = <K extends keyof Recognition>(key: K) =>
    ([] as Recognition[K][number][]).concat(...parts.map((p) => p[key])) as Recognition[K];
  return {
    tables: all("tables"),
    items: all("items"),
    indicators: all("indicators"),
    summaries: all("summaries"),
    diagnostics: all("diagnostics"),
  };
}
