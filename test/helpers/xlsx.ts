import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CellValue } from "../../src/analysis/grid";

export interface FixtureSheet {
  name: string;
  rows: (CellValue | { formula: string; result?: number | string })[][];
  merges?: string[];
  hidden?: boolean;
}

/** Writes an .xlsx fixture the way Excel would store these cells. */
export async function writeWorkbook(file: string, sheets: FixtureSheet[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.hidden ? { state: "hidden" } : undefined);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof v === "object" && "date" in v) cell.value = new Date(v.date);
        else cell.value = v as ExcelJS.CellValue;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "ita-test-"));
}
