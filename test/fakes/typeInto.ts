import type { FakeExcel } from "./fakeExcel";

/**
 * Types `text` into the fake workbook as an officer would: in sheet `sheet`, in the column headed `header`, on
 * the `nth` row (0-based) below that header whose column `idHeader` holds a value. Returns the cell's "row,col".
 */
export function typeUnder(
  x: FakeExcel,
  sheet: string,
  header: string,
  text: string,
  nth = 0,
  idHeader = "รหัสมาตรการ",
): string {
  const s = x.sheet(sheet);
  const at = [...s.cells].find(([, v]) => v === header)?.[0];
  if (!at) throw new Error(`no header ${header} in ${sheet}`);
  const [headRow, col] = at.split(",").map(Number) as [number, number];
  const idAt = [...s.cells].find(([k, v]) => v === idHeader && k.startsWith(`${headRow},`))?.[0];
  if (!idAt) throw new Error(`no ${idHeader} beside ${header} in ${sheet}`);
  const idCol = Number(idAt.split(",")[1]);
  const rows = [...s.cells.keys()]
    .map((k) => k.split(",").map(Number) as [number, number])
    .filter(([r, c]) => c === idCol && r > headRow)
    .map(([r]) => r)
    .sort((a, b) => a - b);
  const row = rows[nth];
  if (row === undefined) throw new Error(`no row ${nth} under ${header} in ${sheet}`);
  s.cells.set(`${row},${col}`, text);
  return `${row},${col}`;
}

/** Every text value of a sheet of the fake workbook. */
export function textsOf(x: FakeExcel, sheet: string): string[] {
  return [...x.sheet(sheet).cells.values()].filter((v): v is string => typeof v === "string");
}
