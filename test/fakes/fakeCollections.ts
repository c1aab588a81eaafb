import type { FakeExcel, Tracker } from "./fakeExcel";
import { loadable } from "./fakeExcel";
import { type FakeSheetModel, parseAddress, usedBounds } from "./fakeModel";
import { FakeRange } from "./fakeRange";

/** A worksheet proxy; `name` is readable when it came from a loaded collection. */
export class FakeWorksheet {
  constructor(
    private readonly x: FakeExcel,
    private readonly t: Tracker,
    private current: string,
    private readonly nameLoaded = false,
  ) {}

  private get model(): FakeSheetModel {
    return this.x.sheet(this.current);
  }

  get name(): string {
    if (!this.nameLoaded) throw new Error("PropertyNotLoaded: 'name' was read before load() and sync()");
    return this.current;
  }

  set name(v: string) {
    this.t.request(40 + v.length);
    if (this.x.sheets.some((s) => s.name === v))
      throw new Error(`InvalidArgument: a sheet named ${v} exists`);
    if (v.length > 31 || /[:\\/?*[\]]/.test(v))
      throw new Error(`InvalidArgument: ${v} is not a valid sheet name`);
    const old = this.current;
    this.model.name = v;
    this.current = v;
    for (const n of this.x.names)
      n.value = n.value.replace(`'${old.replace(/'/g, "''")}'!`, `'${v.replace(/'/g, "''")}'!`);
  }

  get protection() {
    return loadable(this.t, () => ({ protected: this.model.protected }));
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.t,
      () => this.model,
      () => usedBounds(this.model),
    );
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return this.guard(
      new FakeRange(
        this.t,
        () => this.model,
        () => ({ row, col, rows, cols }),
      ),
    );
  }

  getRange(address: string): FakeRange {
    const a = parseAddress(address);
    return this.guard(
      new FakeRange(
        this.t,
        () => this.model,
        () => a,
      ),
    );
  }

  /** Writing into a protected sheet fails, as in Excel. */
  private guard(r: FakeRange): FakeRange {
    if (this.model.protected)
      return new Proxy(r, {
        set: () => {
          throw new Error("AccessDenied: the sheet is protected");
        },
      });
    return r;
  }

  get freezePanes() {
    return {
      freezeRows: (n: number) => {
        this.t.request(30);
        this.model.frozenRows = n;
      },
    };
  }

  get pageLayout() {
    const m = this.model;
    const t = this.t;
    return new Proxy(
      {
        setPrintTitleRows: (rows: string) => {
          t.request(40);
          m.pageLayout.printTitleRows = rows;
        },
      },
      {
        set: (_o, k, v) => {
          t.request(40);
          m.pageLayout[String(k)] = v;
          return true;
        },
      },
    );
  }

  get charts() {
    const m = this.model;
    const t = this.t;
    return {
      add(type: string, source: FakeRange) {
        t.request(80);
        const chart: FakeSheetModel["charts"][number] = { type, source: source.address, series: [] };
        m.charts.push(chart);
        return {
          title: {
            set text(v: string) {
              chart.title = v;
            },
          },
          series: {
            getItemAt: (i: number) => ({
              set name(v: string) {
                chart.series[i] = v;
              },
            }),
          },
          setPosition: (start: FakeRange) => {
            chart.position = start.address;
          },
        };
      },
    };
  }

  activate(): void {
    this.t.request(20);
  }

  delete(): void {
    this.t.request(20);
    const i = this.x.sheets.findIndex((s) => s.name === this.current);
    if (i >= 0) this.x.sheets.splice(i, 1);
  }
}

export class FakeWorksheets {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(
    private readonly x: FakeExcel,
    private readonly t: Tracker,
  ) {}

  load(props: string): this {
    this.t.request(30 + props.length);
    this.t.pending.push(() => {
      this.loadedItems = this.x.sheets.map((s) => new FakeWorksheet(this.x, this.t, s.name, true));
      this.t.responseBytes += JSON.stringify(this.x.sheets.map((s) => s.name)).length;
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new Error("PropertyNotLoaded: 'items' was read before load() and sync()");
    return this.loadedItems;
  }

  add(name: string): FakeWorksheet {
    this.t.request(40 + name.length);
    this.x.addSheet(name);
    return new FakeWorksheet(this.x, this.t, name);
  }

  getItem(name: string): FakeWorksheet {
    this.x.sheet(name);
    return new FakeWorksheet(this.x, this.t, name);
  }

  /** The sheet of the selection; its name is readable after load("name") and sync(). */
  getActiveWorksheet() {
    const name = this.x.selection?.sheet ?? this.x.sheets[0]!.name;
    const ws = new FakeWorksheet(this.x, this.t, name);
    return Object.assign(
      loadable(this.t, () => ({ name })),
      { getRange: (a: string) => ws.getRange(a) },
    );
  }
}

export class FakeNames {
  private loadedItems: { name: string; value: string; delete(): void }[] | null = null;
  constructor(
    private readonly x: FakeExcel,
    private readonly t: Tracker,
  ) {}

  load(props: string): this {
    this.t.request(30 + props.length);
    this.t.pending.push(() => {
      this.loadedItems = this.x.names.map((n) => ({
        name: n.name,
        value: n.value,
        delete: () => this.remove(n.name),
      }));
      this.t.responseBytes += JSON.stringify(this.x.names).length;
    });
    return this;
  }

  get items() {
    if (!this.loadedItems) throw new Error("PropertyNotLoaded: 'items' was read before load() and sync()");
    return this.loadedItems;
  }

  add(name: string, reference: FakeRange | string): unknown {
    this.t.request(60);
    if (this.x.names.some((n) => n.name === name))
      throw new Error(`InvalidArgument: the name ${name} exists`);
    const ref =
      typeof reference === "string" ? reference : `='${reference.sheetName.replace(/'/g, "''")}'!$A$1`;
    this.x.names.push({ name, value: ref });
    return {};
  }

  private remove(name: string): void {
    this.t.request(20);
    const i = this.x.names.findIndex((n) => n.name === name);
    if (i >= 0) this.x.names.splice(i, 1);
  }
}

export class FakeSettings {
  constructor(
    private readonly x: FakeExcel,
    private readonly t: Tracker,
  ) {}
  add(key: string, value: unknown): void {
    this.t.request(JSON.stringify(value).length + key.length);
    this.x.settings.set(key, value);
  }
  getItemOrNullObject(key: string) {
    const item = loadable(this.t, () => ({ value: this.x.settings.get(key) }));
    let synced = false;
    this.t.pending.push(() => (synced = true));
    return new Proxy(item, {
      get: (target, k) => {
        if (k === "isNullObject") {
          if (!synced) throw new Error("PropertyNotLoaded: isNullObject is known only after sync()");
          return !this.x.settings.has(key);
        }
        return Reflect.get(target, k);
      },
    });
  }
}
