import type { SheetGrid } from "./grid";
import { recogniseSheet } from "./recogniseSheet";
import type { Recognition } from "./types";

/** Recognises the score tables of every sheet (except the ones ITA Analyzer generated). */
export function recogniseWorkbook(grids: SheetGrid[]): Recognition {
  const out: Recognition = { tables: [], items: [], indicators: [], summaries: [], diagnostics: [] };
  for (const grid of grids) {
    const r = recogniseSheet(grid);
    out.tables.push(...r.tables);
    out.items.push(...r.items);
    out.indicators.push(...r.indicators);
    out.summaries.push(...r.summaries);
    out.diagnostics.push(...r.diagnostics);
  }
  return out;
}
