import { type SheetGrid, transpose } from "./grid";
import { sweepLedger } from "./ledger";
import { indexTable } from "./earlyFramework";
import { type RecogniseOptions, emptyRecognition, recogniseSheet } from "./recogniseSheet";
import type { Recognition } from "./types";

/**
 * A sheet with no table read across is tried with years down and labels across (a transposed summary). Read
 * neither way, it keeps what each view said of the tables it found (a table with no year is refused by the view
 * it is laid out for; the two views never name the same cell).
 */
function recogniseEitherWay(grid: SheetGrid, options: RecogniseOptions): Recognition {
  const across = recogniseSheet(grid, options);
  if (across.tables.length > 0 || grid.generated || grid.copiedDocument) return across;
  const down = recogniseSheet(transpose(grid), options);
  if (down.tables.length > 0) return down;
  return { ...across, diagnostics: [...across.diagnostics, ...down.diagnostics] };
}

/** One sheet through every stage: recognition, then the ledger sweep over what it left unread. */
function recogniseAndSweep(grid: SheetGrid, options: RecogniseOptions): Recognition {
  const rec = recogniseEitherWay(grid, options);
  const index = indexTable(grid);
  return { ...rec, diagnostics: [...rec.diagnostics, ...(index ? [index] : []), ...sweepLedger(grid, rec)] };
}

/** Whether a sheet is read as scores: visible, or hidden and included by the officer; never very hidden. */
export function readsAsScores(g: SheetGrid, options: RecogniseOptions): boolean {
  return !g.hidden || (g.hidden === "hidden" && (options.includeHidden ?? []).includes(g.name));
}

/**
 * A hidden sheet left out that holds a score table is named once, so its scores are never silently missing; a
 * stale very hidden copy never decides the numbers.
 */
function hiddenNotRead(g: SheetGrid, options: RecogniseOptions): Recognition["diagnostics"] {
  if (recogniseEitherWay(g, options).tables.length === 0) return [];
  const id = g.hidden === "veryHidden" ? "veryHiddenNotRead" : "hiddenNotRead";
  return [{ level: "warning", sheet: g.name, cell: null, id, params: { sheet: g.name } }];
}

/** A document the tool wrote in another workbook: the officer's sheet, said once. */
function copied(g: SheetGrid): Recognition["diagnostics"][number] {
  return { level: "info", sheet: g.name, cell: null, id: "copiedDocument", params: { sheet: g.name } };
}

/** Recognises the score tables of every sheet read as scores (not generated, not hidden unless included). */
export function recogniseWorkbook(grids: SheetGrid[], options: RecogniseOptions = {}): Recognition {
  const parts = grids.map((g) =>
    g.copiedDocument
      ? emptyRecognition([copied(g)])
      : readsAsScores(g, options)
        ? recogniseAndSweep(g, options)
        : emptyRecognition(g.generated ? [] : hiddenNotRead(g, options)),
  );
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
