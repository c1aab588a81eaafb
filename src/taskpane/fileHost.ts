import type { Lang } from "../analysis/messages";
import { NotAWorkbookError, PartTooLargeError } from "../workbook/xlsx/errors";
import { ChangedSinceReadError } from "../workbook/readState";
import { loadXlsx } from "./lazyXlsx";
import { type OpenedWorkbook, WORKER_SCRIPT, WorkerUnavailableError, openInWorker } from "./workerWorkbook";
import { PaneError, type PaneHost, type PaneSettings } from "./paneHost";

/** The standalone page's host: a workbook the officer opened from disk, read and written in the browser. */
export async function createFileHost(
  file: { name: string; arrayBuffer(): Promise<ArrayBuffer> },
  lang: Lang,
): Promise<PaneHost> {
  let wb: OpenedWorkbook;
  try {
    wb = await openWorkbook(new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    if (e instanceof NotAWorkbookError) throw new PaneError(e.reason);
    if (e instanceof PartTooLargeError) throw new PaneError("tooLarge", e.part);
    throw e;
  }
  let settings: PaneSettings | null = null;
  // The documents go into the officer's own package: its charts, pivot tables and macros are kept as they are.
  const macro = /\.xlsm$/i.test(file.name);
  const outName = file.name.replace(/\.xls[xm]$/i, "") + (macro ? "-ita.xlsm" : "-ita.xlsx");
  return {
    kind: "file",
    lang,
    downloadKeepsSettings: wb.savedSettings !== null,
    readGrids: () => wb.readGrids(),
    writeSheets: (specs, expected, keep) =>
      wb.writeSheets(specs, expected, keep).catch((e: unknown) => {
        throw e instanceof ChangedSinceReadError ? new PaneError("changedSinceRead", e.sheets.join(", ")) : e;
      }),
    // What the officer set on this page, else what the pane saved in the workbook in Excel (checked by the pane).
    readSettings: async () => settings ?? wb.savedSettings,
    writeSettings: async (s) => {
      settings = s;
    },
    download: async () => ({
      name: outName,
      // The settings set on this page go into the file where Excel saved the pane's (as the pane in Excel saves them).
      blob: new Blob([(await wb.toBuffer(settings ?? undefined)) as Uint8Array<ArrayBuffer>], {
        type: macro
          ? "application/vnd.ms-excel.sheet.macroEnabled.12"
          : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      }),
    }),
  };
}

/**
 * The workbook opened in a Web Worker (the page stays responsive on a large file), or on this thread where no
 * worker can run (a page opened from disk, the tests' jsdom).
 */
async function openWorkbook(bytes: Uint8Array): Promise<OpenedWorkbook> {
  if (typeof Worker !== "undefined") {
    const copy = bytes.slice();
    try {
      return await openInWorker(copy, new Worker(WORKER_SCRIPT));
    } catch (e) {
      if (!(e instanceof WorkerUnavailableError || (e instanceof Error && e.name === "SecurityError")))
        throw e;
    }
  }
  const { XlsxWorkbook } = await loadXlsx();
  return XlsxWorkbook.load(bytes);
}
