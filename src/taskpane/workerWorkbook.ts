import type { SheetGrid } from "../analysis/grid";
import type { SheetSpec } from "../sheets/sheetSpec";
import { ChangedSinceReadError, type ReadState } from "../workbook/readState";
import { NotAWorkbookError, PartTooLargeError } from "../workbook/xlsx/errors";
import type { Opened, WorkerFailure, WorkerRequest, WorkerResponse, WorkerValue } from "./workerProtocol";

/** What the standalone page does with an opened workbook, wherever it lives (a worker, or this thread). */
export interface OpenedWorkbook {
  /** What the pane saved in the workbook's settings (in Excel), as Office stored it, or null. */
  readonly savedSettings: unknown;
  readGrids(): Promise<SheetGrid[]>;
  writeSheets(specs: SheetSpec[], expected?: ReadState, keep?: string[]): Promise<string[]>;
  /** The workbook as a file; `settings` saved in it where Excel saved the pane's settings before. */
  toBuffer(settings?: unknown): Promise<Uint8Array>;
}

/** What openInWorker needs of its Worker (a browser's, or a test's fake). */
export interface WorkbookWorker {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
}

/** The worker could not run (a page opened from disk, a browser that refuses it): the caller reads in-thread. */
export class WorkerUnavailableError extends Error {}

/** The worker's script, built beside the pages under a fixed name (webpack.config.js). */
export const WORKER_SCRIPT = "xlsx-worker.js";

function errorOf(f: WorkerFailure): Error {
  if ("message" in f) return new Error(f.message);
  if ("part" in f) return new PartTooLargeError(f.part, f.bytes);
  if ("sheets" in f) return new ChangedSinceReadError(f.sheets);
  return new NotAWorkbookError(f.kind, f.corrupt, f.detail);
}

/** A request without its id (given when sent). */
type Ask = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, "id"> : never) : never;

/**
 * Opens the workbook in a Web Worker: reading, writing and packaging run off the page's thread, so a large file
 * never freezes the page. The bytes are moved to the worker, not copied.
 */
export async function openInWorker(bytes: Uint8Array, worker: WorkbookWorker): Promise<OpenedWorkbook> {
  let next = 0;
  const waiting = new Map<number, { resolve(v: WorkerValue): void; reject(e: Error): void }>();
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const r = event.data;
    const w = waiting.get(r.id);
    waiting.delete(r.id);
    if (r.ok) w?.resolve(r.value);
    else w?.reject(errorOf(r.failure));
  };
  worker.onerror = (event) => {
    for (const w of waiting.values()) w.reject(new WorkerUnavailableError(event.message || "stopped"));
    waiting.clear();
  };
  const ask = (req: Ask, transfer: Transferable[] = []) =>
    new Promise<WorkerValue>((resolve, reject) => {
      const id = ++next;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ ...req, id }, transfer);
    });
  const opened = expect(await ask({ op: "load", bytes }, [bytes.buffer]), isOpened);
  return {
    savedSettings: opened.savedSettings,
    readGrids: async () => expect(await ask({ op: "readGrids" }), isGrids),
    writeSheets: async (specs, expected, keep) =>
      expect(await ask({ op: "writeSheets", specs, expected, keep }), isNames),
    toBuffer: async (settings) =>
      expect(await ask({ op: "toBuffer", settings }), (v): v is Uint8Array => v instanceof Uint8Array),
  };
}

function expect<T extends WorkerValue>(v: WorkerValue, is: (v: WorkerValue) => v is T): T {
  if (!is(v)) throw new Error("the workbook worker answered something unexpected");
  return v;
}

function isGrids(v: WorkerValue): v is SheetGrid[] {
  return Array.isArray(v) && v.every((g) => typeof g === "object" && g !== null && "rows" in g);
}

function isOpened(v: WorkerValue): v is Opened {
  return typeof v === "object" && v !== null && "savedSettings" in v;
}

function isNames(v: WorkerValue): v is string[] {
  return Array.isArray(v) && v.every((n) => typeof n === "string");
}
