import type { SheetSpec } from "../../sheets/sheetSpec";
import { isFormulaLike } from "../markers";
import type { RangeLike, WorksheetLike } from "./excelApi";
import { styleRuns } from "./styleRuns";

/** Excel column widths are in points here; a character of the default font is about 7 px ≈ 5.3 pt plus padding. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** The values of a spec as one 2-D array; text that looks like a formula gets Excel's text prefix. */
export function specValues(spec: SheetSpec): (string | number)[][] {
  const width = Math.max(1, ...spec.rows.map((r) => r.cells.length));
  return spec.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const v = row.cells[c]?.value ?? null;
      if (v === null) return "";
      return typeof v === "string" && isFormulaLike(v) ? `'${v}` : v;
    }),
  );
}

/** Pass 1: the whole table's values (from specValues) in one call. */
export function writeValues(ws: WorksheetLike, values: (string | number)[][]): void {
  if (values.length === 0) return;
  const range = ws.getRangeByIndexes(0, 0, values.length, values[0]!.length);
  range.values = values;
}

const H: Record<string, string> = { left: "Left", center: "Center", right: "Right" };
const V: Record<string, string> = { top: "Top", middle: "Center" };

/** Pass 2: fonts, fills, borders, number formats, widths, heights, merges, freeze, print setup. */
export function writeFormats(ws: WorksheetLike, spec: SheetSpec, pageLayout: boolean): void {
  const rows = spec.rows.length;
  const cols = Math.max(1, ...spec.rows.map((r) => r.cells.length));
  if (rows === 0) return;
  const all = ws.getRangeByIndexes(0, 0, rows, cols);
  all.format.font.name = spec.font.name;
  all.format.font.size = spec.font.size;
  spec.columns.forEach((w, c) => {
    const col = ws.getRangeByIndexes(0, c, 1, 1);
    col.format.columnWidth = columnWidthPoints(w);
    if (spec.hiddenColumns?.includes(c)) col.columnHidden = true;
  });
  spec.rows.forEach((row, r) => {
    if (row.height !== undefined) ws.getRangeByIndexes(r, 0, 1, 1).format.rowHeight = row.height;
  });
  for (const run of styleRuns(spec))
    applyStyle(ws.getRangeByIndexes(run.row, run.col, 1, run.count), run.style, run.count);
  for (const m of spec.merges)
    ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  if (spec.freeze) ws.freezePanes.freezeRows(spec.freeze.rows);
  if (pageLayout) {
    ws.pageLayout.orientation = spec.print.orientation === "landscape" ? "Landscape" : "Portrait";
    ws.pageLayout.paperSize = "A4";
    if (spec.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (spec.print.repeatRows)
      ws.pageLayout.setPrintTitleRows(
        `$${spec.print.repeatRows.first + 1}:$${spec.print.repeatRows.last + 1}`,
      );
  }
}

/** An Excel chart of the spec's chart columns (the analysis sheet's indicator scores by year). */
export function writeChart(ws: WorksheetLike, spec: SheetSpec): void {
  const c = spec.chart;
  if (!c || c.series.length === 0) return;
  const left = Math.min(...c.series.map((s) => s.col));
  const width = Math.max(...c.series.map((s) => s.col)) - left + 1;
  const data = ws.getRangeByIndexes(c.rows.first, left, c.rows.last - c.rows.first + 1, width);
  const chart = ws.charts.add("ColumnClustered", data, "Columns");
  chart.title.text = c.title;
  c.series.forEach((s, i) => (chart.series.getItemAt(i).name = s.name));
  chart.setPosition(ws.getRangeByIndexes(c.anchor.row, c.anchor.col, 1, 1));
}

function applyStyle(
  range: RangeLike,
  s: SheetSpec["rows"][number]["cells"][number]["style"] & object,
  count: number,
): void {
  const f = range.format;
  if (s.bold) f.font.bold = true;
  if (s.size) f.font.size = s.size;
  if (s.color) f.font.color = `#${s.color}`;
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.wrap) f.wrapText = true;
  if (s.align) f.horizontalAlignment = H[s.align]!;
  if (s.valign) f.verticalAlignment = V[s.valign]!;
  if (s.numFmt) range.numberFormat = [Array.from({ length: count }, () => s.numFmt!)];
  if (s.border) {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      ...(count > 1 ? ["InsideVertical"] : []),
    ]) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.color = "#808080";
    }
  }
}
