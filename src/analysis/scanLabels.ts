import type { Instrument } from "../ita/types";
import type { SheetGrid } from "./grid";
import {
  type InstrumentMarker,
  parseIndicatorLabel,
  parseInstrumentMarker,
  parseSummaryRowLabel,
} from "./parseLabels";
import { parseItemCode } from "./parseItemCode";
import { indicatorNameMatches } from "./indicatorNames";
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

/**
 * Finds the cells that label a score row: item codes, indicator headings and instrument/total rows.
 * Item codes given only as numbers ("ข้อ ๗") take their instrument from the nearest heading above
 * (a column heading, or a section title to the left), then from the sheet name.
 */
export function scanLabels(grid: SheetGrid): LabelScan {
  const sheetMarker = parseInstrumentMarker(grid.name);
  const colMarker = new Map<number, Seen<InstrumentMarker>>();
  const colIndicator = new Map<number, Seen<number>>();
  let rowMarker: Seen<InstrumentMarker> | null = null;
  const all: LabelCell[] = [];

  grid.rows.forEach((row, r) => {
    const labels: LabelCell[] = [];
    const markers: { c: number; m: InstrumentMarker }[] = [];
    const indicatorHeads: { c: number; n: number }[] = [];
    row.forEach((v, c) => {
      if (typeof v !== "string" || v.trim() === "") return;
      const item = parseItemCode(v);
      if (item) {
        labels.push({
          r,
          c,
          label: {
            kind: "item",
            item: { ...item, indicatorContext: item.indicator, raw: v, text: item.rest },
          },
        });
        return;
      }
      const ind = parseIndicatorLabel(v);
      if (ind && indicatorNameMatches(ind.indicator, ind.rest)) {
        labels.push({ r, c, label: { kind: "indicator", indicator: ind.indicator } });
        indicatorHeads.push({ c, n: ind.indicator });
        return;
      }
      const summary = parseSummaryRowLabel(v);
      if (summary) {
        labels.push({
          r,
          c,
          label: { kind: "summary", instrument: summary.kind === "instrument" ? summary.instrument : null },
        });
        return;
      }
      const marker = parseInstrumentMarker(v);
      if (marker) markers.push({ c, m: marker });
    });
    for (const { c, m } of markers) colMarker.set(c, { value: m, row: r });
    for (const { c, n } of indicatorHeads) colIndicator.set(c, { value: n, row: r });
    if (labels.length === 0 && markers.length === 1) rowMarker = { value: markers[0]!.m, row: r };
    for (const l of labels) {
      if (l.label.kind !== "item") continue;
      const item = l.label.item;
      const ctx = latest(colMarker.get(l.c), sameRowLeft(markers, l.c, r), rowMarker)?.value ?? sheetMarker;
      if (item.instrument === null && ctx) item.instrument = ctx.instrument;
      if (item.instrument === "EIT" && item.channel === null && ctx?.instrument === "EIT")
        item.channel = ctx.channel;
      if (item.indicatorContext === undefined) {
        const ind = latest(...[...colIndicator].filter(([c]) => c <= l.c).map(([, seen]) => seen));
        if (ind) item.indicatorContext = ind.value;
      }
    }
    all.push(...labels);
  });
  return groupByColumn(all);
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

function groupByColumn(all: LabelCell[]): LabelScan {
  const byCol = new Map<number, LabelCell[]>();
  for (const l of all) {
    const list = byCol.get(l.c) ?? [];
    list.push(l);
    byCol.set(l.c, list);
  }
  const columns = new Map<number, LabelCell[]>();
  for (const [c, list] of byCol) {
    const strong = list.filter((l) => l.label.kind !== "summary").length;
    if (strong >= 2) columns.set(c, list);
  }
  const rowLabelCols = new Map<number, number[]>();
  for (const [c, list] of [...columns].sort((a, b) => a[0] - b[0])) {
    for (const l of list) rowLabelCols.set(l.r, [...(rowLabelCols.get(l.r) ?? []), c]);
  }
  return { columns, rowLabelCols };
}
