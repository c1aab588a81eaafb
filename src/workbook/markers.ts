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

/**
 * The workbook-level name listing the markers ITA Analyzer itself wrote in this workbook (a text constant,
 * `"analysis_1 measures_2"`). A marker it does not list — copied in with a sheet from another workbook, or typed by
 * someone — never makes the tool treat a sheet as its own: such a sheet is not replaced or deleted.
 */
export const REGISTRY_NAME = `${MARKER_PREFIX}_written`;

/** The registry's formula for these markers: `="analysis_1 measures_2"` (Office.js adds names with a formula). */
export function registryFormula(markers: string[]): string {
  return `="${markers.map((m) => m.slice(MARKER_PREFIX.length)).join(" ")}"`;
}

/** The markers a registry value lists (`="a_1 b_2"`, `"a_1 b_2"` or the bare text); null when it is not one. */
export function registryMarkers(value: unknown): Set<string> | null {
  if (typeof value !== "string") return null;
  const text = value.replace(/^=/, "").replace(/^"(.*)"$/s, "$1");
  if (!/^[A-Za-z]+_\d+( [A-Za-z]+_\d+)*$|^$/.test(text)) return null;
  return new Set(
    text
      .split(" ")
      .filter(Boolean)
      .map((m) => `${MARKER_PREFIX}${m}`),
  );
}

/** A workbook's names sorted: the markers it wrote (trusted), and other ITAAnalyzer_ names (not its own). */
export function sortMarkers<N extends { name: string; value: unknown }>(
  names: N[],
): { trusted: N[]; foreign: N[]; registry: N | null } {
  const registry = names.find((n) => n.name === REGISTRY_NAME) ?? null;
  const listed = registryMarkers(registry?.value) ?? new Set<string>();
  const markers = names.filter((n) => n.name.startsWith(MARKER_PREFIX) && n.name !== REGISTRY_NAME);
  return {
    trusted: markers.filter((n) => listed.has(n.name)),
    foreign: markers.filter((n) => !listed.has(n.name)),
    registry,
  };
}

/** The smallest marker indices no existing marker uses, one per new sheet (marker names must stay unique). */
export function freeMarkerIndices(existing: string[], count: number): number[] {
  const used = new Set(existing.map((n) => Number(/_(\d+)$/.exec(n)?.[1] ?? 0)));
  const out: number[] = [];
  for (let i = 1; out.length < count; i++) if (!used.has(i)) out.push(i);
  return out;
}
