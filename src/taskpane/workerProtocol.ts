import type { SheetGrid } from "../analysis/grid";
import type { SheetSpec } from "../sheets/sheetSpec";
import type { ReadState } from "../workbook/readState";

/** What the page asks the workbook worker. */
export type WorkerRequest =
  | { id: number; op: "load"; bytes: Uint8Array }
  | { id: number; op: "readGrids" }
  | { id: number; op: "writeSheets"; specs: SheetSpec[]; expected?: ReadState; keep?: string[] }
  | { id: number; op: "toBuffer"; settings?: unknown };

/** A failure, with what is needed to raise the same error on the page's side. */
export type WorkerFailure =
  | { kind: "notWorkbook" | "encrypted" | "strict"; corrupt: boolean; detail: string }
  | { kind: "tooLarge"; part: string; bytes: number }
  | { kind: "changedSinceRead"; sheets: string[] }
  | { kind: "other"; message: string };

/** What an answer carries: grids, sheet names, the workbook's bytes, or (after load) the settings it saved. */
export type WorkerValue = SheetGrid[] | string[] | Uint8Array | Opened;

/** A workbook opened: what the pane saved in its settings, as Office stored it (checked by the reader), or null. */
export interface Opened {
  savedSettings: unknown;
}

export type WorkerResponse =
  { id: number; ok: true; value: WorkerValue } | { id: number; ok: false; failure: WorkerFailure };
