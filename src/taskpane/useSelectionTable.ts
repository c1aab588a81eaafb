import { useState } from "react";
import type { SheetGrid } from "../analysis/grid";
import type { Lang } from "../analysis/messages";
import type { Yearless } from "./components/YearAsk";
import type { PaneHost, PaneSettings } from "./paneHost";
import type { Engine } from "./useEngine";

interface Args {
  host: PaneHost;
  engine: Engine;
  lang: Lang;
  grids: SheetGrid[] | null;
  settings: PaneSettings;
  setSettings(update: (s: PaneSettings) => PaneSettings): void;
  setGrids(g: SheetGrid[]): void;
  setNote(note: string): void;
  /** Shows the sources section, where the note and the new table are listed. */
  showSources(): void;
  fail(e: unknown): void;
}

/**
 * "ใช้ตารางที่เลือก": the selection is read as a table of its own and added when it is new. A table without a
 * year keeps the selection while its year is asked for; the year typed adds it (and is kept for such tables).
 */
export function useSelectionTable(a: Args) {
  const [yearless, setYearless] = useState<{ grid: SheetGrid; where: Yearless } | null>(null);
  const take = async (g: SheetGrid | null, year: number | null) => {
    const { found, note } = await a.engine.selection(g, a.grids ?? [], year, a.lang);
    a.setNote(note);
    setYearless(g && found.kind === "noYear" ? { grid: g, where: whereOf(found.where) } : null);
    if (found.kind !== "noYear") a.showSources();
    if (g && found.kind === "added") a.setGrids([...(a.grids ?? []), g]);
  };
  const read = a.host.readSelection;
  const addSelection = read
    ? () =>
        void read()
          .then((g) => take(g, a.settings.defaultYear))
          .catch(a.fail)
    : undefined;
  const setDefaultYear = (year: number | null) => {
    a.setSettings((s) => ({ ...s, defaultYear: year }));
    if (yearless && year !== null) take(yearless.grid, year).catch(a.fail);
  };
  return { addSelection, setDefaultYear, yearless: yearless?.where ?? null };
}

/** "ชีต!A1" as the sheet and the cell (a sheet's name may itself hold "!"). */
function whereOf(where: string): Yearless {
  const at = where.lastIndexOf("!");
  return { sheet: where.slice(0, at), cell: where.slice(at + 1) };
}
