/**
 * A typed in-memory fake of the Excel objects ITA Analyzer uses, with Office.js's strict semantics: a property
 * can be read only after load() and a sync(); null objects are known only after a sync. It counts syncs,
 * the largest request and response of a sync, and the cells loaded per sheet.
 */
import type { ExcelContextLike, ExcelRunner } from "../../src/workbook/excel/excelApi";
import { FakeNames, FakeSettings, FakeWorksheet, FakeWorksheets } from "./fakeCollections";
import type { FakeSheetModel } from "./fakeModel";

export class Tracker {
  syncCount = 0;
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  requestBytes = 0;
  responseBytes = 0;
  cellsLoaded = new Map<string, number>();
  /** Proxies waiting for the next sync, to resolve their loads. */
  pending: (() => void)[] = [];
  /** The last range the add-in selected for the officer, "Sheet!A1". */
  selected: string | null = null;
  /** Makes the nth sync (1-based) fail, to test what a failed run leaves behind. */
  failOnSync: number | null = null;

  request(bytes: number): void {
    this.requestBytes += bytes;
  }

  countCells(sheet: string, n: number): void {
    this.cellsLoaded.set(sheet, (this.cellsLoaded.get(sheet) ?? 0) + n);
  }
}

export class FakeExcel {
  readonly tracker = new Tracker();
  readonly sheets: FakeSheetModel[] = [];
  readonly names: { name: string; value: string }[] = [];
  readonly settings = new Map<string, unknown>();
  workbookProtected = false;
  /** The officer's selection: a sheet and an A1 range. */
  selection: { sheet: string; address: string } | null = null;

  addSheet(name: string, rows: unknown[][] = [], top = 0, left = 0): FakeSheetModel {
    const sheet: FakeSheetModel = {
      name,
      cells: new Map(),
      protected: false,
      formats: [],
      merges: [],
      frozenRows: 0,
      pageLayout: {},
      hiddenColumns: new Set(),
      widths: new Map(),
      heights: new Map(),
      numberFormats: new Map(),
      charts: [],
    };
    rows.forEach((row, r) =>
      row.forEach(
        (v, c) => v !== null && v !== "" && v !== undefined && sheet.cells.set(`${top + r},${left + c}`, v),
      ),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: no sheet ${name}`);
    return s;
  }

  /** The Excel.run of the fake: a fresh context whose sync resolves loads and counts the round-trip. */
  readonly run: ExcelRunner = async (batch) => batch(this.context());

  private context(): ExcelContextLike {
    const t = this.tracker;
    const sync = async () => {
      t.syncCount++;
      if (t.failOnSync === t.syncCount) {
        t.pending = [];
        throw new Error("GeneralException: the fake was told to fail this sync");
      }
      const todo = t.pending;
      t.pending = [];
      t.responseBytes = 0;
      for (const resolve of todo) resolve();
      t.maxRequestBytes = Math.max(t.maxRequestBytes, t.requestBytes);
      t.maxResponseBytes = Math.max(t.maxResponseBytes, t.responseBytes);
      t.requestBytes = 0;
    };
    const protection = loadable(t, () => ({ protected: this.workbookProtected }));
    return {
      workbook: {
        worksheets: new FakeWorksheets(this, t),
        names: new FakeNames(this, t),
        settings: new FakeSettings(this, t),
        protection,
        getSelectedRange: () => {
          const sel = this.selection ?? { sheet: this.sheets[0]!.name, address: "A1" };
          return new FakeWorksheet(this, t, sel.sheet).getRange(sel.address);
        },
      },
      application: { suspendApiCalculationUntilNextSync: () => t.request(20) },
      sync,
    } as unknown as ExcelContextLike;
  }
}

/** A proxy whose listed properties are readable only after load() and sync(). */
export function loadable<T extends object>(t: Tracker, read: () => T): T & { load(props: string): unknown } {
  const loaded: Partial<T> = {};
  const proxy = {
    load(props: string) {
      t.request(30 + props.length);
      const keys = props.split(",").map((p) => p.trim()) as (keyof T)[];
      t.pending.push(() => {
        const now = read();
        for (const k of keys) {
          loaded[k] = now[k];
          t.responseBytes += JSON.stringify(now[k] ?? null).length;
        }
      });
      return proxy;
    },
  };
  return new Proxy(proxy, {
    get(target, key) {
      if (key === "load") return target.load;
      if (!(key in loaded))
        throw new Error(`PropertyNotLoaded: '${String(key)}' was read before load() and sync()`);
      return loaded[key as keyof T];
    },
  }) as T & { load(props: string): unknown };
}
