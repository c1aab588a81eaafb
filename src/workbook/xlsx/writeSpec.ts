import type ExcelJS from "exceljs";
import { marginsOf } from "../../sheets/pageBreaks";
import { type CellStyle, type SheetSpec, printArea } from "../../sheets/sheetSpec";

const THIN = { style: "thin" as const, color: { argb: "FF808080" } };

/** Writes one SheetSpec into an empty worksheet: values (text stays text, never a formula), styles, layout, print setup. */
export function writeSpec(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  ws.columns = spec.columns.map((width, i) => ({ width, hidden: spec.hiddenColumns?.includes(i) ?? false }));
  const styles = new Map<string, StyleParts>();
  spec.rows.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    if (row.height !== undefined) xr.height = row.height;
    row.cells.forEach((cell, c) => {
      const xc = xr.getCell(c + 1);
      xc.value = cell.value;
      applyStyle(xc, cell.style ?? {}, spec.font, styles);
    });
  });
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (spec.freeze) ws.views = [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: spec.print.orientation,
    fitToPage: spec.print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { ...marginsOf(spec) },
    horizontalCentered: true,
    // Each document counts its pages from 1, also when the workbook is printed whole.
    firstPageNumber: 1,
  };
  const after = spec.print.headerAfterFirstPage;
  if (spec.print.footer || after)
    ws.headerFooter = {
      ...(spec.print.footer ? { oddFooter: spec.print.footer } : {}),
      ...(after ? { differentFirst: true, firstHeader: "", oddHeader: after } : {}),
    };
  if (spec.print.repeatRows)
    ws.pageSetup.printTitlesRow = `${spec.print.repeatRows.first + 1}:${spec.print.repeatRows.last + 1}`;
  const area = printArea(spec);
  // exceljs puts "$" before each part ("A2" → "$A2"); "A$2" gives the absolute "$A$2" Excel and LibreOffice read.
  if (area) ws.pageSetup.printArea = area.replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  // exceljs breaks after a row: a page that starts at row r (0-based) ends under row r (1-based).
  for (const r of spec.print.rowBreaks ?? []) ws.getRow(r).addPageBreak();
}

/** One cell's exceljs style parts, made once per distinct style and shared by its cells (a table of thousands of
 * rows would otherwise hold a font, an alignment and a border object per cell). */
interface StyleParts {
  font: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  numFmt?: string;
  alignment: Partial<ExcelJS.Alignment>;
  border?: Partial<ExcelJS.Borders>;
}

function styleParts(s: CellStyle, font: SheetSpec["font"]): StyleParts {
  return {
    font: {
      name: font.name,
      size: s.size ?? font.size,
      bold: s.bold ?? false,
      ...(s.color ? { color: { argb: `FF${s.color}` } } : {}),
    },
    ...(s.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill}` } } } : {}),
    ...(s.numFmt ? { numFmt: s.numFmt } : {}),
    alignment: { wrapText: s.wrap ?? false, horizontal: s.align ?? "left", vertical: s.valign ?? "top" },
    ...(s.border ? { border: { top: THIN, left: THIN, bottom: THIN, right: THIN } } : {}),
  };
}

function applyStyle(
  xc: ExcelJS.Cell,
  s: CellStyle,
  font: SheetSpec["font"],
  cache: Map<string, StyleParts>,
): void {
  const key = JSON.stringify(s);
  let parts = cache.get(key);
  if (!parts) cache.set(key, (parts = styleParts(s, font)));
  xc.font = parts.font;
  if (parts.fill) xc.fill = parts.fill;
  if (parts.numFmt) xc.numFmt = parts.numFmt;
  xc.alignment = parts.alignment;
  if (parts.border) xc.border = parts.border;
}
