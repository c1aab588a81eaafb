/** Thai vowel and tone marks sit above or below a letter and take no width. */
const ZERO_WIDTH = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b]/g;

/** Column widths are in characters of the default 11 pt font; text at `fontSize` is wider by this much. */
const DEFAULT_FONT_SIZE = 11;
/** Margin for fonts a printer may substitute (LibreOffice draws TH Sarabun as the larger Laksaman). */
const SAFETY = 1.15;

/** Display width of text in characters (approximate). */
export function textWidth(text: string): number {
  return text.replace(ZERO_WIDTH, "").length;
}

/** The number of lines wrapped text takes in a column `width` characters wide at `fontSize`. */
export function wrappedLines(text: string, width: number, fontSize = DEFAULT_FONT_SIZE): number {
  const perLine = Math.max(1, ((width - 1) * DEFAULT_FONT_SIZE) / (fontSize * SAFETY));
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / perLine)), 0);
}

/**
 * The height of one line of TH Sarabun text as a renderer lays it out, per point of font size, and a row's
 * padding: LibreOffice's optimal height for 16 pt is 24.75 pt a line plus about 4.2 pt (measured with
 * scripts/row-height-oracle.py; the old 1.45 left the last line of most multi-line rows cut).
 */
export const LINE_HEIGHT = 1.55;
export const ROW_PADDING = 5;

/** Row height in points that shows every wrapped line of the row at this font size. */
export function rowHeight(cells: { text: string; width: number }[], fontSize: number): number {
  const lines = Math.max(1, ...cells.map((c) => wrappedLines(c.text, c.width, fontSize)));
  return Math.ceil(lines * fontSize * LINE_HEIGHT + ROW_PADDING);
}

/** Excel's (and LibreOffice's) tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

/** How many wrapped lines fit in the tallest row at this font size. */
export function maxLinesPerRow(fontSize: number): number {
  return Math.max(1, Math.floor((MAX_ROW_HEIGHT - ROW_PADDING) / (fontSize * LINE_HEIGHT)));
}

/**
 * Text cut into pieces that each fit in the tallest row (`maxLines` wrapped lines), at line breaks where it can,
 * else between words; joined with line breaks the pieces give the text back.
 */
export function chunkText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const lines = text.split("\n").flatMap((line) => splitLongLine(line, width, fontSize, maxLines));
  const chunks: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    const next = [...current, line];
    if (current.length && wrappedLines(next.join("\n"), width, fontSize) > maxLines) {
      chunks.push(current.join("\n"));
      current = [line];
    } else current = next;
  }
  chunks.push(current.join("\n"));
  return chunks;
}

function splitLongLine(line: string, width: number, fontSize: number, maxLines: number): string[] {
  if (wrappedLines(line, width, fontSize) <= maxLines) return [line];
  const words = line.split(" ");
  const out: string[] = [];
  let current = "";
  for (const w of words) {
    const next = current ? `${current} ${w}` : w;
    if (current && wrappedLines(next, width, fontSize) > maxLines) {
      out.push(current);
      current = w;
    } else current = next;
  }
  out.push(current);
  return out;
}
