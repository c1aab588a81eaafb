import type { CellValue, SheetGrid } from "../../analysis/grid";
import { holdsScores } from "../../compare/holdsScores";
import { kindOfMarker, markerSheet, sortMarkers } from "../markers";
import { MARKER_PREFIX, type ReadSize } from "../port";
import type { ExcelContextLike } from "./excelApi";
import { type UsedArea, loadValues } from "./loadValues";
import { toGridRow } from "./toGridValue";
import { isTempSheet } from "../port";
import { hasRowRecords } from "../../sheets/rowRecord";
import { HUGE_SHEET_CELLS, findIslands, placeIslands } from "./islands";

/** Sheets up to this many cells are read whole; larger ones are probed first. */
export const SMALL_SHEET_CELLS = 20_000;
/** The probe of a large sheet: its first rows, enough to find a score table's header and codes. */
export const PROBE_ROWS = 200;

export interface ReadStats {
  /** Cells pulled from sheets that turned out to hold no score table. */
  cellsFromNonScoreSheets: number;
}

/** The generated sheets by name → kind; a marker whose sheet was deleted by hand (`#REF!`) is ignored. */
export function liveMarkers(names: { name: string; value: unknown }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of names) {
    const sheet = n.name.startsWith(MARKER_PREFIX) ? markerSheet(n.value) : null;
    if (sheet) out.set(sheet, kindOfMarker(n.name));
  }
  return out;
}

/**
 * Reads the workbook as grids in a constant number of round-trips: (1) sheet list and markers, (2) used
 * ranges, (3) small sheets whole and large ones probed, (4) the large sheets whose probe holds score labels.
 * A batch whose response would pass the payload limit (in UTF-8 bytes) is split over more syncs.
 */
export async function readGrids(
  context: ExcelContextLike,
  stats: ReadStats = { cellsFromNonScoreSheets: 0 },
  specialCells = true,
  onSize?: (size: ReadSize) => void,
): Promise<SheetGrid[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name,items/value");
  await context.sync();
  const { trusted, foreign } = sortMarkers(names.items);
  const generated = liveMarkers(trusted);
  const copied = liveMarkers(foreign);
  // A temporary sheet left by an interrupted Generate is the tool's own: never read (the next write removes it).
  const own = sheets.items.filter((ws) => !isTempSheet(ws.name));
  const used = own.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("rowIndex,columnIndex,rowCount,columnCount");
    return r;
  });
  await context.sync();
  const areas: UsedArea[] = own.map((ws, i) => {
    const r = used[i]!;
    return r.isNullObject
      ? { name: ws.name, row: 0, col: 0, rows: 0, cols: 0 }
      : { name: ws.name, row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
  });
  onSize?.({ sheets: areas.length, cells: areas.reduce((n, a) => n + a.rows * a.cols, 0) });
  // A sheet whose used range is huge (stray values far away) is read by its islands of content (islands.ts).
  const huge = areas.map((a) => a.rows * a.cols > HUGE_SHEET_CELLS);
  const hugeAt = areas.flatMap((_, i) => (huge[i] ? [i] : []));
  const islands = hugeAt.length
    ? await findIslands(
        context,
        hugeAt.map((i) => own[i]!),
        hugeAt.map((i) => areas[i]!),
        specialCells,
      )
    : [];
  const first = areas.map((a, i) =>
    huge[i]
      ? { ...a, rows: 0 }
      : a.rows * a.cols <= SMALL_SHEET_CELLS || generated.has(a.name)
        ? a
        : { ...a, rows: Math.min(a.rows, PROBE_ROWS) },
  );
  const bytesPerCell = new Map<string, number>();
  const loaded = await loadValues(context, [...first, ...islands.flat()], bytesPerCell);
  const firstValues = loaded.slice(0, first.length);
  let next = first.length;
  const islandRows = islands.map((list) => placeIslands(list, loaded.slice(next, (next += list.length))));
  const visibility = own.map((ws) => hiddenState(ws.visibility));
  const kind = (a: UsedArea, i: number): GridKind => ({
    generatedKind: generated.get(a.name) ?? copied.get(a.name),
    hidden: visibility[i],
    copied: !generated.has(a.name) && copied.has(a.name),
  });
  const grids: SheetGrid[] = areas.map((a, i) =>
    huge[i]
      ? { ...grid({ ...a, row: 0, col: 0 }, [], kind(a, i)), rows: islandRows[hugeAt.indexOf(i)]! }
      : grid(a, firstValues[i]!, kind(a, i)),
  );
  const hasLabels = grids.map((g) => !g.generated && holdsScores(g));
  const needFull = areas.map((a, i) => (!huge[i] && first[i]!.rows < a.rows && hasLabels[i] ? a : null));
  const full = await loadValues(
    context,
    needFull.map((a) => a ?? { name: "", row: 0, col: 0, rows: 0, cols: 0 }),
    bytesPerCell,
  );
  needFull.forEach((a, i) => {
    if (a) grids[i] = grid(a, full[i]!, kind(a, i));
    else if (!hasLabels[i] && !grids[i]!.generated)
      stats.cellsFromNonScoreSheets += huge[i]
        ? islands[hugeAt.indexOf(i)]!.reduce((n, x) => n + x.rows * x.cols, 0)
        : first[i]!.rows * first[i]!.cols;
  });
  // A sheet the tool's marker names is its document only if its rows carry the tool's records: a marker that moved
  // to an officer's sheet with a cut cell never makes that sheet the tool's.
  return grids.map((g) =>
    g.generated && !hasRowRecords(g) ? { ...g, generated: false, generatedKind: undefined } : g,
  );
}

/** What the workbook says of a sheet beside its values. */
export interface GridKind {
  generatedKind?: string;
  hidden?: SheetGrid["hidden"];
  copied?: boolean;
}

export function grid(a: UsedArea, values: unknown[][], kind: GridKind = {}): SheetGrid {
  const rows: CellValue[][] = values.map(toGridRow);
  return {
    name: a.name,
    rows,
    top: a.row,
    left: a.col,
    generated: kind.generatedKind !== undefined && !kind.copied,
    generatedKind: kind.generatedKind,
    ...(kind.hidden ? { hidden: kind.hidden } : {}),
    ...(kind.copied ? { copiedDocument: true } : {}),
  };
}

/** Office.js's Worksheet.visibility ("Visible", "Hidden", "VeryHidden") as the grid's field. */
function hiddenState(v: string): SheetGrid["hidden"] {
  return v === "Hidden" ? "hidden" : v === "VeryHidden" ? "veryHidden" : undefined;
}
