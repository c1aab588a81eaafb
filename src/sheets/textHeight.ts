import metrics from "./fontMetrics.json";

const WIDTHS: Readonly<Record<string, number>> = metrics.widths;
/** The cell's inner margins (both sides) in points, and a margin for a printer's slightly wider font. */
const CELL_PADDING = 6;
const FONT_MARGIN = 0.97;

/** Thai word breaks: made on first use, as loading its dictionary takes a while (the pane's view needs none). */
let segmenter: Intl.Segmenter | null = null;

/** Characters that take no room: the zero-width space (a break opportunity) and the word joiner. */
const ZERO_WIDTH = new Set(["\u200b", "\u2060"]);

/** A character's width in em of TH Sarabun (combining vowel and tone marks take none). */
function charWidth(ch: string): number {
  return ZERO_WIDTH.has(ch) ? 0 : (WIDTHS[ch] ?? metrics.fallback);
}

function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/**
 * The pieces a line may break between, as the renderer breaks them: Thai words, but a slash keeps to the word
 * before it and, unless a zero-width space follows it, to the word after ("ประชาสัมพันธ์/สำนักปลัด" is one piece).
 */
function breakUnits(paragraph: string): string[] {
  const units: string[] = [];
  segmenter ??= new Intl.Segmenter("th", { granularity: "word" });
  for (const { segment } of segmenter.segment(paragraph)) {
    const last = units[units.length - 1];
    const glued =
      last !== undefined && (segment.startsWith("/") || (last.endsWith("/") && segment.trim() !== ""));
    if (glued && !ZERO_WIDTH.has(segment)) units[units.length - 1] = last + segment;
    else units.push(segment);
  }
  return units;
}

/** A column width in Excel characters of the default font (about 7 px each plus padding) in points. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * The number of lines wrapped text takes in a column `width` characters wide at `fontSize`, laid out as the
 * renderer does: Thai broken between words (ICU's dictionary, as LibreOffice and Excel do), each word as wide as
 * the font's glyphs, a word wider than the line broken between characters.
 */
export function wrappedLines(text: string, width: number, fontSize = 11): number {
  const room = ((columnWidthPoints(width) - CELL_PADDING) * FONT_MARGIN) / fontSize;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const segment of breakUnits(paragraph)) {
      const w = emWidth(segment);
      const blank = segment.trim() === "" || ZERO_WIDTH.has(segment);
      if (used + w <= room || blank) {
        used += w;
        continue;
      }
      if (w <= room) {
        lines++;
        used = w;
        continue;
      }
      // A word wider than the line: broken between characters.
      for (const ch of segment) {
        const c = charWidth(ch);
        if (used + c > room && used > 0) {
          lines++;
          used = 0;
        }
        used += c;
      }
    }
  }
  return Math.max(1, lines);
}

/** The words of `text` too wide for one line of a column `width` characters wide: the renderer breaks them mid-word. */
export function wordsTooWide(text: string, width: number, fontSize: number): string[] {
  const room = ((columnWidthPoints(width) - CELL_PADDING) * FONT_MARGIN) / fontSize;
  return breakUnits(text).filter((w) => w.trim() && emWidth(w) > room);
}

/**
 * The height of one line of Thai text as LibreOffice lays it out in the cell's complex-script font (TH Sarabun, or
 * its TLWG metric twin Laksaman), in points by whole font size: whole pixels, so between 1.61 and 1.70 times the size
 * (26.12 at 16 pt). Measured with LibreOffice's optimal row heights of 1 to 15 lines at each size (the method of
 * scripts/row-height-oracle.py); Excel's lines are shorter (24.75 at 16 pt). The old 1.55 a point, measured in the
 * default font, left the last line of a memo's longer paragraphs cut.
 */
// prettier-ignore
const LINE_POINTS: Readonly<Record<number, number>> = {
  8: 13.45, 9: 14.93, 10: 16.42, 11: 18.71, 12: 19.43, 13: 20.92, 14: 23.16, 15: 25.39, 16: 26.12, 17: 28.36,
  18: 29.86, 19: 30.61, 20: 33.62, 21: 35.09, 22: 35.84, 23: 38.85, 24: 39.58, 25: 40.32, 26: 43.29, 27: 44.78,
  28: 45.53, 29: 48.55, 30: 49.27, 31: 50.01, 32: 53.01,
};

/** A line per point of a size not measured above: the largest ratio measured. */
export const LINE_HEIGHT = 1.71;
/** A row's padding above its lines (LibreOffice's is 1.5 pt). */
export const ROW_PADDING = 2;

/** The height of a line at this size, 1% over LibreOffice's so fifteen lines still fit. */
export function lineHeight(fontSize: number): number {
  return (LINE_POINTS[fontSize] ?? fontSize * LINE_HEIGHT) * 1.01;
}

/** Row height in points that shows every wrapped line of the row at this font size (or a cell's own `size`). */
export function rowHeight(cells: { text: string; width: number; size?: number }[], fontSize: number): number {
  const lines = (c: (typeof cells)[number]) => wrappedLines(c.text, c.width, c.size ?? fontSize);
  const tallest = cells.length
    ? Math.max(...cells.map((c) => lines(c) * lineHeight(c.size ?? fontSize)))
    : lineHeight(fontSize);
  return Math.ceil(tallest + ROW_PADDING);
}

/** Excel's (and LibreOffice's) tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

/** How many wrapped lines fit in the tallest row at this font size. */
export function maxLinesPerRow(fontSize: number): number {
  return Math.max(1, Math.floor((MAX_ROW_HEIGHT - ROW_PADDING) / lineHeight(fontSize)));
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
