/** Thai vowel and tone marks sit above or below a letter and take no width. */
const ZERO_WIDTH = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b]/g;

/** Display width of text in Excel character units (approximate). */
export function textWidth(text: string): number {
  return text.replace(ZERO_WIDTH, "").length;
}

/** The number of lines wrapped text takes in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
}

/** Row height in points that shows every wrapped line of the row at this font size. */
export function rowHeight(cells: { text: string; width: number }[], fontSize: number): number {
  const lines = Math.max(1, ...cells.map((c) => wrappedLines(c.text, c.width)));
  return Math.ceil(lines * fontSize * 1.25 + 4);
}
