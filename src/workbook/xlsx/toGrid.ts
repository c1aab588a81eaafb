import type ExcelJS from "exceljs";
import { type CellRange, type CellValue, type SheetGrid, parseRangeA1 } from "../../analysis/grid";
import { toGridValue } from "./readCell";

/** What the package says of a sheet beside its cells: the generated document it is, or one copied from elsewhere. */
export interface SheetKind {
  generatedKind?: string;
  copied?: boolean;
}

/** One exceljs worksheet as a grid: cells by row, merged areas, visibility and what the tool knows of it. */
export function toGrid(ws: ExcelJS.Worksheet, kind: SheetKind, zeros = new Set<string>()): SheetGrid {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.isMerged && cell.master !== cell) return;
      cells[col - 1] = toGridValue(cell.value, zeros.has(cell.address), cell.numFmt ?? "");
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map(parseRangeA1)
    .filter((m): m is CellRange => m !== null);
  return {
    name: ws.name,
    rows,
    top: 0,
    left: 0,
    merges,
    generated: kind.generatedKind !== undefined && !kind.copied,
    generatedKind: kind.generatedKind,
    ...(kind.copied ? { copiedDocument: true } : {}),
    ...(ws.state === "hidden" || ws.state === "veryHidden" ? { hidden: ws.state } : {}),
  };
}

export function isOleFile(b: Uint8Array): boolean {
  return b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}

/** True when `text` occurs in the bytes as UTF-16LE (how OLE directory entries store names). */
export function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = [...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * The bytes as an ArrayBuffer of their own, which exceljs's zip reader takes in Node and in the browser (its
 * typings say Buffer): the underlying buffer when the view covers all of it, else a copy.
 */
export function wholeBuffer(bytes: Uint8Array): ArrayBuffer {
  const b = bytes.buffer;
  return b instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === b.byteLength
    ? b
    : new Uint8Array(bytes).buffer;
}
