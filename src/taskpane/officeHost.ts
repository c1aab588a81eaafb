import type { SheetGrid } from "../analysis/grid";
import type { ExcelContextLike } from "../workbook/excel/excelApi";
import { languageOf } from "./i18n";
import { DEFAULT_PANE_SETTINGS, PaneError, type PaneHost, type PaneSettings } from "./paneHost";

/** The minimum requirement set the pane needs (getRangeByIndexes, freezePanes, NamedItem references). */
export const REQUIRED_API = { set: "ExcelApi", version: "1.7" };

export function officeSupportsPane(): boolean {
  return Office.context.requirements.isSetSupported(REQUIRED_API.set, REQUIRED_API.version);
}

/** The Office.js adapter, in a chunk of its own that loads while the pane draws its frame. */
const loadAdapter = () => import(/* webpackChunkName: "excel" */ "../workbook/excel/excelWorkbook");

/** The pane's host inside Excel: the Office.js adapter over Excel.run. */
export function createOfficeHost(): PaneHost {
  const run = <T>(batch: (c: ExcelContextLike) => Promise<T>) =>
    Excel.run((ctx) => batch(ctx as unknown as ExcelContextLike));
  const adapter = loadAdapter();
  const workbook = adapter.then(
    ({ ExcelWorkbook }) =>
      new ExcelWorkbook(run, (set, version) => Office.context.requirements.isSetSupported(set, version)),
  );
  // The first read starts as soon as the adapter is there, while React draws the frame; the pane takes it.
  let firstRead: Promise<SheetGrid[]> | null = workbook.then((wb) => wb.readGrids());
  let firstSettings: Promise<Partial<PaneSettings> | null> | null = workbook.then((wb) =>
    wb.readSettings<Partial<PaneSettings>>(),
  );
  // Their failures reach the pane when it takes them; this only keeps them from being reported twice.
  firstRead.catch(() => undefined);
  firstSettings.catch(() => undefined);
  return {
    kind: "excel",
    lang: languageOf(Office.context.displayLanguage),
    readGrids: async () => {
      const first = firstRead;
      firstRead = null;
      return first ?? (await workbook).readGrids();
    },
    writeSheets: async (specs) => {
      const [wb, { ProtectedError }] = await Promise.all([workbook, adapter]);
      try {
        return await wb.writeSheets(specs);
      } catch (e) {
        if (e instanceof ProtectedError) throw new PaneError("protected", e.sheet ?? "");
        throw e;
      }
    },
    readSettings: async () => {
      const first = firstSettings;
      firstSettings = null;
      return first ?? (await workbook).readSettings<Partial<PaneSettings>>();
    },
    writeSettings: async (s) => (await workbook).writeSettings({ ...DEFAULT_PANE_SETTINGS, ...s }),
    select: async (sheet, cell) => (await workbook).select(sheet, cell),
    readSelection: async () => (await workbook).readSelection(),
    addSheet: (name, grid) => addSheet(run, name, grid),
  };
}

/** A new sheet with the given values (the sample scores), activated; a taken name gets " (2)". */
async function addSheet(
  run: <T>(batch: (c: ExcelContextLike) => Promise<T>) => Promise<T>,
  name: string,
  grid: SheetGrid,
): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const taken = new Set(sheets.items.map((s) => s.name));
    let free = name;
    for (let n = 2; taken.has(free); n++) free = `${name} (${n})`;
    const ws = sheets.add(free);
    const width = Math.max(1, ...grid.rows.map((r) => r.length));
    const values = grid.rows.map((r) =>
      Array.from({ length: width }, (_, c) => {
        const v = r[c];
        // Text stays text ("E1" is an item code, "1/2" not a date): Excel's apostrophe prefix, not stored.
        if (typeof v === "string") return v === "" ? "" : `'${v}`;
        return typeof v === "number" || typeof v === "boolean" ? v : "";
      }),
    );
    if (values.length > 0) ws.getRangeByIndexes(0, 0, values.length, width).values = values;
    ws.activate();
    await context.sync();
    return free;
  });
}
