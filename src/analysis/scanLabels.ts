import { indicatorInstrument } from "../ita/catalog";
import type { Instrument } from "../ita/types";
import type { CellValue, SheetGrid } from "./grid";
import { indicatorNameMatches } from "./indicatorNames";
import {
  type InstrumentMarker,
  parseIndicatorLabel,
  parseInstrumentMarker,
  parseSubIndicatorLabel,
  parseSummaryRowLabel,
} from "./parseLabels";
import { parseItemCode } from "./parseItemCode";
import { parseScore } from "./parseScore";
import { cellText } from "./text";
import type { ItemLabel } from "./types";

export type RowLabel =
  | { kind: "item"; item: ItemLabel }
  | { kind: "indicator"; indicator: number }
  | { kind: "summary"; instrument: Instrument | null };

export interface LabelCell {
  r: number;
  c: number;
  label: RowLabel;
}

export interface LabelScan {
  /** Label cells of columns that hold at least two item or indicator labels, by column. */
  columns: Map<number, LabelCell[]>;
  /** For each row with labels in those columns, the label columns in that row, ascending. */
  rowLabelCols: Map<number, number[]>;
}

interface Seen<T> {
  value: T;
  row: number;
}

/** Headers of a column of plain item numbers: "ข้อ", "ข้อที่", "รหัส", "code". */
const NUMBER_COLUMN_HEADER = /^(ข้อ(ที่)?|รหัส(ข้อ)?|code|item|no\.?)$/i;

/**
 * Finds the cells that label a score row: item codes, indicator headings and instrument/total rows.
 * Codes given only as numbers ("ข้อ ๗", or 7 under a "ข้อ" header) take their instrument from the nearest
 * heading above — an instrument heading, an indicator heading (ตัวชี้วัดที่ 1 → IIT) or a sub-indicator
 * heading (ตัวชี้วัดย่อยที่ ๙.๔ → OIT) — then from the sheet name.
 */
export function scanLabels(grid: SheetGrid): LabelScan {
  const sheetMarker = parseInstrumentMarker(grid.name);
  const colMarker = new Map<number, Seen<InstrumentMarker>>();
  const colIndicator = new Map<number, Seen<number>>();
  const numberColumn = new Set<number>();
  let rowMarker: Seen<InstrumentMarker> | null = null;
  const all: LabelCell[] = [];

  grid.rows.forEach((row, r) => {
    const labels: LabelCell[] = [];
    const markers: { c: number; m: InstrumentMarker }[] = [];
    row.forEach((v, c) => {
      const label = readLabel(v, row, c, numberColumn);
      if (label) {
        labels.push({ r, c, label });
        if (label.kind === "indicator") {
          colIndicator.set(c, { value: label.indicator, row: r });
          markers.push({ c, m: { instrument: indicatorInstrument(label.indicator)!, channel: null } });
        }
        // "IIT" before the first item of a block labels the block too.
        if (label.kind === "summary" && label.instrument)
          markers.push({ c, m: { instrument: label.instrument, channel: null } });
        return;
      }
      const marker = headingMarker(v);
      if (marker) markers.push({ c, m: marker });
    });
    dropIndicatorsBesideItems(labels);
    for (const { c, m } of markers) colMarker.set(c, { value: m, row: r });
    if (labels.length === 0 && markers.length === 1) rowMarker = { value: markers[0]!.m, row: r };
    for (const l of labels) {
      if (l.label.kind !== "item") continue;
      const item = l.label.item;
      const sameCell =
        item.indicatorContext !== undefined ? indicatorInstrument(item.indicatorContext) : undefined;
      const ctx =
        latest(nearestAbove(colMarker, l.c), sameRowLeft(markers, l.c, r), rowMarker)?.value ?? sheetMarker;
      if (item.instrument === null) item.instrument = sameCell ?? ctx?.instrument ?? null;
      if (item.instrument === "EIT" && item.channel === null && ctx?.instrument === "EIT")
        item.channel = ctx.channel;
      if (item.indicatorContext === undefined) {
        const ind = nearestAbove(colIndicator, l.c);
        if (ind && indicatorInstrument(ind.value) === item.instrument) item.indicatorContext = ind.value;
      }
    }
    all.push(...labels);
  });
  return groupByColumn(grid, all);
}

/**
 * "รหัส | ตัวชี้วัด | คะแนน": an indicator named in the row of an item is that item's context, never a row
 * label of its own, so an item's score is never read as an indicator's.
 */
function dropIndicatorsBesideItems(labels: LabelCell[]): void {
  const items = labels.filter((l) => l.label.kind === "item");
  if (items.length === 0) return;
  for (let i = labels.length - 1; i >= 0; i--) {
    const l = labels[i]!.label;
    if (l.kind !== "indicator") continue;
    for (const it of items)
      if (it.label.kind === "item" && it.label.item.indicatorContext === undefined) {
        const inst = it.label.item.instrument;
        if (inst === null || inst === indicatorInstrument(l.indicator))
          it.label.item.indicatorContext = l.indicator;
      }
    labels.splice(i, 1);
  }
}

function readLabel(v: CellValue, row: CellValue[], c: number, numberColumn: Set<number>): RowLabel | null {
  if (typeof v === "number" || (typeof v === "string" && /^\s*[\d\u0e50-\u0e59]{1,2}\s*$/.test(v))) {
    const n = Number(cellText(v));
    if (!numberColumn.has(c) || !Number.isInteger(n) || n < 1 || n > 99) {
      numberColumn.delete(c);
      return null;
    }
    return {
      kind: "item",
      item: { instrument: null, channel: null, number: n, form: "number", raw: String(v), text: "" },
    };
  }
  if (typeof v !== "string" || v.trim() === "") return null;
  if (NUMBER_COLUMN_HEADER.test(cellText(v))) {
    numberColumn.add(c);
    return null;
  }
  const item = parseItemCode(v);
  if (item)
    return { kind: "item", item: { ...item, indicatorContext: item.indicator, raw: v, text: item.rest } };
  const ind = parseIndicatorLabel(v);
  if (ind && indicatorNameMatches(ind.indicator, ind.rest))
    return { kind: "indicator", indicator: ind.indicator };
  const summary = parseSummaryRowLabel(v);
  // "IIT" or "คะแนนรวม" is a score row only when a score follows it; otherwise it is a heading.
  if (summary && row.slice(c + 1).some((x) => parseScore(x).kind === "score")) {
    return { kind: "summary", instrument: summary.kind === "instrument" ? summary.instrument : null };
  }
  return null;
}

/** A heading that tells which instrument the rows below belong to. */
function headingMarker(v: CellValue): InstrumentMarker | null {
  if (typeof v !== "string") return null;
  const marker = parseInstrumentMarker(v);
  // "EIT (EP)" / "EIT (ES)" keep their channel.
  if (marker?.channel) return marker;
  const summary = parseSummaryRowLabel(v);
  if (summary?.kind === "instrument") return { instrument: summary.instrument, channel: null };
  if (parseSubIndicatorLabel(v)) return { instrument: "OIT", channel: null };
  return marker;
}

/** The latest heading at or left of column c; of headings in the same row, the nearest one to c. */
function nearestAbove<T>(byCol: Map<number, Seen<T>>, c: number): Seen<T> | undefined {
  let best: { col: number; seen: Seen<T> } | undefined;
  for (const [col, seen] of byCol) {
    if (col > c) continue;
    if (!best || seen.row > best.seen.row || (seen.row === best.seen.row && col > best.col))
      best = { col, seen };
  }
  return best?.seen;
}

function sameRowLeft(
  markers: { c: number; m: InstrumentMarker }[],
  c: number,
  r: number,
): Seen<InstrumentMarker> | undefined {
  const left = markers.filter((m) => m.c < c).pop();
  return left ? { value: left.m, row: r } : undefined;
}

function latest<T>(...seen: (Seen<T> | null | undefined)[]): Seen<T> | undefined {
  let best: Seen<T> | undefined;
  for (const s of seen) if (s && (!best || s.row > best.row)) best = s;
  return best;
}

function isNamedIndicatorRow(grid: SheetGrid, l: LabelCell): boolean {
  if (l.label.kind !== "indicator") return false;
  const row = grid.rows[l.r] ?? [];
  const ind = parseIndicatorLabel(cellText(row[l.c] ?? null));
  return (ind?.rest ?? "") !== "" && row.slice(l.c + 1).some((x) => parseScore(x).kind === "score");
}

function groupByColumn(grid: SheetGrid, all: LabelCell[]): LabelScan {
  const byCol = new Map<number, LabelCell[]>();
  for (const l of all) {
    const list = byCol.get(l.c);
    if (list) list.push(l);
    else byCol.set(l.c, [l]);
  }
  const columns = new Map<number, LabelCell[]>();
  for (const [c, list] of byCol) {
    const rows = list.filter((l) => l.label.kind !== "summary");
    // One explicit code (a one-item table under its own header) is a table too; the ledger checks it.
    const explicit = rows.some((l) => l.label.kind === "item" && l.label.item.instrument !== null);
    // A summary of instruments alone (IIT | EIT | OIT | คะแนนรวม, years across) is a table of its own.
    const instruments = list.filter((l) => l.label.kind === "summary" && l.label.instrument !== null);
    // One indicator by number and name with a score beside it ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล | 95.56") is a
    // one-row table too; a bare "ตัวชี้วัดที่ 1" or a heading without a score is not.
    const oneIndicator = rows.length === 1 && isNamedIndicatorRow(grid, rows[0]!);
    if (rows.length >= 2 || explicit || oneIndicator || instruments.length >= 2) columns.set(c, list);
  }
  const rowLabelCols = new Map<number, number[]>();
  for (const [c, list] of [...columns].sort((a, b) => a[0] - b[0])) {
    for (const l of list) {
      const cols = rowLabelCols.get(l.r);
      if (cols) cols.push(c);
      else rowLabelCols.set(l.r, [c]);
    }
  }
  return { columns, rowLabelCols };
}
