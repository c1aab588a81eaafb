import type { ColumnHeader } from "./columnHeaders";
import { type SheetGrid, addressOf } from "./grid";
import { notScoreHeaderAbove } from "./ledgerLabels";
import { type ScoreReading, parseScore } from "./parseScore";
import type { LabelCell } from "./scanLabels";
import { cellText } from "./text";
import type { Diagnostic } from "./types";

export interface Reading {
  cell: LabelCell;
  reading: ScoreReading;
  /** The row of the value, set when it may not be the label's: a code merged down over its sub-question rows. */
  r?: number;
}

/**
 * Stage 2, columns: the score columns of one block, each with the readings of its label rows. Scores are
 * looked for right of the labels; only when there are none there, left of them (scores typed before codes).
 */
export function scoreColumns(
  grid: SheetGrid,
  cells: LabelCell[],
  rowLabelCols: Map<number, number[]>,
  width: number,
  /** True when the column's header marks it as not scores (change, target, respondents, full score). */
  skipped: (v: number) => boolean,
): { byValueCol: Map<number, Reading[]>; scoreCols: number[] } {
  const top = cells[0]!.r;
  // A staff list (IDs like E01, ages) or a progress tracker is never a score table.
  if (notScoreHeaderAbove(grid, top, cells[0]!.c, cells[0]!.c))
    return { byValueCol: new Map(), scoreCols: [] };
  let right = new Map<number, Reading[]>();
  for (const side of ["right", "left"] as const) {
    const byValueCol = readingsByValueColumn(grid, cells, rowLabelCols, width, side);
    if (side === "right") right = byValueCol;
    const found = [...byValueCol]
      .filter(
        ([v, rs]) =>
          isScoreColumn(rs) && !isNumbering(rs) && !skipped(v) && !notScoreHeaderAbove(grid, top, v, v),
      )
      .map(([v]) => v)
      .sort((a, b) => a - b);
    // Beside a column of numbers, a column of ผ่าน/ไม่ผ่าน words is the verdict on them, not more scores
    // (for OIT items, whose marks are scores, it may be another year's: kept).
    const oit = cells.some((c) => c.label.kind === "item" && c.label.item.instrument === "OIT");
    const numeric = oit ? found : found.filter((v) => !onlyYesNo(byValueCol.get(v)!));
    const scoreCols = numeric.length > 0 ? numeric : found;
    if (scoreCols.length > 0) return { byValueCol, scoreCols };
  }
  // No score column: the cells right of the labels, so that a year column of text is still said.
  return { byValueCol: right, scoreCols: [] };
}

/** A column whose scores are all words (มี/ไม่มี, ผ่าน/ไม่ผ่าน, ✓/✗): a verdict when numbers stand beside it. */
function onlyYesNo(readings: Reading[]): boolean {
  return readings.every(({ reading }) => reading.kind !== "score" || reading.yesNo === true);
}

/** A numbering column ("ลำดับ", "ที่"): whole numbers from 1 or so, counting up by one, row after row. */
function isNumbering(readings: Reading[]): boolean {
  const values = readings.flatMap(({ reading }) => (reading.kind === "score" ? [reading.value] : []));
  return (
    values.length >= 2 &&
    values[0]! <= 5 &&
    values.every((v, i) => Number.isInteger(v) && (i === 0 || v === values[i - 1]! + 1))
  );
}

/**
 * The cells on one side of each label, up to the next label in the same row, grouped by column. When another
 * table stands beside the block (a label column further on), an empty column between them is the border:
 * the other table's scores, typed before its own codes, are never this block's.
 */
function readingsByValueColumn(
  grid: SheetGrid,
  cells: LabelCell[],
  rowLabelCols: Map<number, number[]>,
  width: number,
  side: "right" | "left",
): Map<number, Reading[]> {
  const out = new Map<number, Reading[]>();
  const spans = verticalSpans(grid);
  const emptyCols = new Map<number, boolean>();
  const empty = (v: number): boolean => {
    let known = emptyCols.get(v);
    if (known === undefined) {
      known = cells.every((cell) => {
        const span = spans.get(`${cell.r},${cell.c}`) ?? 0;
        for (let r = cell.r; r <= cell.r + span; r++) if (cellText(grid.rows[r]?.[v] ?? null)) return false;
        return true;
      });
      emptyCols.set(v, known);
    }
    return known;
  };
  for (const cell of cells) {
    const cols = rowLabelCols.get(cell.r)!;
    const next = cols.find((c) => c > cell.c);
    const prev = cols.filter((c) => c < cell.c).pop();
    let [from, to] = side === "right" ? [cell.c + 1, next ?? width] : [(prev ?? -1) + 1, cell.c];
    if (side === "right" && next !== undefined) for (let v = from; v < to; v++) if (empty(v)) to = v;
    if (side === "left" && prev !== undefined)
      for (let v = to - 1; v >= from; v--) if (empty(v)) from = v + 1;
    const row = grid.rows[cell.r]!;
    const span = spans.get(`${cell.r},${cell.c}`) ?? 0;
    for (let v = from; v < to; v++) {
      const list = out.get(v) ?? [];
      list.push(span > 0 ? inMerge(grid, cell, v, span) : { cell, reading: parseScore(row[v] ?? null) });
      out.set(v, list);
    }
  }
  return out;
}

/** For the first cell of each merge taller than one row: how many rows it covers below itself. */
export function verticalSpans(grid: SheetGrid): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of grid.merges ?? [])
    if (m.bottom > m.top) out.set(`${m.top - grid.top},${m.left - grid.left}`, m.bottom - m.top);
  return out;
}

/**
 * The one value in column v on the rows a merged code covers (its own row or one below). Several values (a
 * score per sub-question) are not the item's score: which one is, or whether it is their mean, is not known.
 */
function inMerge(grid: SheetGrid, cell: LabelCell, v: number, span: number): Reading {
  const found: number[] = [];
  for (let r = cell.r; r <= cell.r + span; r++) if ((grid.rows[r]?.[v] ?? null) !== null) found.push(r);
  if (found.length === 0) return { cell, reading: { kind: "empty" } };
  if (found.length > 1) {
    const shown = found.map((r) => addressOf(grid, r, v)).join(", ");
    return { cell, reading: { kind: "invalid", reason: "severalInMerge", shown } };
  }
  const r = found[0]!;
  return { cell, reading: parseScore(grid.rows[r]![v] ?? null), r };
}

/** A score column holds mostly 0–100 numbers on the label rows; a budget column (large numbers) does not. */
function isScoreColumn(readings: Reading[]): boolean {
  let scores = 0;
  let outOfRange = 0;
  let junk = 0;
  let nonEmpty = 0;
  for (const { reading } of readings) {
    if (reading.kind === "empty") continue;
    nonEmpty++;
    if (reading.kind === "score") scores++;
    else if (reading.reason === "range") outOfRange++;
    else if (reading.reason !== "text") junk++;
  }
  if (scores === 0) return false;
  if (outOfRange > scores) return false;
  return scores + outOfRange + junk >= 0.6 * nonEmpty;
}

/**
 * A column headed with a year whose cells are not scores ("ดีมาก", notes typed where scores belong): said
 * at its header, so that an earlier year never silently becomes the latest.
 */
export function yearColumnsWithoutScores(
  grid: SheetGrid,
  cells: LabelCell[],
  byValueCol: Map<number, Reading[]>,
  scoreCols: number[],
  headersOf: (v: number) => Map<number, ColumnHeader>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [v, readings] of byValueCol) {
    if (scoreCols.includes(v) || readings.every(({ reading }) => reading.kind === "empty")) continue;
    const h = headersOf(v).get(cells[0]!.r);
    if (!h || h.year === null || h.skip) continue;
    const example = readings.find(({ reading }) => reading.kind === "invalid");
    out.push({
      level: "warning",
      sheet: grid.name,
      cell: h.cell ?? addressOf(grid, cells[0]!.r, v),
      id: "yearColumnNotScores",
      params: {
        year: h.year,
        value: example?.reading.kind === "invalid" ? example.reading.shown : "",
      },
    });
  }
  return out;
}

/** "e1 เจ้าหน้าที่ปฏิบัติงาน… 75.00": a score at the end of the label's own text, as pasted from a PDF. */
const TRAILING_SCORE = /\s(\d{1,3}\.\d{2}|100)\s*%?$/;

/**
 * Lines pasted from a PDF, code, text and score in one cell: when most item labels of a block end with a
 * score, the label column itself is the score column.
 */
export function trailingScoreColumn(cells: LabelCell[]): Map<number, Reading[]> | null {
  const items = cells.filter((c) => c.label.kind === "item");
  const readings: Reading[] = items.map((cell) => {
    const text = cell.label.kind === "item" ? cell.label.item.text : "";
    const m = TRAILING_SCORE.exec(text);
    return { cell, reading: m ? parseScore(m[1]!) : { kind: "empty" } };
  });
  const scores = readings.filter((x) => x.reading.kind === "score").length;
  if (items.length === 0 || scores < 0.6 * items.length) return null;
  return new Map([[items[0]!.c, readings]]);
}
