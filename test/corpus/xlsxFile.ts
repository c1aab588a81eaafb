import ExcelJS from "exceljs";

/** Writes a corpus workbook: sheets of raw rows, hidden states and merges, exactly as given. */
export type Rows = unknown[][];

export async function xlsx(
  file: string,
  sheets: { name: string; rows: Rows; state?: "hidden" | "veryHidden"; merges?: string[] }[],
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : undefined);
    for (const row of s.rows) ws.addRow(row as ExcelJS.CellValue[]);
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
  return file;
}
