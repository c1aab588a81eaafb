/**
 * The standalone page's workbook worker: opening, reading, writing and packaging a workbook happen here, off the
 * page's thread, so the page never freezes on a large file. Messages follow workerProtocol.ts.
 */
import { ChangedSinceReadError } from "../workbook/readState";
import { NotAWorkbookError, PartTooLargeError } from "../workbook/xlsx/errors";
import { XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";
import type { WorkerFailure, WorkerRequest, WorkerResponse, WorkerValue } from "./workerProtocol";

let workbook: XlsxWorkbook | null = null;

function failureOf(e: unknown): WorkerFailure {
  if (e instanceof NotAWorkbookError) return { kind: e.reason, corrupt: e.corrupt, detail: e.detail };
  if (e instanceof PartTooLargeError) return { kind: "tooLarge", part: e.part, bytes: e.bytes };
  if (e instanceof ChangedSinceReadError) return { kind: "changedSinceRead", sheets: e.sheets };
  return { kind: "other", message: e instanceof Error ? e.message : String(e) };
}

async function answer(req: WorkerRequest): Promise<WorkerValue> {
  if (req.op === "load") {
    workbook = await XlsxWorkbook.load(req.bytes);
    return { savedSettings: workbook.savedSettings };
  }
  if (!workbook) throw new Error("no workbook is open");
  if (req.op === "readGrids") return workbook.readGrids();
  if (req.op === "writeSheets") return workbook.writeSheets(req.specs, req.expected, req.keep);
  return workbook.toBuffer(req.settings);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  answer(req).then(
    (value) => postMessage({ id: req.id, ok: true, value } satisfies WorkerResponse),
    (e: unknown) => postMessage({ id: req.id, ok: false, failure: failureOf(e) } satisfies WorkerResponse),
  );
};
