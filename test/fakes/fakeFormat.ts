import type { RangeFormatLike } from "../../src/workbook/excel/excelApi";
import type { Area, FakeSheetModel } from "./fakeModel";

/** Excel's maximum row height, in points. */
export const MAX_ROW_HEIGHT = 409;

type Note = (what: string, v: unknown, apply?: (a: Area, s: FakeSheetModel) => void) => void;

function unreadable(k: string): never {
  throw new Error(`PropertyNotLoaded: 'format.${k}' was not loaded (the adapter only writes formats)`);
}

class FakeFont {
  constructor(private readonly note: Note) {}
  get name(): string {
    return unreadable("font.name");
  }
  set name(v: string) {
    this.note("font.name", v);
  }
  get size(): number {
    return unreadable("font.size");
  }
  set size(v: number) {
    this.note("font.size", v);
  }
  get bold(): boolean {
    return unreadable("font.bold");
  }
  set bold(v: boolean) {
    this.note("font.bold", v);
  }
  get color(): string {
    return unreadable("font.color");
  }
  set color(v: string) {
    this.note("font.color", v);
  }
}

class FakeBorder {
  constructor(
    private readonly note: Note,
    private readonly edge: string,
  ) {}
  get style(): string {
    return unreadable("border.style");
  }
  set style(v: string) {
    this.note(`border.${this.edge}.style`, v);
  }
  get color(): string {
    return unreadable("border.color");
  }
  set color(v: string) {
    this.note(`border.${this.edge}.color`, v);
  }
}

/** Every write is recorded as "A1:C1 font.bold=true"; widths and heights also land in the sheet model. */
export class FakeRangeFormat implements RangeFormatLike {
  readonly font: FakeFont;
  readonly fill: { color: string };
  readonly borders: { getItem(edge: string): FakeBorder };

  constructor(private readonly note: Note) {
    this.font = new FakeFont(note);
    const fill = { note };
    this.fill = {
      get color(): string {
        return unreadable("fill.color");
      },
      set color(v: string) {
        fill.note("fill.color", v);
      },
    };
    this.borders = { getItem: (edge: string) => new FakeBorder(note, edge) };
  }

  get wrapText(): boolean {
    return unreadable("wrapText");
  }
  set wrapText(v: boolean) {
    this.note("wrapText", v);
  }
  get horizontalAlignment(): string {
    return unreadable("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.note("horizontalAlignment", v);
  }
  get verticalAlignment(): string {
    return unreadable("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.note("verticalAlignment", v);
  }
  get columnWidth(): number {
    return unreadable("columnWidth");
  }
  set columnWidth(v: number) {
    this.note("columnWidth", v, (a, s) => {
      for (let c = 0; c < a.cols; c++) s.widths.set(a.col + c, v);
    });
  }
  get rowHeight(): number {
    return unreadable("rowHeight");
  }
  /** Excel refuses a row height over 409 pt. */
  set rowHeight(v: number) {
    this.note("rowHeight", v, (a, s) => {
      if (v > MAX_ROW_HEIGHT || v < 0)
        throw new Error(`InvalidArgument: row height ${v} is outside 0–${MAX_ROW_HEIGHT} points`);
      for (let r = 0; r < a.rows; r++) s.heights.set(a.row + r, v);
    });
  }
}
