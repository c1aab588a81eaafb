import type { ExcelContextLike, RangeLike } from "./excelApi";
import { MAX_PAYLOAD_BYTES, isPayloadTooLarge, jsonBytes } from "./payload";

/** A rectangle of one sheet, 0-based. */
export interface UsedArea {
  name: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * The first guess of a cell's size in a response, in UTF-8 bytes, before anything of its sheet was read: a Thai
 * text of about 30 characters (3 bytes each) with its quotes. Later reads of a sheet use what was measured.
 */
export const FIRST_GUESS_BYTES_PER_CELL = 100;

interface Block {
  area: number;
  row: number;
  rows: number;
}

/**
 * Loads the values of each area: areas are cut into row blocks and blocks grouped into syncs so each response
 * stays under the payload limit by the estimate (`bytesPerCell`, per sheet, updated with the UTF-8 size
 * actually received); a batch Excel still refuses as too large is split in halves and read again.
 */
export async function loadValues(
  context: ExcelContextLike,
  areas: UsedArea[],
  bytesPerCell: Map<string, number>,
): Promise<unknown[][][]> {
  const density = (a: UsedArea) => bytesPerCell.get(a.name) ?? FIRST_GUESS_BYTES_PER_CELL;
  const blocks: Block[] = [];
  areas.forEach((a, i) => {
    if (a.rows === 0 || a.cols === 0) return;
    const per = Math.max(1, Math.floor(MAX_PAYLOAD_BYTES / density(a) / a.cols));
    for (let r = 0; r < a.rows; r += per) blocks.push({ area: i, row: r, rows: Math.min(per, a.rows - r) });
  });
  const size = (b: Block) => b.rows * areas[b.area]!.cols * density(areas[b.area]!);
  const batches: Block[][] = [];
  let bytes = Infinity;
  for (const b of blocks) {
    if (bytes + size(b) > MAX_PAYLOAD_BYTES) {
      batches.push([]);
      bytes = 0;
    }
    batches[batches.length - 1]!.push(b);
    bytes += size(b);
  }
  const got = new Map<Block, unknown[][]>();
  for (const batch of batches) await loadBatch(context, areas, batch, got, bytesPerCell);
  return areas.map((_, i) => blocks.filter((b) => b.area === i).flatMap((b) => got.get(b) ?? []));
}

async function loadBatch(
  context: ExcelContextLike,
  areas: UsedArea[],
  batch: Block[],
  got: Map<Block, unknown[][]>,
  bytesPerCell: Map<string, number>,
): Promise<void> {
  const ranges: RangeLike[] = batch.map((b) => {
    const a = areas[b.area]!;
    const r = context.workbook.worksheets
      .getItem(a.name)
      .getRangeByIndexes(a.row + b.row, a.col, b.rows, a.cols);
    r.load("values");
    return r;
  });
  try {
    await context.sync();
  } catch (e) {
    const halves = isPayloadTooLarge(e) ? split(batch) : null;
    if (!halves) throw e;
    for (const half of halves) await loadBatch(context, areas, half, got, bytesPerCell);
    // A block read as two halves: its rows are the halves' rows, in order.
    if (batch.length === 1)
      got.set(
        batch[0]!,
        halves.flatMap((h) => got.get(h[0]!) ?? []),
      );
    return;
  }
  batch.forEach((b, i) => {
    const values = ranges[i]!.values;
    got.set(b, values);
    const a = areas[b.area]!;
    const measured = jsonBytes(values) / Math.max(1, b.rows * a.cols);
    bytesPerCell.set(a.name, Math.max(bytesPerCell.get(a.name) ?? 0, measured * 1.25));
  });
}

/** Two smaller batches: the blocks divided, or one block's rows halved; null when it cannot shrink. */
function split(batch: Block[]): Block[][] | null {
  if (batch.length > 1) return [batch.slice(0, batch.length / 2), batch.slice(batch.length / 2)];
  const b = batch[0]!;
  if (b.rows < 2) return null;
  const half = Math.floor(b.rows / 2);
  return [[{ ...b, rows: half }], [{ ...b, row: b.row + half, rows: b.rows - half }]];
}
