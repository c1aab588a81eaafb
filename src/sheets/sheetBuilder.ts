import { toThaiDigits } from "../ita/thaiDigits";
import type { CellStyle, GeneratedKind, SheetSpec, SpecCell, SpecRow } from "./sheetSpec";
import { HEADER, SECTION, SUBTITLE, TITLE } from "./styles";
import { rowHeight } from "./textHeight";

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
  /** The executive who approves and signs (นายก, ปลัด), blank: dotted lines. */
  executiveName?: string;
  executivePosition?: string;
}

export const DEFAULT_DOC_OPTIONS: DocOptions = {
  agency: "",
  font: { name: "TH SarabunPSK", size: 16 },
  thaiDigits: false,
};

/** Page numbers in every footer: "หน้า 2 / 5". */
export const PAGE_FOOTER = "&Cหน้า &P / &N";

/** Excel's number format prefix that shows digits as Thai digits. */
const THAI_DIGITS_FORMAT = "[$-D07041E]";

/** Builds a SheetSpec row by row: titles and sections merged across the table, heights that fit the text. */
export class SheetBuilder {
  private readonly rows: SpecRow[] = [];
  private readonly merges: SheetSpec["merges"] = [];
  private headerRow = -1;

  constructor(
    private readonly widths: number[],
    private readonly opt: DocOptions,
    private readonly visibleColumns = widths.length,
  ) {}

  /** A line of text across the whole table (title, subtitle, section heading). */
  line(text: string, style: CellStyle = SUBTITLE): number {
    const width = this.widths.slice(0, this.visibleColumns).reduce((a, b) => a + b, 0);
    const size = style.size ?? this.opt.font.size;
    this.rows.push({
      cells: [{ value: this.text(text), style }],
      height: rowHeight([{ text, width }], size),
    });
    const r = this.rows.length - 1;
    if (this.visibleColumns > 1)
      this.merges.push({ top: r, left: 0, bottom: r, right: this.visibleColumns - 1 });
    return r;
  }

  title(text: string): number {
    return this.line(text, TITLE);
  }

  section(text: string): number {
    const r = this.line(text, SECTION);
    for (let c = 1; c < this.visibleColumns; c++) this.rows[r]!.cells.push({ value: null, style: SECTION });
    return r;
  }

  blank(): void {
    this.rows.push({ cells: [], height: this.opt.font.size });
  }

  /** A header row inside the table (not repeated on every page). */
  subHeader(cells: (SpecCell & { span?: number })[]): number {
    return this.row(cells);
  }

  header(labels: string[]): number {
    this.headerRow = this.row(labels.map((value) => ({ value, style: HEADER })));
    return this.headerRow;
  }

  /** A row of cells; a cell with `span` covers that many columns (merged). */
  row(cells: (SpecCell & { span?: number })[]): number {
    const r = this.rows.length;
    const out: SpecCell[] = [];
    const texts: { text: string; width: number }[] = [];
    for (const { span = 1, ...c } of cells) {
      const col = out.length;
      // Hidden columns hold ids and records, never converted to Thai digits.
      const cell = col < this.visibleColumns ? this.cell(c) : c;
      out.push(cell, ...Array.from({ length: span - 1 }, () => ({ value: null, style: c.style })));
      if (span > 1) this.merges.push({ top: r, left: col, bottom: r, right: col + span - 1 });
      if (col < this.visibleColumns) {
        const width = this.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        texts.push({ text: cell.value === null ? "" : String(cell.value), width });
      }
    }
    this.rows.push({ cells: out, height: rowHeight(texts, this.opt.font.size) });
    return r;
  }

  build(kind: GeneratedKind, name: string, orientation: "landscape" | "portrait" = "landscape"): SheetSpec {
    const hidden = this.widths.map((_, i) => i).filter((i) => i >= this.visibleColumns);
    return {
      kind,
      name,
      font: this.opt.font,
      columns: this.widths,
      hiddenColumns: hidden.length ? hidden : undefined,
      rows: this.rows,
      merges: this.merges,
      freeze: this.headerRow >= 0 ? { rows: this.headerRow + 1, columns: 0 } : undefined,
      print: {
        orientation,
        fitToWidth: true,
        footer: PAGE_FOOTER,
        repeatRows: this.headerRow >= 0 ? { first: this.headerRow, last: this.headerRow } : undefined,
      },
    };
  }

  private text(s: string): string {
    return this.opt.thaiDigits ? toThaiDigits(s) : s;
  }

  private cell(c: SpecCell): SpecCell {
    if (!this.opt.thaiDigits) return c;
    if (typeof c.value === "string") return { ...c, value: toThaiDigits(c.value) };
    if (typeof c.value === "number" && c.style)
      return { ...c, style: { ...c.style, numFmt: THAI_DIGITS_FORMAT + (c.style.numFmt ?? "General") } };
    return c;
  }
}
