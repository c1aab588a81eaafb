import { ExcelWorkbook, ProtectedError } from "../workbook/excel/excelWorkbook";
import { officeRunner } from "../workbook/excel/officeRunner";
import { languageOf } from "./i18n";
import { DEFAULT_PANE_SETTINGS, PaneError, type PaneHost, type PaneSettings } from "./paneHost";

/** The minimum requirement set the pane needs (getRangeByIndexes, freezePanes, NamedItem references). */
export const REQUIRED_API = { set: "ExcelApi", version: "1.7" };

export function officeSupportsPane(): boolean {
  return Office.context.requirements.isSetSupported(REQUIRED_API.set, REQUIRED_API.version);
}

/** The pane's host inside Excel: the Office.js adapter over Excel.run. */
export function createOfficeHost(): PaneHost {
  const supports = (set: string, version: string) => Office.context.requirements.isSetSupported(set, version);
  const wb = new ExcelWorkbook(officeRunner(languageOf(Office.context.displayLanguage), supports), supports);
  return {
    kind: "excel",
    lang: languageOf(Office.context.displayLanguage),
    readGrids: () => wb.readGrids(),
    writeSheets: async (specs) => {
      try {
        return await wb.writeSheets(specs);
      } catch (e) {
        if (e instanceof ProtectedError) throw new PaneError("protected", e.sheet ?? "");
        throw e;
      }
    },
    readSettings: () => wb.readSettings<Partial<PaneSettings>>(),
    writeSettings: (s) => wb.writeSettings({ ...DEFAULT_PANE_SETTINGS, ...s }),
    select: (sheet, cell) => wb.select(sheet, cell),
    readSelection: () => wb.readSelection(),
  };
}
