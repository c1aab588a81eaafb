import { ChangedSinceReadError, type ReadState, valuesHash } from "../readState";
import type { ExcelContextLike } from "./excelApi";
import { liveMarkers } from "./readGrids";
import { toGridRow } from "./toGridValue";

/**
 * Queues, in the write's first batch, a load of the values of each generated sheet as it was read; after that
 * batch's sync, the returned function gives the state of the sheets that are generated now (a sheet generated
 * since the read, which was not loaded, counts as changed).
 */
export function watchSheets(context: ExcelContextLike, expected: ReadState): (now: string[]) => ReadState {
  const used = new Map(
    expected.generated.map((s) => {
      const r = context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
      r.load("values,rowIndex,columnIndex");
      return [s.name, r] as const;
    }),
  );
  return (now) => ({
    generated: now.map((name) => {
      const r = used.get(name);
      if (!r) return { name, hash: "new" };
      const rows = r.isNullObject ? [] : r.values.map(toGridRow);
      return {
        name,
        hash: valuesHash({
          rows,
          top: r.isNullObject ? 0 : r.rowIndex,
          left: r.isNullObject ? 0 : r.columnIndex,
        }),
      };
    }),
  });
}

/**
 * After the first batch failed: when a sheet read as generated is gone (deleted or renamed by someone since the
 * read, so its load failed), the failure is that change; otherwise it is the original error.
 */
export async function goneSince(
  context: ExcelContextLike,
  expected: ReadState,
  original: unknown,
): Promise<unknown> {
  try {
    const { worksheets, names } = context.workbook;
    worksheets.load("items/name");
    names.load("items/name,items/value");
    await context.sync();
    const live = liveMarkers(names.items);
    const gone = expected.generated.map((s) => s.name).filter((n) => !live.has(n));
    return gone.length > 0 ? new ChangedSinceReadError(gone) : original;
  } catch {
    return original;
  }
}
