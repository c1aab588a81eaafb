import type { CellValue, SheetGrid } from "../../analysis/grid";
import { scanLabels } from "../../analysis/scanLabels";
import { kindOfMarker, sheetOfReference } from "../markers";
import { MARKER_PREFIX } from "../port";
import type { ExcelContextLike, RangeLike } from "./excelApi";
import { toGridRow } from "./toGridValue";

/** Sheets up to this many cells are read whole; larger ones are probed first. */
export const SMALL_SHEET_CELLS = 20_000;
/** The probe of a large sheet: its first rows, enough to find a score table's header and codes. */
export const PROBE_ROWS = 200;
/** Requests and responses stay under Excel on the web's 5 MB limit; this leaves room for JSON overhead. */
export const MAX_PAYLOAD_BYTES = 4_000_000;
/** An estimate of a cell's size in a response (value and JSON punctuation). */
const BYTES_PER_CELL = 16;

interface UsedArea {
  name: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ReadStats {
  /** Cells pulled from sheets that turned out to hold no score table. */
  cellsFromNonScoreSheets: number;
}

/**
 * Reads the workbook as grids in a constant number of round-trips: (1) sheet list and markers, (2) used
 * ranges, (3) small sheets whole and large ones probed, (4) the large sheets whose probe holds score labels.
 * A batch whose estimated response exceeds the payload limit is split over more syncs.
 */
export async function readGrids(
  context: ExcelContextLike,
  stats: ReadStats = { cellsFromNonScoreSheets: 0 },
): Promise<SheetGrid[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name,items/value");
  await context.sync();
  const generated = new Map(
    names.items
      .filter((n) => n.name.startsWith(MARKER_PREFIX))
      .map((n) => [sheetOfReference(n.value), kindOfMarker(n.name)]),
  );
  const used = sheets.items.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("rowIndex,columnIndex,rowCount,columnCount");
    return r;
  });
  await context.sync();
  const areas: UsedArea[] = sheets.items.map((ws, i) => {
    const r = used[i]!;
    return r.isNullObject
      ? { name: ws.name, row: 0, col: 0, rows: 0, cols: 0 }
      : { name: ws.name, row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
  });
  const first = areas.map((a) =>
    a.rows * a.cols <= SMALL_SHEET_CELLS || generated.has(a.name)
      ? a
      : { ...a, rows: Math.min(a.rows, PROBE_ROWS) },
  );
  const firstValues = await loadValues(context, first);
  const grids: SheetGrid[] = areas.map((a, i) => grid(a, firstValues[i]!, generated.get(a.name)));
  const hasLabels = grids.map((g) => !g.generated && scanLabels(g).columns.size > 0);
  const needFull = areas.map((a, i) => (first[i]!.rows < a.rows && hasLabels[i] ? a : null));
  const full = await loadValues(
    context,
    needFull.map((a) => a ?? { name: "", row: 0, col: 0, rows: 0, cols: 0 }),
  );
  needFull.forEach((a, i) => {
    if (a) grids[i] = grid(a, full[i]!, generated.get(a.name));
    else if (!hasLabels[i] && !grids[i]!.generated)
      stats.cellsFromNonScoreSheets += first[i]!.rows * first[i]!.cols;
  });
  return grids;
}

function grid(a: UsedArea, values: unknown[][], generatedKind: string | undefined): SheetGrid {
  const rows: CellValue[][] = values.map(toGridRow);
  return {
    name: a.name,
    rows,
    top: a.row,
    left: a.col,
    generated: generatedKind !== undefined,
    generatedKind,
  };
}

/** Loads the values of each area, splitting areas into row blocks and blocks into syncs under the payload limit. */
async function loadValues(context: ExcelContextLike, areas: UsedArea[]): Promise<unknown[][][]> {
  const blockRows = (a: UsedArea) =>
    Math.max(1, Math.floor(MAX_PAYLOAD_BYTES / BYTES_PER_CELL / Math.max(1, a.cols)));
  const pending: { area: number; range: RangeLike; bytes: number }[] = [];
  areas.forEach((a, i) => {
    if (a.rows === 0 || a.cols === 0) return;
    for (let r = 0; r < a.rows; r += blockRows(a)) {
      const n = Math.min(blockRows(a), a.rows - r);
      const range = context.workbook.worksheets
        .getItem(a.name)
        .getRangeByIndexes(a.row + r, a.col, n, a.cols);
      pending.push({ area: i, range, bytes: n * a.cols * BYTES_PER_CELL });
    }
  });
  const out: unknown[][][] = areas.map(() => []);
  let batch: typeof pending = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await context.sync();
    for (const p of batch) for (const row of p.range.values) out[p.area]!.push(row);
    batch = [];
    bytes = 0;
  };
  for (const p of pending) {
    if (bytes + p.bytes > MAX_PAYLOAD_BYTES) await flush();
    p.range.load("values");
    batch.push(p);
    bytes += p.bytes;
  }
  await flush();
  return out;
}
