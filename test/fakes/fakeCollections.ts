import type {
  NamedItemCollectionLike,
  NamedItemLike,
  RangeLike,
  SettingLike,
  WorksheetCollectionLike,
} from "../../src/workbook/excel/excelApi";
import { Loaded, type Tracker } from "./fakeBatch";
import type { FakeExcel } from "./fakeExcel";
import { FakeRange } from "./fakeRange";
import { FakeWorksheet } from "./fakeWorksheet";

export class FakeWorksheets implements WorksheetCollectionLike {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(
    private readonly x: FakeExcel,
    private readonly t: Tracker,
  ) {}

  /** "items/name" and "items/protection/protected", as Office.js loads a collection's items. */
  load(props: string): this {
    this.t.op(props, () => {
      this.loadedItems = this.x.sheets.map((s) => {
        const ws = new FakeWorksheet(this.x, this.t, () => s);
        ws.props.seed({ name: s.name, visibility: s.visibility });
        if (props.includes("items/protection/protected")) ws.protection.seed({ protected: s.protected });
        return ws;
      });
      this.t.respond(
        this.x.sheets.map((s) => ({
          name: s.name,
          visibility: s.visibility,
          protection: { protected: s.protected },
        })),
      );
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new Error("PropertyNotLoaded: 'items' was read before load() and sync()");
    return this.loadedItems;
  }

  add(name: string): FakeWorksheet {
    let created: ReturnType<FakeExcel["addSheet"]> | null = null;
    this.t.op(name, () => {
      if (this.x.workbookProtected) throw new Error("AccessDenied: the workbook's structure is protected");
      this.x.checkNewName(name);
      created = this.x.addSheet(name);
    });
    return new FakeWorksheet(this.x, this.t, () => {
      if (!created) throw new Error("ItemNotFound: the sheet was not added");
      return created;
    });
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.x, this.t, () => this.x.sheet(name));
  }

  /** What the real client asks for a loaded collection's items (by position), in the real-client tier. */
  getItemAt(index: number): FakeWorksheet {
    return new FakeWorksheet(this.x, this.t, () => {
      const s = this.x.sheets[index];
      if (!s) throw new Error(`ItemNotFound: no sheet at ${index}`);
      return s;
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.x, this.t, () =>
      this.x.sheet(this.x.selection?.sheet ?? this.x.sheets[0]!.name),
    );
  }
}

export class FakeNames implements NamedItemCollectionLike {
  private loadedItems: NamedItemLike[] | null = null;
  constructor(
    private readonly x: FakeExcel,
    private readonly t: Tracker,
  ) {}

  load(props: string): this {
    this.t.op(props, () => {
      this.loadedItems = this.x.names.map((n) => this.item(n.name, n.value));
      this.t.respond(this.x.names);
    });
    return this;
  }

  get items(): NamedItemLike[] {
    if (!this.loadedItems) throw new Error("PropertyNotLoaded: 'items' was read before load() and sync()");
    return this.loadedItems;
  }

  add(name: string, reference: RangeLike | string): NamedItemLike {
    this.t.op(name, () => {
      if (this.x.names.some((n) => n.name === name))
        throw new Error(`InvalidArgument: the name ${name} exists`);
      if (typeof reference !== "string" && !(reference instanceof FakeRange))
        throw new Error("the fake names only its own ranges");
      const ref =
        typeof reference === "string" ? reference : `='${reference.sheet().name.replace(/'/g, "''")}'!$A$1`;
      this.x.names.push({ name, value: ref });
    });
    return this.item(name, "");
  }

  getItem(name: string): NamedItemLike {
    return this.item(name, "");
  }

  /** What the real client asks for a loaded collection's items (by position), in the real-client tier. */
  getItemAt(index: number): NamedItemLike {
    const n = this.x.names[index];
    if (!n) throw new Error(`ItemNotFound: no name at ${index}`);
    return this.item(n.name, n.value);
  }

  private item(name: string, value: string): NamedItemLike {
    const remove = () =>
      this.t.op(name, () => {
        const i = this.x.names.findIndex((n) => n.name === name);
        if (i < 0) throw new Error(`ItemNotFound: no name ${name}`);
        this.x.names.splice(i, 1);
      });
    return { name, value, delete: remove };
  }
}

export class FakeSettings {
  constructor(
    private readonly x: FakeExcel,
    private readonly t: Tracker,
  ) {}
  add(key: string, value: unknown): void {
    this.t.op(value, () => this.x.settings.set(key, value));
  }
  getItemOrNullObject(key: string): SettingLike & { load(props: string): unknown } {
    const item = new Loaded(this.t, () => ({ value: this.x.settings.get(key) }));
    let isNull: boolean | null = null;
    this.t.resolve(() => (isNull = !this.x.settings.has(key)));
    return {
      load: (props: string) => item.load(props),
      get value() {
        return item.get("value");
      },
      get isNullObject() {
        if (isNull === null) throw new Error("PropertyNotLoaded: isNullObject is known only after sync()");
        return isNull;
      },
    };
  }
}
