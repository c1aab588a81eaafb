import type { Tracker } from "./fakeExcel";
import { type FakeSheetModel, colLetters } from "./fakeModel";

/** A range proxy: writes apply (and count as request bytes); reads need load() and sync(). */
export class FakeRange {
  private loaded = new Map<string, unknown>();
  private synced = false;
  private nullObject = false;

  constructor(
    private readonly t: Tracker,
    private readonly sheet: () => FakeSheetModel,
    private readonly area: () => { row: number; col: number; rows: number; cols: number } | null,
  ) {
    t.pending.push(() => {
      this.synced = true;
      this.nullObject = this.area() === null;
    });
  }

  /** Not Office.js: lets the fake's name collection know which sheet a reference points to. */
  get sheetName(): string {
    return this.sheet().name;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new Error("PropertyNotLoaded: isNullObject is known only after sync()");
    return this.nullObject;
  }

  load(props: string): this {
    this.t.request(30 + props.length);
    const keys = props.split(",").map((p) => p.trim());
    this.t.pending.push(() => {
      const a = this.area();
      if (!a) return;
      for (const k of keys) {
        const v = this.read(k, a);
        this.loaded.set(k, v);
        this.t.responseBytes += JSON.stringify(v).length;
        if (k === "values") this.t.countCells(this.sheet().name, a.rows * a.cols);
      }
    });
    return this;
  }

  private read(k: string, a: { row: number; col: number; rows: number; cols: number }): unknown {
    const s = this.sheet();
    if (k === "values")
      return Array.from({ length: a.rows }, (_, r) =>
        Array.from({ length: a.cols }, (_, c) => s.cells.get(`${a.row + r},${a.col + c}`) ?? ""),
      );
    if (k === "rowIndex") return a.row;
    if (k === "columnIndex") return a.col;
    if (k === "rowCount") return a.rows;
    if (k === "columnCount") return a.cols;
    if (k === "address") return `${s.name}!${this.address}`;
    throw new Error(`the fake does not load '${k}'`);
  }

  private get(k: string): unknown {
    if (!this.loaded.has(k)) throw new Error(`PropertyNotLoaded: '${k}' was read before load() and sync()`);
    return this.loaded.get(k);
  }

  get values(): unknown[][] {
    return this.get("values") as unknown[][];
  }
  get rowIndex(): number {
    return this.get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get("columnIndex") as number;
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }

  private get at() {
    const a = this.area();
    if (!a) throw new Error("InvalidReference: a null range was written to");
    return a;
  }

  get address(): string {
    const a = this.at;
    return `${colLetters(a.col)}${a.row + 1}:${colLetters(a.col + a.cols - 1)}${a.row + a.rows}`;
  }

  set values(v: unknown[][]) {
    const a = this.at;
    if (v.length !== a.rows || v.some((row) => row.length !== a.cols))
      throw new Error("InvalidArgument: the values do not match the range's size");
    this.t.request(JSON.stringify(v).length);
    const s = this.sheet();
    v.forEach((row, r) =>
      row.forEach((x, c) => {
        const key = `${a.row + r},${a.col + c}`;
        if (typeof x === "string" && x.startsWith("'")) s.cells.set(key, x.slice(1));
        else if (typeof x === "string" && /^[=+\-@]/.test(x))
          s.cells.set(key, { formula: x }); // what Excel would do
        else if (x === "" || x === null) s.cells.delete(key);
        else s.cells.set(key, x);
      }),
    );
  }

  set numberFormat(v: unknown[][]) {
    this.t.request(JSON.stringify(v).length);
    const a = this.at;
    v.forEach((row, r) =>
      row.forEach((f, c) => this.sheet().numberFormats.set(`${a.row + r},${a.col + c}`, String(f))),
    );
  }

  set columnHidden(v: boolean) {
    this.t.request(40);
    if (v) this.sheet().hiddenColumns.add(this.at.col);
  }

  get format() {
    const note = (what: string, v: unknown) => {
      this.t.request(60);
      this.sheet().formats.push(`${this.address} ${what}=${String(v)}`);
    };
    const obj = (prefix: string) =>
      new Proxy({}, { set: (_o, k, v) => (note(`${prefix}${String(k)}`, v), true) });
    const self = this;
    return {
      font: obj("font."),
      fill: obj("fill."),
      borders: { getItem: (edge: string) => obj(`border.${edge}.`) },
      set wrapText(v: boolean) {
        note("wrapText", v);
      },
      set horizontalAlignment(v: string) {
        note("horizontalAlignment", v);
      },
      set verticalAlignment(v: string) {
        note("verticalAlignment", v);
      },
      set columnWidth(v: number) {
        note("columnWidth", v);
        self.sheet().widths.set(self.at.col, v);
      },
      set rowHeight(v: number) {
        note("rowHeight", v);
        self.sheet().heights.set(self.at.row, v);
      },
    };
  }

  merge(): void {
    this.t.request(40);
    this.sheet().merges.push(this.address);
  }

  select(): void {
    this.t.request(30);
    this.t.selected = `${this.sheet().name}!${this.address.split(":")[0]}`;
  }
}
