import type { Lang } from "../analysis/messages";
import type { XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";
import { ChangedSinceReadError } from "../workbook/readState";
import { loadXlsx } from "./lazyXlsx";
import { PaneError, type PaneHost, type PaneSettings } from "./paneHost";

/** The standalone page's host: a workbook the officer opened from disk, read and written in the browser. */
export async function createFileHost(
  file: { name: string; arrayBuffer(): Promise<ArrayBuffer> },
  lang: Lang,
): Promise<PaneHost> {
  const { NotAWorkbookError, XlsxWorkbook } = await loadXlsx();
  let wb: XlsxWorkbook;
  try {
    wb = await XlsxWorkbook.load(new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    if (e instanceof NotAWorkbookError) throw new PaneError(e.reason);
    throw e;
  }
  let settings: Partial<PaneSettings> | null = null;
  // A copy would drop the workbook's charts, pivot tables or macros: the documents then go to a workbook of their own.
  const separate = wb.unsupported.length > 0;
  const target = separate ? XlsxWorkbook.empty() : wb;
  const outName = file.name.replace(/\.xlsx$/i, "") + (separate ? "-ita-documents.xlsx" : "-ita.xlsx");
  return {
    kind: "file",
    lang,
    readGrids: () => wb.readGrids(),
    writeSheets: (specs, expected) =>
      target.writeSheets(specs, target === wb ? expected : undefined).catch((e: unknown) => {
        throw e instanceof ChangedSinceReadError ? new PaneError("changedSinceRead", e.sheets.join(", ")) : e;
      }),
    unsupported: wb.unsupported,
    readSettings: async () => settings,
    writeSettings: async (s) => {
      settings = s;
    },
    download: async () => ({
      name: outName,
      blob: new Blob([(await target.toBuffer()) as Uint8Array<ArrayBuffer>], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      }),
    }),
  };
}
