import { type SheetGrid, transpose } from "./grid";
import { sweepLedger } from "./ledger";
import { type RecogniseOptions, recogniseSheet } from "./recogniseSheet";
import type { Recognition } from "./types";

/**
 * A sheet with no table read across is tried with years down and labels across (a transposed summary). Read
 * neither way, it keeps what each view said of the tables it found (a table with no year is refused by the view
 * it is laid out for; the two views never name the same cell).
 */
function recogniseEitherWay(grid: SheetGrid, options: RecogniseOptions): Recognition {
  const across = recogniseSheet(grid, options);
  if (across.tables.length > 0 || grid.generated) return across;
  const down = recogniseSheet(transpose(grid), options);
  if (down.tables.length > 0) return down;
  return { ...across, diagnostics: [...across.diagnostics, ...down.diagnostics] };
}

/** One sheet through every stage: recognition, then the ledger sweep over what it left unread. */
function recogniseAndSweep(grid: SheetGrid, options: RecogniseOptions): Recognition {
  const rec = recogniseEitherWay(grid, options);
  return { ...rec, diagnostics: [...rec.diagnostics, ...sweepLedger(grid, rec)] };
}

/** Recognises the score tables of every sheet (except the ones ITA Analyzer generated). */
export function recogniseWorkbook(grids: SheetGrid[], options: RecogniseOptions = {}): Recognition {
  const parts = grids.map((g) => recogniseAndSweep(g, options));
  // concat, not push(...): a sheet of 100,000 rows would overflow the call stack.
  const all = <K extends keyof Recognition>(key: K) =>
    ([] as Recognition[K][number][]).concat(...parts.map((p) => p[key])) as Recognition[K];
  return {
    tables: all("tables"),
    items: all("items"),
    indicators: all("indicators"),
    summaries: all("summaries"),
    levels: all("levels"),
    diagnostics: all("diagnostics"),
  };
}
