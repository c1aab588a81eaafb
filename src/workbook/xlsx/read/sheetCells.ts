import {
  type CellRange,
  type CellValue,
  NO_RESULT,
  denseRows,
  parseA1,
  parseRangeA1,
} from "../../../analysis/grid";
import type { FormatKind } from "./numberFormats";
import { attr, itemText, unescapeXml } from "./xmlText";

/** What a sheet's cells need from the rest of the package. */
export interface CellContext {
  strings: string[];
  formats: FormatKind[];
  /** The workbook counts dates from 1904 (Mac Excel's old default). */
  date1904: boolean;
}

export interface SheetCells {
  /** Sparse rows of the cells present (0-based from A1). */
  rows: CellValue[][];
  merges: CellRange[];
  /** False when reading stopped at `maxRows`. */
  complete: boolean;
}

/**
 * A row's start, a cell (empty or with its inner XML), or the end of the cells. A cell's inner XML never holds
 * another cell or row, so an unclosed `<c>` stops at the next one instead of searching the rest of the sheet
 * (which made a damaged part's reading quadratic).
 */
const TOKEN =
  /<(?:\w+:)?row\b([^>]*)>|<(?:\w+:)?c\b([^>]*?)(?:\/>|>((?:[^<]|<(?!\/?(?:\w+:)?(?:c|row|sheetData)\b))*)<\/(?:\w+:)?c>)|<\/(?:\w+:)?sheetData>/g;

/** Excel's limits: a reference beyond them is damage, never a cell (a grid that far would not fit in memory). */
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

/**
 * The cells of a worksheet part as a sparse grid, read straight from its XML (only cells with a value or a formula
 * cost anything, whatever the sheet's used range): shared and inline strings, numbers (a date format gives a date,
 * a percent format the number shown), booleans, errors, formulas' cached results (0 included; none is NO_RESULT).
 * Reading stops after `maxRows` rows when given.
 */
export function readSheetCells(xml: string, ctx: CellContext, maxRows = Infinity): SheetCells {
  const rows: CellValue[][] = [];
  let row = -1;
  let col = -1;
  let complete = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[0].startsWith("</")) break;
    if (m[1] !== undefined) {
      const r = attr(m[0], "r");
      row = r ? Number(r) - 1 : row + 1;
      col = -1;
      if (row >= maxRows) {
        complete = false;
        break;
      }
      continue;
    }
    const tag = m[2] ?? "";
    const at = parseA1(attr(`<c ${tag}>`, "r") ?? "");
    if (at) {
      if (at.row >= maxRows) {
        complete = false;
        break;
      }
      row = at.row;
      col = at.col;
    } else col++;
    if (!(row >= 0 && row < MAX_ROWS && col >= 0 && col < MAX_COLS)) continue;
    const value = cellValue(tag, m[3] ?? "", ctx);
    if (value !== null) (rows[row] ??= [])[col] = value;
  }
  const merges = readMerges(xml).filter((mg) => mg.bottom < MAX_ROWS && mg.right < MAX_COLS);
  // Only the rows and cells present are visited: a merge over a whole sheet costs what the sheet holds.
  for (const mg of merges)
    for (let r = mg.top; r <= Math.min(mg.bottom, rows.length - 1); r++) {
      const cells = rows[r];
      if (!cells) continue;
      for (let c = mg.left; c <= Math.min(mg.right, cells.length - 1); c++)
        if (r !== mg.top || c !== mg.left) delete cells[c];
    }
  return { rows: denseRows(rows), merges, complete };
}

function cellValue(tag: string, inner: string, ctx: CellContext): CellValue {
  const open = `<c ${tag}>`;
  const t = attr(open, "t") ?? "n";
  const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  const formula = /<(?:\w+:)?f\b/.test(inner);
  if (t === "inlineStr") {
    const is = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1];
    // Some writers put an inline string's formula result in <v>.
    if (is !== undefined) return itemText(is);
  }
  if (v === undefined) return formula ? { error: NO_RESULT } : null;
  if (t === "s") return ctx.strings[Number(v)] ?? null;
  if (t === "str" || t === "inlineStr") return unescapeXml(v);
  if (t === "b") return v.trim() === "1";
  if (t === "e") return { error: unescapeXml(v) };
  if (t === "d") return { date: new Date(v).toISOString() };
  const n = Number(v);
  if (!Number.isFinite(n)) return unescapeXml(v);
  const kind = ctx.formats[Number(attr(open, "s") ?? 0)] ?? "number";
  if (kind === "percent") return Math.round(n * 1e10) / 1e8;
  if (kind === "date") return { date: serialDate(n, ctx.date1904) };
  return n;
}

/** An Excel date serial as an ISO instant, as exceljs gives it. */
function serialDate(serial: number, date1904: boolean): string {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)).toISOString();
}

function readMerges(xml: string): CellRange[] {
  const from = xml.lastIndexOf("<mergeCells");
  const at = from >= 0 ? from : xml.search(/<\w+:mergeCells\b/);
  if (at < 0) return [];
  return [...xml.slice(at).matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)]
    .map((m) => parseRangeA1(attr(m[0], "ref") ?? ""))
    .filter((r): r is CellRange => r !== null);
}
