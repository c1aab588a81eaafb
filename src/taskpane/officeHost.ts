import type { ExcelRunner } from "../workbook/excel/excelApi";
import type { OfficeContext } from "../workbook/excel/officeContext";
import { ChangedSinceReadError } from "../workbook/readState";
import { CellEditError, officeRunner } from "../workbook/excel/officeRunner";
import { languageOf } from "./i18n";
import { DEFAULT_PANE_SETTINGS, PaneError, type PaneHost } from "./paneHost";

/** The minimum requirement set the pane needs (getRangeByIndexes, freezePanes, NamedItem references). */
export const REQUIRED_API = { set: "ExcelApi", version: "1.7" };

export function officeSupportsPane(office: OfficeContext): boolean {
  return office.supports(REQUIRED_API.set, REQUIRED_API.version);
}

/** The Office.js adapter, in a chunk of its own that loads while the pane draws its frame. */
const loadAdapter = () => import(/* webpackChunkName: "excel" */ "../workbook/excel/excelWorkbook");

/** Starts loading the adapter at once, while Office.js gets ready (the host takes the same load). */
export function preloadOfficeAdapter(): void {
  loadAdapter().catch(() => undefined); // a failed load is said by the host's first read
}

/** The pane's host inside Excel: the Office.js adapter over Excel.run (or, in tests, over a fake's runner). */
export function createOfficeHost(office: OfficeContext, runner?: ExcelRunner): PaneHost {
  const { supports } = office;
  const lang = languageOf(office.displayLanguage);
  const run = runner ?? officeRunner(lang, supports);
  const adapter = loadAdapter();
  const workbook = adapter.then(({ ExcelWorkbook }) => new ExcelWorkbook(run, supports));
  workbook.catch(() => undefined); // a failed load is said by the first call that needs the workbook
  return {
    kind: "excel",
    lang,
    // The pane's first read starts as the pane opens, before it mounts (firstRead.ts), not here.
    readGrids: async (onSize) =>
      (await workbook).readGrids(onSize).catch((e: unknown) => {
        throw inOfficersWords(e);
      }),
    writeSheets: async (specs, expected, keep) => {
      const [wb, { ProtectedError, CleanupError }] = await Promise.all([workbook, adapter]);
      try {
        return await wb.writeSheets(specs, expected, keep);
      } catch (e) {
        if (e instanceof ProtectedError) throw new PaneError("protected", e.sheet ?? "");
        if (e instanceof ChangedSinceReadError) throw new PaneError("changedSinceRead", e.sheets.join(", "));
        if (e instanceof CleanupError) throw new PaneError("leftovers", errorMessage(e.original));
        throw inOfficersWords(e);
      }
    },
    readSettings: async () => (await workbook).readSettings(),
    writeSettings: async (s) => (await workbook).writeSettings({ ...DEFAULT_PANE_SETTINGS, ...s }),
    select: async (sheet, cell) => (await workbook).select(sheet, cell),
    readSelection: async () =>
      (await workbook).readSelection().catch((e: unknown) => {
        throw inOfficersWords(e);
      }),
    addSheet: async (name, grid) =>
      (await workbook).addSheet(
        name,
        grid.rows.map((r) => r.map((v) => (typeof v === "string" || typeof v === "number" ? v : null))),
      ),
  };
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Excel refuses every batch while the officer types in a cell: say what to do, not "unexpected error". */
export function inOfficersWords(e: unknown): unknown {
  return e instanceof CellEditError ? new PaneError("cellEdit") : e;
}
