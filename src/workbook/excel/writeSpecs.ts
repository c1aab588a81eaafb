import { columnWidthPoints, marginsOf } from "../../sheets/pageBreaks";
import { type SheetSpec, printArea } from "../../sheets/sheetSpec";
import type { RangeLike, WorksheetLike } from "./excelApi";
import { type FormatBlock, formatBlocks, heightRuns } from "./formatBlocks";
import { jsonBytes } from "./payload";
import { asTypedValue } from "./typedText";

/** Excel's maximum row height, in points; the sheet builders split longer text over continuation rows. */
export const MAX_ROW_HEIGHT = 409;
/** An estimate of one call's share of a request as the real Office.js client serialises it (action + path). */
export const BYTES_PER_CALL = 160;

/** The values of a spec as one 2-D array; text Excel would parse as something else gets the text prefix `'`. */
export function specValues(spec: SheetSpec): (string | number)[][] {
  const width = Math.max(1, ...spec.rows.map((r) => r.cells.length));
  return spec.rows.map((row) =>
    Array.from({ length: width }, (_, c) => asTypedValue(row.cells[c]?.value ?? null)),
  );
}

/** Pass 1: rows of the table's values (from specValues), from row `top`, in one call; returns the request bytes. */
export function writeValues(ws: WorksheetLike, values: (string | number)[][], top = 0): number {
  if (values.length === 0) return 0;
  ws.getRangeByIndexes(top, 0, values.length, values[0]!.length).values = values;
  return BYTES_PER_CALL + jsonBytes(values);
}

const H: Record<string, string> = { left: "Left", center: "Center", right: "Right" };
const V: Record<string, string> = { top: "Top", middle: "Center" };

/**
 * Pass 2: fonts, fills, borders and number formats on whole blocks; widths, heights (at most 409 pt), merges,
 * freeze, print setup. Returns an estimate of the request bytes it adds, so the caller can split syncs.
 */
export function writeFormats(ws: WorksheetLike, spec: SheetSpec, pageLayout: boolean): number {
  const rows = spec.rows.length;
  const cols = Math.max(1, ...spec.rows.map((r) => r.cells.length));
  if (rows === 0) return 0;
  let calls = 2;
  let bytes = 0;
  const all = ws.getRangeByIndexes(0, 0, rows, cols);
  all.format.font.name = spec.font.name;
  all.format.font.size = spec.font.size;
  spec.columns.forEach((w, c) => {
    const col = ws.getRangeByIndexes(0, c, 1, 1);
    col.format.columnWidth = columnWidthPoints(w);
    calls++;
    if (spec.hiddenColumns?.includes(c)) ((col.columnHidden = true), calls++);
  });
  for (const h of heightRuns(spec, MAX_ROW_HEIGHT)) {
    ws.getRangeByIndexes(h.row, 0, h.rows, 1).format.rowHeight = h.height;
    calls++;
  }
  for (const b of formatBlocks(spec)) {
    const n = applyBlock(ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols), b);
    calls += n.calls;
    bytes += n.bytes;
  }
  for (const m of spec.merges) {
    ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
    calls++;
  }
  if (spec.freeze) (ws.freezePanes.freezeRows(spec.freeze.rows), calls++);
  if (pageLayout) {
    ws.pageLayout.orientation = spec.print.orientation === "landscape" ? "Landscape" : "Portrait";
    ws.pageLayout.paperSize = "A4";
    // The margins the page breaks were computed for (inches → points).
    const margins = marginsOf(spec);
    ws.pageLayout.leftMargin = points(margins.left);
    ws.pageLayout.rightMargin = points(margins.right);
    ws.pageLayout.topMargin = points(margins.top);
    ws.pageLayout.bottomMargin = points(margins.bottom);
    ws.pageLayout.headerMargin = points(margins.header);
    ws.pageLayout.footerMargin = points(margins.footer);
    // Each document counts its pages from 1, also when the workbook is printed whole.
    ws.pageLayout.firstPageNumber = 1;
    calls += 7;
    for (const r of spec.print.rowBreaks ?? []) (ws.horizontalPageBreaks.add(`A${r + 1}`), calls++);
    if (spec.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (spec.print.repeatRows)
      ws.pageLayout.setPrintTitleRows(
        `$${spec.print.repeatRows.first + 1}:$${spec.print.repeatRows.last + 1}`,
      );
    calls += 4;
    const area = printArea(spec);
    if (area) (ws.pageLayout.setPrintArea(area), calls++);
    if (spec.print.footer) {
      const footer = ws.pageLayout.headersFooters.defaultForAllPages;
      const parts = footerSections(spec.print.footer);
      if (parts.left) footer.leftFooter = parts.left;
      if (parts.center) footer.centerFooter = parts.center;
      if (parts.right) footer.rightFooter = parts.right;
      calls += 3;
    }
    const after = spec.print.headerAfterFirstPage;
    if (after) {
      const hf = ws.pageLayout.headersFooters;
      hf.state = "FirstAndDefault";
      hf.defaultForAllPages.centerHeader = footerSections(after).center;
      hf.firstPage.centerHeader = "";
      calls += 3;
    }
  }
  return calls * BYTES_PER_CALL + bytes;
}

/** Inches in points, to the hundredth. */
function points(inches: number): number {
  return Math.round(inches * 7200) / 100;
}

/**
 * A footer in the file format's codes ("&Cหน้า &P / &N") as the three sections Office.js sets one by one;
 * text before any section code is centred, as Excel does.
 */
export function footerSections(footer: string): { left: string; center: string; right: string } {
  const out = { left: "", center: "", right: "" };
  let at: keyof typeof out = "center";
  for (const part of footer.split(/(&[LCR])/)) {
    if (part === "&L") at = "left";
    else if (part === "&C") at = "center";
    else if (part === "&R") at = "right";
    else out[at] += part;
  }
  return out;
}

function applyBlock(range: RangeLike, b: FormatBlock): { calls: number; bytes: number } {
  const f = range.format;
  const v = b.value;
  if (b.key === "bold") f.font.bold = true;
  else if (b.key === "size" && typeof v === "number") f.font.size = v;
  else if (b.key === "color") f.font.color = `#${String(v)}`;
  else if (b.key === "fill") f.fill.color = `#${String(v)}`;
  else if (b.key === "wrap") f.wrapText = true;
  else if (b.key === "align") f.horizontalAlignment = H[String(v)]!;
  else if (b.key === "valign") f.verticalAlignment = V[String(v)]!;
  else if (b.key === "numFmt") {
    const formats = Array.from({ length: b.rows }, () => Array.from({ length: b.cols }, () => String(v)));
    range.numberFormat = formats;
    return { calls: 1, bytes: jsonBytes(formats) };
  } else if (b.key === "border") return { calls: borders(range, b) * 2, bytes: 0 };
  return { calls: 1, bytes: 0 };
}

/** Thin grey lines around and inside the block; returns the number of edges set. */
function borders(range: RangeLike, b: FormatBlock): number {
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (b.cols > 1) edges.push("InsideVertical");
  if (b.rows > 1) edges.push("InsideHorizontal");
  for (const edge of edges) {
    const line = range.format.borders.getItem(edge);
    line.style = "Continuous";
    line.color = "#808080";
  }
  return edges.length;
}
