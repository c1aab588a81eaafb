import { columnWidthPoints } from "../../sheets/pageBreaks";
import type { SheetSpec } from "../../sheets/sheetSpec";
import { LINE_HEIGHT, ROW_PADDING } from "../../sheets/textHeight";
import type { WorksheetLike } from "./excelApi";

/**
 * The spec's pictures (a memo's ครุฑ) as shapes placed in points from the sheet's corner, computed from the widths
 * and heights the spec sets (ExcelApi 1.9; without it the ครุฑ's place stays blank, as with none supplied).
 * Returns the number of calls.
 */
export function writeImages(ws: WorksheetLike, spec: SheetSpec, pageLayout: boolean): number {
  if (!pageLayout || !spec.images?.length) return 0;
  const rowTop = (row: number) =>
    spec.rows
      .slice(0, row)
      .reduce((s, r) => s + (r.height ?? Math.ceil(spec.font.size * LINE_HEIGHT + ROW_PADDING)), 0);
  const colLeft = (col: number) => spec.columns.slice(0, col).reduce((s, w) => s + columnWidthPoints(w), 0);
  for (const img of spec.images) {
    const shape = ws.shapes.addImage(img.base64);
    shape.name = img.name;
    shape.altTextDescription = img.name;
    shape.lockAspectRatio = true;
    shape.top = rowTop(img.anchor.row) + img.anchor.y;
    shape.left = colLeft(img.anchor.col) + img.anchor.x;
    shape.height = img.height;
    shape.width = img.width;
  }
  return spec.images.length * 9;
}
