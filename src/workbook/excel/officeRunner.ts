import { catalogue } from "../../i18n/catalogue";
import { OFFICE_TEXT } from "../../i18n/officeText";

const translateOffice = catalogue(OFFICE_TEXT);
import type { ExcelContextLike, ExcelRunner } from "./excelApi";

/** Excel refuses API calls while the officer is typing in a cell. */
export class CellEditError extends Error {
  constructor(lang: "th" | "en") {
    super(translateOffice(lang, "error.cellEdit"));
  }
}

function isCellEditError(e: unknown): boolean {
  const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : "";
  return (
    code === "InvalidOperationInCellEditMode" || /CellEditMode/.test(e instanceof Error ? e.message : "")
  );
}

/**
 * `Excel.run` for the adapter. The real `Excel.RequestContext` is passed as the adapter's structural context
 * type without a cast (tsc checks that it fits). Where ExcelApi 1.11 is supported, a batch started while the
 * officer edits a cell waits for the edit to end (`delayForCellEdit`); elsewhere Excel refuses it, and the
 * officer is told what to do.
 */
export function officeRunner(
  lang: "th" | "en",
  supports: (set: string, version: string) => boolean,
): ExcelRunner {
  const delay = supports("ExcelApi", "1.11");
  return async <T>(batch: (context: ExcelContextLike) => Promise<T>): Promise<T> => {
    try {
      return await (delay ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch));
    } catch (e) {
      if (isCellEditError(e)) throw new CellEditError(lang);
      throw e;
    }
  };
}
