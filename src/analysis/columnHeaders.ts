import { type CellValue, type SheetGrid, addressOf } from "./grid";
import { notScoreColumnHeader } from "./notScoreHeader";
import { parseInstrumentMarker } from "./parseLabels";
import { findYear } from "./parseYear";
import { cellText } from "./text";

export interface ColumnHeader {
  year: number | null;
  fromCE?: number;
  /** A change, target or note column: never read as scores. */
  skip: boolean;
  /** Where the year was read. */
  cell: string | null;
  text: string;
}

const SKIP =
  /ผลต่าง|ส่วนต่าง|เปลี่ยนแปลง|เพิ่มขึ้น|ลดลง|เพิ่ม\s*\/\s*ลด|เพิ่ม-ลด|\+\s*\/\s*-|±|delta|change|diff|เกณฑ์|เป้าหมาย|target|threshold|น้ำหนัก|weight|ลำดับ|จำนวน|คะแนนเต็ม|เต็ม\s*100|full\s*score|respondents|หมายเหตุ|ระดับ|level|อันดับ|rank/i;

/** A remarks column: codes quoted in it ("ข้อ 5 ได้ 3 คะแนน") are notes, never a table's labels. */
export function isNotesHeader(text: string): boolean {
  return /หมายเหตุ|ข้อสังเกต|คำอธิบาย|remarks?\b|notes?\b/i.test(text);
}

/**
 * The header in force for each label row of one column: the last year-bearing or keyword text met above it,
 * read top-down over rows that hold no labels. Merged header cells count in every column they cover.
 */
export function headersForColumn(
  grid: SheetGrid,
  col: number,
  labelRows: Set<number>,
  mergedText: (r: number, c: number) => CellValue,
): Map<number, ColumnHeader> {
  const out = new Map<number, ColumnHeader>();
  let state: ColumnHeader = { year: null, skip: false, cell: null, text: "" };
  grid.rows.forEach((_, r) => {
    if (labelRows.has(r)) {
      out.set(r, state);
      return;
    }
    const v = mergedText(r, col);
    const text = cellText(v);
    if (text === "") return;
    const numeric = typeof v === "number" || /^[\d.]+$/.test(text);
    const y = findYear(text);
    if (numeric && !(y && /^\d{4}$/.test(text))) return;
    // An instrument heading over a block ("EIT (EP)") or a long title is not a column header.
    if (!y && (parseInstrumentMarker(text) || text.length > 60)) return;
    const skip = SKIP.test(text) || notScoreColumnHeader(text);
    if (y) state = { year: y.year, fromCE: y.fromCE, skip, cell: addressOf(grid, r, col), text };
    else if (skip) state = { ...state, skip: true, text };
    else state = { ...state, skip: false, text };
  });
  return out;
}

/** Returns the text of (r, c), or of the merged range's first cell when (r, c) lies inside one. */
export function mergedTextReader(grid: SheetGrid): (r: number, c: number) => CellValue {
  const master = new Map<string, CellValue>();
  for (const m of grid.merges ?? []) {
    const r0 = m.top - grid.top;
    const c0 = m.left - grid.left;
    const v = grid.rows[r0]?.[c0] ?? null;
    if (typeof v !== "string" || (m.bottom - m.top + 1) * (m.right - m.left + 1) > 200) continue;
    for (let r = r0; r <= m.bottom - grid.top; r++)
      for (let c = c0; c <= m.right - grid.left; c++) if (r !== r0 || c !== c0) master.set(`${r},${c}`, v);
  }
  return (r, c) => {
    const v = grid.rows[r]?.[c] ?? null;
    return v === null ? (master.get(`${r},${c}`) ?? null) : v;
  };
}
