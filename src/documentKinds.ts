import type { GeneratedKind } from "./sheets/sheetSpec";

/** Every document, in the order of the workbook: each paper before the table it sends up or announces. */
export const ALL_DOCUMENTS: GeneratedKind[] = [
  "analysis",
  "measuresMemo",
  "measuresAnnouncement",
  "measures",
  "plan",
  "resultsMemo",
  "results",
];

/** The three tables: what a run writes unless told which documents (the papers around them are asked for). */
export const TABLE_DOCUMENTS: GeneratedKind[] = ["analysis", "measures", "results"];

/**
 * The documents a run writes, in order: the agency's history goes after the analysis whenever the analysis is
 * written (its builder gives none with fewer than three years); it is not asked for apart.
 */
export function withHistory(documents: GeneratedKind[]): GeneratedKind[] {
  return documents.flatMap((k): GeneratedKind[] => (k === "analysis" ? ["analysis", "history"] : [k]));
}
