import type {
  Diagnostic,
  IndicatorObservation,
  LevelObservation,
  SummaryObservation,
} from "../analysis/types";
import type { ComparedYear } from "./comparedYear";

/** One agency's scores as read from one table (a provincial table's rows) or one workbook, before comparing. */
export interface AgencyReading {
  name: string;
  /** The workbook it was read from, when a folder of workbooks is compared. */
  file?: string;
  /** Where its scores are: "ตาราง!A5:N7", or the file's name. */
  where: string;
  /** Its years, each as compared (the published figure, or a computed one said as an estimate). */
  years: ComparedYear[];
  /** What was said while reading this agency's rows (bad cells, a missing year): never another agency's. */
  diagnostics: Diagnostic[];
}

/** An agency whose scores could not be read: listed with why, never dropped in silence. */
export interface AgencyNotRead {
  name: string;
  file?: string;
  where: string;
  /** The message id and its parameters (compareText / engine messages). */
  id: string;
  params: Record<string, string | number>;
}

/** The scores one provincial table gives one agency, as the engine's observations, before yearScores. */
export interface AgencyObservations {
  name: string;
  /** The agency's first and last rows, as a range of the sheet ("A5:N7"). */
  where: string;
  indicators: IndicatorObservation[];
  summaries: SummaryObservation[];
  levels: LevelObservation[];
  diagnostics: Diagnostic[];
}
