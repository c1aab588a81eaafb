import type { SheetGrid } from "../../analysis/grid";
import { validSheetName } from "../../sheets/sheetName";
import type { SheetSpec } from "../../sheets/sheetSpec";
import { freeMarkerIndices, markerName, markerSheet, registryFormula, sortMarkers } from "../markers";
import { MARKER_PREFIX, type ReadSize, SETTINGS_KEY, type WorkbookPort, isTempSheet } from "../port";
import type { ExcelContextLike, ExcelRunner } from "./excelApi";
import { type UsedArea, loadValues } from "./loadValues";
import { MAX_PAYLOAD_BYTES, jsonBytes } from "./payload";
import { type ReadStats, grid, liveMarkers, readGrids } from "./readGrids";
import { replaceSheets } from "./replaceSheets";
import { asTypedValue } from "./typedText";
import { writeChart } from "./writeChart";
import { writeImages } from "./writeImages";
import { ChangedSinceReadError, type ReadState, changedSheets } from "../readState";
import { goneSince, watchSheets } from "./watchSheets";
import { BYTES_PER_CALL, specValues, writeFormats, writeValues } from "./writeSpecs";
import { ProtectedError, TEMP_PREFIX, undo } from "./undoWrite";

export { CleanupError, ProtectedError } from "./undoWrite";

/**
 * The Office.js adapter: the same port as the exceljs one. Reads in a constant number of round-trips; writes
 * in two: (1) the workbook's state with the new sheets under temporary names (values and formats, more syncs
 * only past the payload limit), (2) the swap (replaceSheets). Any failure leaves the old sheets or the new ones.
 */
export class ExcelWorkbook implements WorkbookPort {
  readonly stats: ReadStats = { cellsFromNonScoreSheets: 0 };

  constructor(
    private readonly run: ExcelRunner,
    private readonly supports: (set: string, version: string) => boolean = () => true,
  ) {}

  /** `onSize`: told the sheets and cells in use after the first round-trips, before the values are loaded. */
  readGrids(onSize?: (size: ReadSize) => void): Promise<SheetGrid[]> {
    return this.run((context) => readGrids(context, this.stats, this.supports("ExcelApi", "1.9"), onSize));
  }

  /**
   * With `expected` (the state the documents were built from), the generated sheets are checked in the write's
   * first batch: if one was edited, added or removed since that read, nothing is changed and
   * ChangedSinceReadError says which.
   */
  writeSheets(specs: SheetSpec[], expected?: ReadState, keep: string[] = []): Promise<string[]> {
    return this.run(async (context) => {
      const token = `${TEMP_PREFIX}${Date.now() % 100000} `;
      const keptNow = (sheet: string | null) => sheet !== null && keep.includes(sheet);
      const { worksheets: sheets, names } = context.workbook;
      sheets.load("items/name,items/protection/protected");
      names.load("items/name,items/value");
      const seen = expected && watchSheets(context, expected);
      const temps: string[] = [];
      try {
        await this.writeTemps(context, specs, token, temps);
      } catch (e) {
        throw await undo(context, token, expected ? await goneSince(context, expected, e) : e);
      }
      const all = names.items.filter((n) => n.name.startsWith(MARKER_PREFIX));
      const { trusted, foreign, registry } = sortMarkers(all);
      // The documents: sheets the tool's own markers name, except one read as the officer's (a marker that moved
      // with a cut cell); those to keep as they stand are not replaced.
      const officers = new Set(
        (expected?.sheets ?? []).filter((n) => !expected!.generated.some((g) => g.name === n)),
      );
      const documents = [...liveMarkers(trusted).keys()].filter((n) => !officers.has(n));
      if (expected && seen) {
        const changed = changedSheets(expected, seen(documents));
        if (changed.length > 0) throw await undo(context, token, new ChangedSinceReadError(changed));
      }
      const oldSheets = documents.filter((n) => !keep.includes(n));
      const locked = sheets.items.find((s) => oldSheets.includes(s.name) && s.protection.protected);
      if (locked) throw await undo(context, token, new ProtectedError(locked.name));
      const kept = sheets.items.map((s) => s.name).filter((n) => !oldSheets.includes(n) && !isTempSheet(n));
      const finalNames: string[] = [];
      for (const spec of specs) finalNames.push(validSheetName(spec.name, [...kept, ...finalNames]));
      const indices = freeMarkerIndices(
        all.map((n) => n.name),
        specs.length,
      );
      const newMarkers = specs.map((s, i) => markerName(s.kind, indices[i]!));
      // Removed: the replaced documents' markers, markers of deleted sheets whoever wrote them, the old registry.
      // Kept: the markers of the documents left as they stand (listed again) and of the officer's sheets.
      const dead = [...trusted, ...foreign].filter((n) => markerSheet(n.value) === null);
      const replaced = trusted.filter((n) => oldSheets.includes(markerSheet(n.value) ?? ""));
      const oldMarkers = [...replaced, ...dead, ...(registry ? [registry] : [])].map((n) => n.name);
      const stay = trusted.filter(
        (n) => keptNow(markerSheet(n.value)) && documents.includes(markerSheet(n.value)!),
      );
      await replaceSheets(context, {
        token,
        temps,
        finalNames,
        newMarkers,
        oldMarkers,
        oldSheets,
        registry: registryFormula([...stay.map((n) => n.name), ...newMarkers]),
        leftovers: sheets.items.map((s) => s.name).filter((n) => isTempSheet(n) && !n.startsWith(token)),
      });
      return finalNames;
    });
  }

  /** The new sheets under temporary names, values then formats, synced only when a batch would pass the limit. */
  private async writeTemps(context: ExcelContextLike, specs: SheetSpec[], token: string, temps: string[]) {
    const pageLayout = this.supports("ExcelApi", "1.9");
    context.application.suspendApiCalculationUntilNextSync();
    let bytes = 0;
    const room = async (more: number) => {
      if (bytes > 0 && bytes + more > MAX_PAYLOAD_BYTES) {
        await context.sync();
        bytes = 0;
      }
      bytes += more;
    };
    for (const [i, spec] of specs.entries()) {
      const name = `${token}${i + 1}`;
      context.workbook.worksheets.add(name);
      temps.push(name);
      // By name after a sync: the object add() returned is not valid in a later batch.
      const sheet = () => context.workbook.worksheets.getItem(name);
      const values = specValues(spec);
      for (let r = 0; r < values.length; r += ROWS_PER_WRITE) {
        const part = values.slice(r, r + ROWS_PER_WRITE);
        await room(BYTES_PER_CALL + jsonBytes(part));
        writeValues(sheet(), part, r);
      }
      const guess = formatBytesBound(spec);
      await room(guess);
      const ws = sheet();
      const calls = writeChart(ws, spec) + writeImages(ws, spec, pageLayout);
      const pictures = (spec.images ?? []).reduce((s, img) => s + img.base64.length, 0);
      bytes += writeFormats(ws, spec, pageLayout) + calls * BYTES_PER_CALL + pictures - guess;
    }
    await context.sync();
  }

  /**
   * Settings live in the workbook, so a colleague who opens the shared file sees the same setup. Given as saved
   * (text), never parsed here: a damaged or foreign value is the pane's to explain, not a failure to load.
   */
  readSettings(): Promise<unknown> {
    return this.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      item.load("value");
      await context.sync();
      return item.isNullObject ? null : item.value;
    });
  }

  writeSettings(value: unknown): Promise<void> {
    return this.run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(value));
      await context.sync();
    });
  }

  /**
   * The officer's selection as a grid of its own (for a table the recogniser did not find by itself), cut to
   * the sheet's used range: a selection of whole columns is a million rows, of which only the used ones are read.
   */
  readSelection(): Promise<SheetGrid | null> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      const r = context.workbook
        .getSelectedRange()
        .getIntersectionOrNullObject(ws.getUsedRangeOrNullObject(true));
      r.load("rowIndex,columnIndex,rowCount,columnCount");
      ws.load("name");
      await context.sync();
      if (r.isNullObject) return null;
      const area: UsedArea = {
        name: ws.name,
        row: r.rowIndex,
        col: r.columnIndex,
        rows: r.rowCount,
        cols: r.columnCount,
      };
      const [values] = await loadValues(context, [area], new Map());
      const { name, rows, top, left } = grid(area, values!);
      return { name, rows, top, left };
    });
  }

  /** A new sheet holding these values (the sample scores), activated; a taken name gets " (2)". */
  addSheet(name: string, values: (string | number | null)[][]): Promise<string> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name));
      let free = name;
      for (let n = 2; taken.has(free); n++) free = `${name} (${n})`;
      const ws = sheets.add(free);
      const width = Math.max(1, ...values.map((r) => r.length));
      const rows = values.map((r) => Array.from({ length: width }, (_, c) => asTypedValue(r[c] ?? null)));
      if (rows.length > 0) ws.getRangeByIndexes(0, 0, rows.length, width).values = rows;
      ws.activate();
      await context.sync();
      return free;
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

/** A generous bound of a sheet's formats in a request (a few calls a row), to decide before writing them. */
function formatBytesBound(spec: SheetSpec): number {
  return BYTES_PER_CALL * (spec.rows.length * 4 + spec.columns.length * 2 + spec.merges.length + 40);
}

/** Rows of a sheet's values per write call: a long document's values go in parts under the payload limit. */
const ROWS_PER_WRITE = 2000;
