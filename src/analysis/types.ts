import type { Channel, Instrument } from "../ita/types";
import type { CellRange } from "./grid";

export interface CellRef {
  sheet: string;
  cell: string;
}

export type DiagnosticLevel = "error" | "warning" | "info";

/** A finding about the input, rendered into the user's language only at the edge (see messages.ts). */
export interface Diagnostic {
  level: DiagnosticLevel;
  sheet: string | null;
  cell: string | null;
  id: string;
  params: Record<string, string | number>;
}

/** The label of an item row as read from the sheet, before the year and framework are applied. */
export interface ItemLabel {
  instrument: Instrument | null;
  channel: Channel | null;
  number: number;
  form: "explicit" | "number" | "thai-zero";
  /** Indicator named in the same cell or in a heading above (for the OCR "I2 → 12" repair). */
  indicatorContext?: number;
  raw: string;
  text: string;
}

export interface ItemObservation extends CellRef {
  year: number;
  label: ItemLabel;
  score: number;
  labelCell: string;
  /** The item's title as typed in the sheet (the text after the code, or a text cell in its row), or null. */
  title: string | null;
}

export interface IndicatorObservation extends CellRef {
  year: number;
  indicator: number;
  score: number;
}

export interface SummaryObservation extends CellRef {
  year: number;
  instrument: Instrument | null;
  score: number;
  /** Entered by the officer from ITAS (settings, `--total`), not read from a cell. */
  entered?: true;
}

/** A level (ระดับ) printed beside a year's total, e.g. in a totals history. */
export interface LevelObservation extends CellRef {
  year: number;
  level: string;
  /** Entered by the officer from ITAS (settings, `--total`), not read from a cell. */
  entered?: true;
}

export interface RecognisedTable {
  sheet: string;
  range: CellRange;
  kind: "items" | "indicators";
  years: number[];
  rows: number;
}

export interface Recognition {
  tables: RecognisedTable[];
  items: ItemObservation[];
  indicators: IndicatorObservation[];
  summaries: SummaryObservation[];
  levels: LevelObservation[];
  diagnostics: Diagnostic[];
}
