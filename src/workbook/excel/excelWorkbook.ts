import type { SheetGrid } from "../../analysis/grid";
import { validSheetName } from "../../sheets/sheetName";
import type { SheetSpec } from "../../sheets/sheetSpec";
import { markerName, sheetOfReference } from "../markers";
import { MARKER_PREFIX, type WorkbookPort } from "../port";
import type { ExcelContextLike, ExcelRunner, WorksheetLike } from "./excelApi";
import { MAX_PAYLOAD_BYTES, type ReadStats, readGrids } from "./readGrids";
import { toGridRow } from "./toGridValue";
import { specValues, writeChart, writeFormats, writeValues } from "./writeSpecs";

/** The workbook or a sheet the documents must replace is protected. */
export class ProtectedError extends Error {
  constructor(readonly sheet: string | null) {
    super(sheet ? `sheet ${sheet} is protected` : "workbook is protected");
  }
}

const SETTINGS_KEY = "ITAAnalyzer.settings";
const TEMP_PREFIX = "~ITA ";

/**
 * The Office.js adapter: the same port as the exceljs one. Reads in a constant number of round-trips; writes
 * new sheets under temporary names (values, then formats), and only then replaces the old generated sheets
 * and renames — on any error the temporary sheets are removed, so the workbook stays as it was.
 */
export class ExcelWorkbook implements WorkbookPort {
  readonly stats: ReadStats = { cellsFromNonScoreSheets: 0 };

  constructor(
    private readonly run: ExcelRunner,
    private readonly supports: (set: string, version: string) => boolean = () => true,
  ) {}

  readGrids(): Promise<SheetGrid[]> {
    return this.run((context) => readGrids(context, this.stats));
  }

  writeSheets(specs: SheetSpec[]): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const names = context.workbook.names;
      names.load("items/name,items/value");
      context.workbook.protection.load("protected");
      await context.sync();
      if (context.workbook.protection.protected) throw new ProtectedError(null);
      const old = names.items.filter((n) => n.name.startsWith(MARKER_PREFIX));
      const oldSheets = new Set(old.map((n) => sheetOfReference(n.value)));
      const kept = sheets.items
        .map((s) => s.name)
        .filter((n) => !oldSheets.has(n) && !n.startsWith(TEMP_PREFIX));
      const finalNames: string[] = [];
      for (const spec of specs) finalNames.push(validSheetName(spec.name, [...kept, ...finalNames]));
      const temps: WorksheetLike[] = [];
      // Old generated sheets are deleted at the end: learn now, with the values' round-trip, if any is protected.
      const protections = [...oldSheets].map((n) => {
        const p = sheets.getItem(n).protection;
        p.load("protected");
        return { n, p };
      });
      try {
        context.application.suspendApiCalculationUntilNextSync();
        let bytes = 0;
        for (const [i, spec] of specs.entries()) {
          const values = specValues(spec);
          const size = JSON.stringify(values).length;
          if (bytes > 0 && bytes + size > MAX_PAYLOAD_BYTES) {
            // Only when the sheets' values together would pass Excel on the web's 5 MB request limit.
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
            bytes = 0;
          }
          const ws = sheets.add(`${TEMP_PREFIX}${i + 1} ${Date.now() % 100000}`);
          temps.push(ws);
          writeValues(ws, values);
          bytes += size;
        }
        await context.sync();
        const locked = protections.find((x) => x.p.protected);
        if (locked) throw new ProtectedError(locked.n);
        const pageLayout = this.supports("ExcelApi", "1.9");
        specs.forEach((spec, i) => {
          writeFormats(temps[i]!, spec, pageLayout);
          writeChart(temps[i]!, spec);
        });
        await context.sync();
        await this.replace(context, old, oldSheets, temps, finalNames, specs);
      } catch (e) {
        if (!(await removeTemps(context, temps))) throw new CleanupError(temps.length, e);
        throw e;
      }
      return finalNames;
    });
  }

  private async replace(
    context: ExcelContextLike,
    old: { name: string; delete(): void }[],
    oldSheets: Set<string>,
    temps: WorksheetLike[],
    finalNames: string[],
    specs: SheetSpec[],
  ): Promise<void> {
    for (const n of old) n.delete();
    for (const n of oldSheets) context.workbook.worksheets.getItem(n).delete();
    temps.forEach((ws, i) => {
      ws.name = finalNames[i]!;
      context.workbook.names.add(markerName(specs[i]!.kind, i + 1), ws.getRange("A1"));
    });
    await context.sync();
  }

  /** Settings live in the workbook, so a colleague who opens the shared file sees the same setup. */
  readSettings<T>(): Promise<T | null> {
    return this.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      item.load("value");
      await context.sync();
      if (item.isNullObject || typeof item.value !== "string") return null;
      return JSON.parse(item.value) as T;
    });
  }

  writeSettings(value: unknown): Promise<void> {
    return this.run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(value));
      await context.sync();
    });
  }

  /** The officer's selection as a grid of its own (for a table the recogniser did not find by itself). */
  readSelection(): Promise<SheetGrid> {
    return this.run(async (context) => {
      // The selection is on the active sheet.
      const ws = context.workbook.worksheets.getActiveWorksheet();
      const r = context.workbook.getSelectedRange();
      r.load("values,rowIndex,columnIndex");
      ws.load("name");
      await context.sync();
      return { name: ws.name, rows: r.values.map(toGridRow), top: r.rowIndex, left: r.columnIndex };
    });
  }

  /** Shows a cell (or a whole sheet) to the officer. */
  select(sheet: string, address?: string): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      if (address) ws.getRange(address).select();
      await context.sync();
    });
  }
}

/** Writing failed and the temporary sheets could not be removed either: the officer must delete them. */
export class CleanupError extends Error {
  constructor(
    readonly count: number,
    readonly original: unknown,
  ) {
    super(
      `writing failed (${original instanceof Error ? original.message : String(original)}) and ${count} temporary sheet(s) "${TEMP_PREFIX}…" could not be removed`,
    );
  }
}

/** Removes the temporary sheets; false when even that fails. */
async function removeTemps(context: ExcelContextLike, temps: WorksheetLike[]): Promise<boolean> {
  if (temps.length === 0) return true;
  for (const ws of temps) ws.delete();
  try {
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
