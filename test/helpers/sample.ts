import { readFileSync } from "node:fs";
import path from "node:path";
import type { SheetGrid } from "../../src/analysis/grid";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";

export const SAMPLE = path.join(__dirname, "..", "..", "samples", "ita-sample.xlsx");

/** The sample's own sheets. */
export const SAMPLE_SHEETS = ["คะแนนรายข้อ 2566", "ITA 2567", "สรุปตัวชี้วัด", "งบประมาณ"];

/** The documents generated from the sample, in order. */
export const SAMPLE_DOCUMENTS = ["วิเคราะห์ ITA 2567", "มาตรการ ITA 2568", "รายงานผลมาตรการ 2567"];

/** A copy of the sample with its documents. */
export const SAMPLE_OUTPUT_SHEETS = [...SAMPLE_SHEETS, ...SAMPLE_DOCUMENTS];

/** The sample workbook's grids, as the exceljs adapter reads them. */
export async function loadSampleGrids(): Promise<SheetGrid[]> {
  return (await XlsxWorkbook.load(readFileSync(SAMPLE))).readGrids();
}
