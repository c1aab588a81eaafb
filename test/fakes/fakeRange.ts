import type { RangeLike } from "../../src/workbook/excel/excelApi";
import type { Tracker } from "./fakeBatch";
import { FakeRangeFormat } from "./fakeFormat";
import { type Area, type FakeSheetModel, a1, intersect } from "./fakeModel";
import { parseTypedInput } from "./typedInput";
import { FakeRangeAreas } from "./fakeSpecialCells";

/** Excel's limit on the cells one load may return. */
export const MAX_CELLS_PER_READ = 5_000_000;

/** A range proxy: writes queue actions; reads need load() and sync(); a null range is known after sync. */
export class FakeRange implements RangeLike {
  private loaded = new Map<string, unknown>();
  private synced = false;
  private nullObject = false;
  readonly format: FakeRangeFormat;

  constructor(
    private readonly t: Tracker,
    readonly sheet: () => FakeSheetModel,
    readonly area: () => Area | null,
  ) {
    t.resolve(() => {
      this.synced = true;
      this.nullObject = this.area() === null;
    });
    this.format = new FakeRangeFormat((what, v, apply) =>
      this.write({ [what]: v }, () => {
        apply?.(this.at, this.sheet());
        this.sheet().formats.push(`${this.a1} ${what}=${String(v)}`);
      }),
    );
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new Error("PropertyNotLoaded: isNullObject is known only after sync()");
    return this.nullObject;
  }

  load(props: string): this {
    const keys = props.split(",").map((p) => p.trim());
    this.t.op(props, () => {
      const a = this.area();
      if (!a) return;
      for (const k of keys) {
        const v = this.read(k, a);
        this.loaded.set(k, v);
        this.t.respond(v);
        if (k === "values") this.t.countCells(this.sheet().name, a.rows * a.cols);
      }
    });
    return this;
  }

  private read(k: string, a: Area): unknown {
    const s = this.sheet();
    if (k === "values") {
      if (a.rows * a.cols > MAX_CELLS_PER_READ)
        throw new Error(`InvalidOperation: ${a.rows * a.cols} cells are more than one read may return`);
      return Array.from({ length: a.rows }, (_, r) =>
        Array.from({ length: a.cols }, (_, c) => s.cells.get(`${a.row + r},${a.col + c}`) ?? ""),
      );
    }
    if (k === "rowIndex") return a.row;
    if (k === "columnIndex") return a.col;
    if (k === "rowCount") return a.rows;
    if (k === "columnCount") return a.cols;
    if (k === "address") return `${s.name}!${a1(a)}`;
    throw new Error(`the fake does not load '${k}'`);
  }

  private get(k: string): unknown {
    if (!this.loaded.has(k)) throw new Error(`PropertyNotLoaded: '${k}' was read before load() and sync()`);
    return this.loaded.get(k);
  }

  /** Queues a write; at sync it fails on a protected or deleted sheet or a null range, as in Excel. */
  private write(payload: unknown, apply: () => void): void {
    this.t.op(payload, () => {
      const s = this.sheet();
      if (s.protected) throw new Error("AccessDenied: the sheet is protected");
      apply();
    });
  }

  get at(): Area {
    const a = this.area();
    if (!a) throw new Error("InvalidReference: a null range was used");
    return a;
  }

  private get a1(): string {
    return a1(this.at);
  }

  get address(): string {
    return this.get("address") as string;
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
  get values(): unknown[][] {
    return this.get("values") as unknown[][];
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat") as unknown[][];
  }
  get columnHidden(): boolean {
    return this.get("columnHidden") as boolean;
  }

  /** Values are parsed as typed input: text that looks like something else does not stay text. */
  set values(v: unknown[][]) {
    this.write(v, () => {
      const a = this.at;
      if (v.length !== a.rows || v.some((row) => row.length !== a.cols))
        throw new Error("InvalidArgument: the values do not match the range's size");
      const s = this.sheet();
      v.forEach((row, r) =>
        row.forEach((x, c) => {
          const key = `${a.row + r},${a.col + c}`;
          if (x === "" || x === null) s.cells.delete(key);
          else s.cells.set(key, parseTypedInput(x));
        }),
      );
    });
  }

  set numberFormat(v: unknown[][]) {
    this.write(v, () => {
      const a = this.at;
      if (v.length !== a.rows || v.some((row) => row.length !== a.cols))
        throw new Error("InvalidArgument: the number formats do not match the range's size");
      v.forEach((row, r) =>
        row.forEach((f, c) => this.sheet().numberFormats.set(`${a.row + r},${a.col + c}`, String(f))),
      );
    });
  }

  set columnHidden(v: boolean) {
    this.write(v, () => {
      if (v) for (let c = 0; c < this.at.cols; c++) this.sheet().hiddenColumns.add(this.at.col + c);
    });
  }

  merge(): void {
    this.write("merge", () => this.sheet().merges.push(this.a1));
  }

  select(): void {
    this.t.op("select", () => (this.t.selected = `${this.sheet().name}!${this.a1.split(":")[0]}`));
  }

  /** The constants or formulas in the range, as areas (ExcelApi 1.9). */
  getSpecialCellsOrNullObject(kind: string): FakeRangeAreas {
    return new FakeRangeAreas(this.t, this.sheet, this.area, kind);
  }

  /** What a collection's load("items/…") fills in for this range's position properties. */
  seed(a: Area): void {
    this.loaded.set("rowIndex", a.row);
    this.loaded.set("columnIndex", a.col);
    this.loaded.set("rowCount", a.rows);
    this.loaded.set("columnCount", a.cols);
  }

  getIntersectionOrNullObject(other: RangeLike | string): FakeRange {
    if (!(other instanceof FakeRange)) throw new Error("the fake intersects only its own ranges");
    return new FakeRange(this.t, this.sheet, () => {
      const a = this.area();
      const b = other.area();
      return a && b ? intersect(a, b) : null;
    });
  }
}
