import { ROW_PADDING, columnWidthPoints, lineHeight } from "./textHeight";
import type { PageMargins, SheetSpec } from "./sheetSpec";

/** The margins of the generated tables, in inches (both adapters set them). */
export const PAGE_MARGINS: PageMargins = {
  left: 0.5,
  right: 0.5,
  top: 0.6,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
};

/**
 * A memo's and a ประกาศ's margins as ระเบียบงานสารบรรณ prints them: 3 cm left, 2 cm right, 2.5 cm top (the page
 * number 1.5 cm from the top edge), 2 cm bottom.
 */
export const OFFICIAL_MARGINS: PageMargins = {
  left: 3 / 2.54,
  right: 2 / 2.54,
  top: 2.5 / 2.54,
  bottom: 2 / 2.54,
  header: 1.5 / 2.54,
  footer: 0.3,
};

/** A ประกาศ's: the official ones, but its ครุฑ (3 cm) starts 1.5 cm from the top edge, as ประกาศ print it. */
export const ANNOUNCEMENT_MARGINS: PageMargins = { ...OFFICIAL_MARGINS, top: 1.5 / 2.54 };

/** The margins a spec prints with. */
export function marginsOf(spec: SheetSpec): PageMargins {
  return spec.print.margins ?? PAGE_MARGINS;
}

/** A4 in points. */
const A4 = { short: 595.28, long: 841.89 };

/**
 * The share of a page's height filled. Row heights are set in the spec; only the printer's scale to fit the width
 * is estimated (Excel's is ours; LibreOffice's is 3% smaller), so a page filled to 97% still fits, and the printer
 * never adds a break of its own between two of ours.
 */
export const PAGE_FILL = 0.97;

export { columnWidthPoints };

/** The printer's scale to fit the printed columns on one page width (1 when they fit), in whole percent. */
export function printScale(spec: SheetSpec): number {
  if (!spec.print.fitToWidth) return 1;
  const hidden = new Set(spec.hiddenColumns ?? []);
  return widthScale(
    spec.columns.filter((_, i) => !hidden.has(i)),
    spec.print.orientation,
    marginsOf(spec),
  );
}

/** The scale that fits columns of these widths (Excel characters) across the page, in whole percent. */
export function widthScale(
  widths: number[],
  orientation: "landscape" | "portrait",
  m: PageMargins = PAGE_MARGINS,
): number {
  const paper = orientation === "landscape" ? A4.long : A4.short;
  const printable = paper - (m.left + m.right) * 72;
  const width = columnsWidth(widths);
  return width <= printable ? 1 : Math.floor((100 * printable) / width) / 100;
}

/** Excel's default row height for a font size, for rows the spec leaves unset. */
function rowPoints(spec: SheetSpec, r: number): number {
  return spec.rows[r]?.height ?? Math.ceil(lineHeight(spec.font.size) + ROW_PADDING);
}

/**
 * The rows (0-based) that start a printed page, after the first. Every page ends at one of these breaks, so
 * where pages end is decided here, not left to the printer: a heading, a table's header row or the lines above a
 * signature (`keepWithNext`) go to the next page with the row they belong to instead of ending a page alone.
 */
export function pageBreaks(spec: SheetSpec): number[] {
  const page = pageRoom(spec);
  const keep = new Set(spec.print.keepWithNext ?? []);
  const repeat = spec.print.repeatRows;
  const repeated = repeat ? sumHeights(spec, repeat.first, repeat.last + 1) : 0;
  const first = spec.print.notPrintedRows ?? 0;
  const breaks: number[] = [];
  let start = first;
  let used = 0;
  for (let r = first; r < spec.rows.length; r++) {
    const room = page - (repeat && start > repeat.last ? repeated : 0);
    const h = rowPoints(spec, r);
    if (used + h > room && r > start) {
      let b = r;
      while (b - 1 > start && keep.has(b - 1)) b--;
      breaks.push(b);
      start = b;
      used = sumHeights(spec, b, r);
    }
    used += h;
  }
  return breaks;
}

/**
 * An entry written over continuation rows (first row, count: a measure whose steps are taller than a row) goes whole
 * to the next page rather than leave its title on one page and its last steps on another, where a page holds it; a
 * longer one fills pages as they come.
 */
export function withEntriesKept(spec: SheetSpec, entries: [number, number][]): SheetSpec {
  const repeat = spec.print.repeatRows;
  const room = pageRoom(spec) - (repeat ? sumHeights(spec, repeat.first, repeat.last + 1) : 0);
  const keep = new Set(spec.print.keepWithNext ?? []);
  for (const [first, count] of entries)
    if (sumHeights(spec, first, first + count) <= room)
      for (let r = first; r < first + count - 1; r++) keep.add(r);
  if (keep.size === 0) return spec;
  return { ...spec, print: { ...spec.print, keepWithNext: [...keep].sort((a, b) => a - b) } };
}

/** A printed page's height for rows, in the sheet's points (the page's height over the printer's scale). */
export function pageRoom(spec: SheetSpec): number {
  const paper = spec.print.orientation === "landscape" ? A4.short : A4.long;
  const m = marginsOf(spec);
  const scale = printScale(spec);
  // At 100% the page holds exactly the rows' heights; only a scale to fit is the printer's own, so leave room then.
  return ((paper - (m.top + m.bottom) * 72) * (scale === 1 ? 1 : PAGE_FILL)) / scale;
}

/** The width in points of columns of these widths (Excel characters), side by side. */
export function columnsWidth(widths: number[]): number {
  return widths.reduce((s, w) => s + columnWidthPoints(w), 0);
}

/** The height in points of rows `from` to `to` (exclusive), as they print: set heights, else Excel's default. */
export function sumHeights(spec: SheetSpec, from: number, to: number): number {
  let s = 0;
  for (let r = from; r < to; r++) s += rowPoints(spec, r);
  return s;
}
