import { MARKER_PREFIX } from "./port";

/** The sheet a reference like `'วิเคราะห์ ITA 2567'!$A$1` (or `=Sheet1!$A$1`) points to. */
export function sheetOfReference(reference: string): string {
  const m = /^=?'((?:[^']|'')+)'!|^=?([^!]+)!/.exec(reference);
  return m ? (m[1] ?? m[2] ?? "").replace(/''/g, "'") : "";
}

/**
 * The sheet a marker's value points to, or null when the marker is dead: Excel rewrites a name whose sheet
 * was deleted by hand to `=#REF!$A$1`, and such a marker must be ignored (and removed), never looked up.
 */
export function markerSheet(value: unknown): string | null {
  if (typeof value !== "string" || value.includes("#REF!")) return null;
  return sheetOfReference(value) || null;
}

/** ITAAnalyzer_measures_2 → measures */
export function kindOfMarker(markerName: string): string {
  return markerName.slice(MARKER_PREFIX.length).replace(/_\d+$/, "");
}

export function markerName(kind: string, index: number): string {
  return `${MARKER_PREFIX}${kind}_${index}`;
}

/** `'It''s'!$A$1`: a sheet name quoted for a reference. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Text that Excel would take for a formula if typed: written with a leading apostrophe so it stays text. */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
