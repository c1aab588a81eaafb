import type { SheetGrid } from "../analysis/grid";
import type { Lang } from "../analysis/messages";
import type { PublishedTotal } from "../analysis/settings";
import type { Garuda } from "../sheets/garuda";
import type { SheetSpec } from "../sheets/sheetSpec";
import type { ReadSize } from "../workbook/port";
import type { ReadState } from "../workbook/readState";

/** What the officer can set; stored in the workbook (Office) so colleagues see the same setup. */
export interface PaneSettings {
  threshold: number;
  agency: string;
  font: "TH SarabunPSK" | "TH Sarabun New";
  thaiDigits: boolean;
  fiscalYear: number | null;
  /** The year of score tables that name none, when detection is unsure. */
  defaultYear: number | null;
  excludedTables: string[];
  /** Hidden sheets the officer chose to read as scores. */
  includeHidden: string[];
  /** Below this an item is urgent rather than to improve. */
  urgentBelow: number;
  /** The people and office the documents name; blank prints as a dotted line to fill by hand. */
  division: string;
  writerName: string;
  writerPosition: string;
  divisionHeadName: string;
  divisionHeadPosition: string;
  chiefOfficerName: string;
  chiefOfficerPosition: string;
  executiveName: string;
  executivePosition: string;
  /** The documents to write; null for all of them. */
  documents: string[] | null;
  /** The agency's ครุฑ for the memos and the ประกาศ, kept in the workbook so it is supplied once. */
  garuda: Garuda | null;
  /** NACC's totals (and levels) typed from ITAS, each with its year, for sheets that print none. */
  publishedTotals: PublishedTotal[];
}

export const DEFAULT_PANE_SETTINGS: PaneSettings = {
  threshold: 85,
  agency: "",
  font: "TH SarabunPSK",
  thaiDigits: false,
  fiscalYear: null,
  defaultYear: null,
  excludedTables: [],
  includeHidden: [],
  urgentBelow: 70,
  division: "",
  writerName: "",
  writerPosition: "",
  divisionHeadName: "",
  divisionHeadPosition: "",
  chiefOfficerName: "",
  chiefOfficerPosition: "",
  executiveName: "",
  executivePosition: "",
  documents: null,
  publishedTotals: [],
  garuda: null,
};

/** The settings that name the office and the people of the documents, in the order the form asks for them. */
export const DOC_PEOPLE = [
  "division",
  "writerName",
  "writerPosition",
  "divisionHeadName",
  "divisionHeadPosition",
  "chiefOfficerName",
  "chiefOfficerPosition",
  "executiveName",
  "executivePosition",
] as const;

/** The pane talks to this, never to Excel: Excel through Office.js, or a file opened in the browser. */
export interface PaneHost {
  kind: "excel" | "file";
  lang: Lang;
  /** `onSize`: how much is being read, as soon as the host knows (Excel does; a file opened whole does not). */
  readGrids(onSize?: (size: ReadSize) => void): Promise<SheetGrid[]>;
  /** Refuses with PaneError("changedSinceRead") when the generated sheets are not as `expected` (read before). */
  writeSheets(specs: SheetSpec[], expected?: ReadState, keep?: string[]): Promise<string[]>;
  /** The settings as the workbook saved them (text or object; checked by readSavedSettings), or null. */
  readSettings(): Promise<unknown>;
  writeSettings(s: PaneSettings): Promise<void>;
  /** Shows a sheet (and a cell) in Excel; absent for files. */
  select?(sheet: string, cell?: string): Promise<void>;
  /** The officer's current selection as a grid of its own, for a table the recogniser did not find. */
  readSelection?(): Promise<SheetGrid | null>;
  /** Adds a sheet with these values and shows it; gives the name it got (Excel's "try the sample"). */
  addSheet?(name: string, grid: SheetGrid): Promise<string>;
  /** The written workbook, for a file opened in the browser. */
  download?(): Promise<{ name: string; blob: Blob }>;
  /**
   * A file opened in the browser: whether its download keeps the settings set on the page (where Excel's pane saved
   * settings in it before); the page says which.
   */
  readonly downloadKeepsSettings?: boolean;
}

/** The failures the pane explains in the user's words. */
export type PaneErrorKind =
  | "protected"
  | "cellEdit"
  | "notWorkbook"
  | "encrypted"
  | "strict"
  | "changedSinceRead"
  | "leftovers"
  | "tooLarge"
  | "unexpected";

export class PaneError extends Error {
  constructor(
    readonly kind: PaneErrorKind,
    readonly detail = "",
  ) {
    super(detail || kind);
  }
}
