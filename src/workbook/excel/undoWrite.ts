import type { ExcelContextLike } from "./excelApi";

import { TEMP_PREFIX } from "../port";

export { TEMP_PREFIX };

/** The workbook or a sheet the documents must replace is protected. */
export class ProtectedError extends Error {
  constructor(readonly sheet: string | null) {
    super(sheet ? `sheet ${sheet} is protected` : "workbook is protected");
  }
}

/** Writing failed and the temporary sheets could not be removed either: the officer must delete them. */
export class CleanupError extends Error {
  constructor(readonly original: unknown) {
    super(
      `writing failed (${original instanceof Error ? original.message : String(original)}) and the temporary sheets "${TEMP_PREFIX}…" could not be removed`,
    );
  }
}

/**
 * After a failure before the swap: removes this run's temporary sheets (whatever of them Excel created) and
 * returns the error to throw — ProtectedError when the workbook's structure is protected.
 */
export async function undo(context: ExcelContextLike, token: string, original: unknown): Promise<unknown> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    context.workbook.protection.load("protected");
    await context.sync();
    // By name: a loaded collection's items are addressed by position, which each delete shifts.
    for (const name of sheets.items.map((s) => s.name).filter((n) => n.startsWith(token)))
      sheets.getItem(name).delete();
    await context.sync();
    return context.workbook.protection.protected && !(original instanceof ProtectedError)
      ? new ProtectedError(null)
      : original;
  } catch {
    return new CleanupError(original);
  }
}
