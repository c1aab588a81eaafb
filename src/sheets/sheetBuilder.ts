import { DEFAULTS } from "../ita/defaults";
import { toThaiDigits } from "../ita/thaiDigits";
import { ANNOUNCEMENT_MARGINS, OFFICIAL_MARGINS, pageBreaks, withEntriesKept } from "./pageBreaks";
import type { CellStyle, GeneratedKind, SheetSpec, SpecCell, SpecRow } from "./sheetSpec";
import { HEADER, OFFICER_NOTE, SECTION, SUBTITLE, TITLE } from "./styles";
import { MAX_ROW_HEIGHT, chunkText, maxLinesPerRow, rowHeight } from "./textHeight";
import { rowRecord } from "./rowRecord";

/** The hidden record column's width. */
const RECORD_WIDTH = 4;

import type { Garuda } from "./garuda";

export interface DocOptions {
  agency: string;
  font: { name: string; size: number };
  /** Print Thai digits (๑๒๓) in text and numbers. */
  thaiDigits: boolean;
  /** ส่วนราชการ of the memos, e.g. "สำนักปลัด"; blank prints as a dotted line. */
  division?: string;
  /** The officer who writes the memos (name and position), blank: dotted lines to fill by hand. */
  writerName?: string;
  writerPosition?: string;
  /** The superiors who give their opinion before the executive: the head of division, then the chief officer (ปลัด). */
  divisionHeadName?: string;
  divisionHeadPosition?: string;
  chiefOfficerName?: string;
  chiefOfficerPosition?: string;
  /** The agency's ครุฑ, printed on the memos and the ประกาศ; its place is left blank without one. */
  garuda?: Garuda;
  /** The executive who approves and signs (นายก, ปลัด), blank: dotted lines. */
  executiveName?: string;
  executivePosition?: string;
}

export const DEFAULT_DOC_OPTIONS: DocOptions = {
  agency: "",
  font: { name: DEFAULTS.fontName, size: DEFAULTS.fontSize },
  thaiDigits: false,
};

/**
 * Page numbers of a table, in its footer: "หน้า 2". Each document counts from 1 (not "หน้า 18 / 43" across a
 * workbook printed whole), so no count of pages, which Excel takes from the whole print job.
 */
export const PAGE_FOOTER = "&Cหน้า &P";

/** How a document's pages are laid out: a table (footer page numbers), a memo ("- 2 -" at the top from page 2, as
 * สารบรรณ prints it) or a ประกาศ (no page number); memos and ประกาศ with the official margins. */
export type PageStyle = "table" | "memo" | "announcement";

function pagePrint(
  style: PageStyle,
): Pick<SheetSpec["print"], "footer" | "headerAfterFirstPage" | "margins"> {
  if (style === "table") return { footer: PAGE_FOOTER };
  if (style === "memo") return { headerAfterFirstPage: "&C- &P -", margins: OFFICIAL_MARGINS };
  return { margins: ANNOUNCEMENT_MARGINS };
}

/**
 * A number as its format shows it ("0.00" → 84.80, "+0.00;-0.00;0.00" → +4.01). With Thai digits, numbers are
 * written as text in Thai digits: Excel's Thai-digit format code is lost when LibreOffice prints the workbook.
 */
export function formatNumber(x: number, numFmt: string | undefined): string {
  if (numFmt?.startsWith("+")) return `${x > 0 ? "+" : x < 0 ? "-" : ""}${Math.abs(x).toFixed(2)}`;
  if (numFmt === "0.00") return x.toFixed(2);
  return String(x);
}

/** Builds a SheetSpec row by row: titles and sections merged across the table, heights that fit the text. */
/** How every note to the officer begins: it is on screen, outside the print area, and says so. */
export const OFFICER_NOTE_LEAD = "หมายเหตุถึงผู้จัดทำ (แถวนี้ไม่พิมพ์): ";

export class SheetBuilder {
  private readonly rows: SpecRow[] = [];
  private readonly merges: SheetSpec["merges"] = [];
  private headerRow = -1;
  private notes = 0;
  private readonly keep = new Set<number>();
  /** Entries written over continuation rows (first row, count): kept on one page where one holds them. */
  private readonly entries: [number, number][] = [];

  // Text is measured at its own size on a sheet that prints scaled (fit to the page's width): the page scales the
  // cell and its text alike, so the lines wrap as at 100% (LibreOffice's PDFs, test/render/clippedLines.test.ts).
  constructor(
    private readonly widths: number[],
    private readonly opt: DocOptions,
    private readonly visibleColumns = widths.length,
  ) {}

  /** A line of text across the whole table (title, subtitle, section heading, a memo's paragraph). */
  line(text: string, style: CellStyle = SUBTITLE): number {
    const width = this.widths.slice(0, this.visibleColumns).reduce((a, b) => a + b, 0);
    const size = style.size ?? this.opt.font.size;
    const first = this.rows.length;
    // Measured wrapped across the page's width, so printed wrapped: a long title (an agency's whole name) takes
    // the lines its row is sized for, never cut at the page's edges.
    const wrapped = style.wrap === undefined ? { ...style, wrap: true } : style;
    for (const piece of chunkText(this.text(text), width, size, maxLinesPerRow(size))) {
      this.rows.push({
        cells: [{ value: piece, style: wrapped }],
        height: Math.min(MAX_ROW_HEIGHT, rowHeight([{ text: piece, width }], size)),
      });
      const r = this.rows.length - 1;
      if (this.visibleColumns > 1)
        this.merges.push({ top: r, left: 0, bottom: r, right: this.visibleColumns - 1 });
    }
    return first;
  }

  /**
   * A note to the officer above the document (what to check before signing): shown on screen, outside the print
   * area. Only before the document's first row.
   */
  officerNote(text: string): number {
    if (this.rows.length !== this.notes) throw new Error("officerNote() comes before the document's rows");
    const r = this.line(text, OFFICER_NOTE);
    this.notes = this.rows.length;
    return r;
  }

  /** The number of rows so far. */
  get rowCount(): number {
    return this.rows.length;
  }

  /** Rows `from` to `to` (the last so far by default) print on the same page as the row after them. */
  keepWithNext(from: number, to = this.rows.length - 1): void {
    for (let r = Math.max(0, from); r <= to; r++) this.keep.add(r);
  }

  title(text: string): number {
    return this.line(text, TITLE);
  }

  /** A heading across the table; it never ends a printed page alone. */
  section(text: string): number {
    const r = this.line(text, SECTION);
    for (let c = 1; c < this.visibleColumns; c++) this.rows[r]!.cells.push({ value: null, style: SECTION });
    this.keepWithNext(r);
    return r;
  }

  blank(): void {
    this.rows.push({ cells: [], height: this.opt.font.size });
  }

  /** An empty row this many points high (the place of a ครุฑ). */
  space(points: number): number {
    this.rows.push({ cells: [], height: points });
    return this.rows.length - 1;
  }

  /** A header row inside the table (not repeated on every page); it never ends a printed page alone. */
  subHeader(cells: (SpecCell & { span?: number })[]): number {
    const r = this.row(cells);
    this.keepWithNext(r);
    return r;
  }

  /** The table's header row, printed again at the top of every page. */
  header(labels: string[]): number {
    this.headerRow = this.row(labels.map((value) => ({ value, style: HEADER })));
    this.keepWithNext(this.headerRow);
    return this.headerRow;
  }

  /**
   * A row of cells; a cell with `span` covers that many columns (merged). Text taller than the tallest row (409 pt)
   * goes on in continuation rows below, each cell's text cut at line breaks; other values stay in the first row.
   */
  row(cells: (SpecCell & { span?: number })[]): number {
    const first = this.rows.length;
    const size = this.opt.font.size;
    let col = 0;
    const placed = cells.map(({ span = 1, ...c }) => {
      const cell = col < this.visibleColumns ? this.cell(c) : c;
      const width = this.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      const visible = col < this.visibleColumns;
      // Each cell measured at its own size (a smaller signature block, a larger title).
      const own = cell.style?.size ?? this.opt.font.size;
      const pieces =
        visible && typeof cell.value === "string"
          ? chunkText(cell.value, width, own, maxLinesPerRow(Math.max(own, size)))
          : [cell.value];
      const at = col;
      col += span;
      return { at, span, cell, width, visible, pieces, own };
    });
    const count = Math.max(...placed.map((p) => p.pieces.length), 1);
    // A cell whose text is not continued is one cell down the whole block (one ผลการดำเนินการ to type in, one
    // owner), so the continuation rows read as the same entry.
    const whole = (p: (typeof placed)[number]) => count > 1 && p.visible && p.pieces.length <= 1;
    for (const p of placed)
      if (whole(p))
        this.merges.push({ top: first, left: p.at, bottom: first + count - 1, right: p.at + p.span - 1 });
    for (let k = 0; k < count; k++) {
      const r = this.rows.length;
      const out: SpecCell[] = [];
      const texts: { text: string; width: number; size: number }[] = [];
      for (const p of placed) {
        // A hidden id goes on in continuation rows as "id#2", so what an officer types there is read back.
        const cont =
          !p.visible && k > 0 && typeof p.cell.value === "string" ? `${p.cell.value}#${k + 1}` : null;
        const value = p.pieces[k] ?? (k === 0 ? p.cell.value : cont);
        out.push(
          { ...p.cell, value },
          ...Array.from({ length: p.span - 1 }, () => ({ value: null, style: p.cell.style })),
        );
        if (p.span > 1 && !whole(p))
          this.merges.push({ top: r, left: p.at, bottom: r, right: p.at + p.span - 1 });
        if (p.visible) texts.push({ text: value === null ? "" : String(value), width: p.width, size: p.own });
      }
      this.rows.push({ cells: out, height: Math.min(MAX_ROW_HEIGHT, rowHeight(texts, size)) });
    }
    if (count > 1) this.entries.push([first, count]);
    return first;
  }

  build(
    kind: GeneratedKind,
    name: string,
    orientation: "landscape" | "portrait" = "landscape",
    page: PageStyle = "table",
  ): SheetSpec {
    // Past the last column, hidden: each row's record of what the tool wrote in it (rowRecord.ts).
    const at = this.widths.length;
    const rows = this.rows.map((r) => {
      const cells: SpecCell[] = Array.from({ length: at }, (_, c) => r.cells[c] ?? { value: null });
      cells.push({
        value: rowRecord(
          r.cells.map((c) => c.value),
          this.visibleColumns,
        ),
      });
      return { ...r, cells };
    });
    const hidden = [...this.widths.keys(), at].filter((i) => i >= this.visibleColumns);
    const spec: SheetSpec = {
      kind,
      name,
      font: this.opt.font,
      columns: [...this.widths, RECORD_WIDTH],
      hiddenColumns: hidden,
      recordColumn: at,
      rows,
      merges: this.merges,
      freeze: this.headerRow >= 0 ? { rows: this.headerRow + 1, columns: 0 } : undefined,
      print: {
        orientation,
        fitToWidth: true,
        ...pagePrint(page),
        repeatRows: this.headerRow >= 0 ? { first: this.headerRow, last: this.headerRow } : undefined,
        ...(this.notes > 0 ? { notPrintedRows: this.notes } : {}),
        ...(this.keep.size > 0 ? { keepWithNext: [...this.keep].sort((a, b) => a - b) } : {}),
      },
    };
    const kept = withEntriesKept(spec, this.entries);
    const breaks = pageBreaks(kept);
    return breaks.length ? { ...kept, print: { ...kept.print, rowBreaks: breaks } } : kept;
  }

  private text(s: string): string {
    return breakableSlashes(this.opt.thaiDigits ? toThaiDigits(s) : s);
  }

  private cell(c: SpecCell): SpecCell {
    if (typeof c.value === "string") return { ...c, value: this.text(c.value) };
    if (!this.opt.thaiDigits) return c;
    if (typeof c.value === "number") {
      const style = { ...c.style };
      delete style.numFmt;
      return { value: toThaiDigits(formatNumber(c.value, c.style?.numFmt)), style };
    }
    return c;
  }
}

/**
 * A break opportunity (a zero-width space) after each slash between Thai words: "งานพัสดุ/กองคลัง" may wrap after
 * the slash instead of mid-word ("สำนั|กปลัด"), as renderers never break at a bare slash.
 */
export function breakableSlashes(s: string): string {
  return s.replace(/\/(?=[\u0e00-\u0e7f])/g, "/\u200b");
}
