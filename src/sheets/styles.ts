import type { CellStyle, SpecCell } from "./sheetSpec";

export const HEADER: CellStyle = {
  bold: true,
  fill: "D9E2F3",
  border: true,
  wrap: true,
  align: "center",
  valign: "middle",
};
export const TEXT: CellStyle = { border: true, wrap: true, valign: "top" };
export const CENTER: CellStyle = { ...TEXT, align: "center" };
export const NUMBER: CellStyle = { border: true, numFmt: "0.00", align: "center", valign: "top" };
export const FLAGGED: CellStyle = { ...NUMBER, fill: "FFC7CE", color: "9C0006", bold: true };
export const UP: CellStyle = { ...NUMBER, numFmt: "+0.00;-0.00;0.00", color: "006100" };
export const DOWN: CellStyle = { ...NUMBER, numFmt: "+0.00;-0.00;0.00", color: "C00000" };
export const SAME: CellStyle = { ...NUMBER, numFmt: "+0.00;-0.00;0.00" };
export const TITLE: CellStyle = { bold: true, size: 18, align: "center", valign: "middle", wrap: true };
export const SUBTITLE: CellStyle = { bold: true, align: "left", valign: "middle", wrap: true };
export const CENTERED_LINE: CellStyle = { bold: true, align: "center", valign: "middle", wrap: true };
export const SECTION: CellStyle = { bold: true, fill: "EDEDED", border: true, wrap: true, valign: "middle" };

export function deltaStyle(delta: number | null): CellStyle {
  if (delta === null) return CENTER;
  return delta > 0 ? UP : delta < 0 ? DOWN : SAME;
}
/** A note to the officer above a document, never printed: yellow, like a sticky note. */
export const OFFICER_NOTE: CellStyle = { fill: "FFF2CC", color: "7F6000", wrap: true, valign: "middle" };
export const PARAGRAPH: CellStyle = { align: "left", valign: "top", wrap: true };
export const CENTERED_TEXT: CellStyle = { align: "center", valign: "top", wrap: true };
export const LABEL: CellStyle = { bold: true, align: "left", valign: "top" };
export const MEMO_TITLE: CellStyle = { bold: true, size: 29, align: "center", valign: "middle" };
/** "ประกาศ…": bold, a little larger than the text, as ประกาศ are printed (not the memo's 29 pt). */
export const ANNOUNCEMENT_TITLE: CellStyle = { bold: true, size: 20, align: "center", valign: "middle" };

/** A figure computed here, not published: its number with an asterisk, explained under the table. */
export const ESTIMATE_FORMAT = '0.00"*"';

/** A score in a table: red and bold below the mark, an asterisk when estimated, "–" when there is none. */
export function scoreCell(v: number | null | undefined, threshold: number, estimate = false): SpecCell {
  if (v === null || v === undefined) return { value: "–", style: CENTER };
  const style = v < threshold ? FLAGGED : NUMBER;
  return { value: v, style: estimate ? { ...style, numFmt: ESTIMATE_FORMAT } : style };
}
