import type { SheetGrid } from "../analysis/grid";

/**
 * exceljs (about 1 MB) is loaded only when a file is opened: the pane and the page show their frame before it,
 * and the Excel pane never loads it unless the officer chooses last year's measures file.
 */
export function loadXlsx() {
  return import(/* webpackChunkName: "xlsx" */ "../workbook/xlsx/xlsxWorkbook");
}

/** The grids of a workbook file chosen by the officer. */
export async function loadWorkbookGrids(file: { arrayBuffer(): Promise<ArrayBuffer> }): Promise<SheetGrid[]> {
  const { XlsxWorkbook } = await loadXlsx();
  const wb = await XlsxWorkbook.load(new Uint8Array(await file.arrayBuffer()));
  return wb.readGrids();
}

/** The sample workbook served beside the pane and the page. */
export async function fetchSample(): Promise<{ name: string; arrayBuffer(): Promise<ArrayBuffer> }> {
  const r = await fetch("sample.xlsx");
  if (!r.ok) throw new Error(`sample.xlsx: HTTP ${r.status}`);
  const bytes = await r.arrayBuffer();
  return { name: "ita-sample.xlsx", arrayBuffer: async () => bytes };
}
