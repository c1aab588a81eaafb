import { addFakeImage } from "./fakeShape";
import type { WorksheetLike } from "../../src/workbook/excel/excelApi";
import { Loaded, type Tracker } from "./fakeBatch";
import { addFakeChart } from "./fakeChart";
import type { FakeExcel } from "./fakeExcel";
import { type FakeSheetModel, parseAddress } from "./fakeModel";
import { FakeRange } from "./fakeRange";

/** A worksheet proxy, bound to its sheet at the first sync that uses it (so it follows a rename). */
export class FakeWorksheet implements WorksheetLike {
  private bound: FakeSheetModel | null = null;
  readonly props: Loaded<{ name: string; visibility: string }>;
  readonly protection: Loaded<{ protected: boolean }> & { protected: boolean };

  constructor(
    private readonly x: FakeExcel,
    private readonly t: Tracker,
    private readonly find: () => FakeSheetModel,
  ) {
    this.props = new Loaded(t, () => ({ name: this.model.name, visibility: this.model.visibility }));
    const p = new Loaded(t, () => ({ protected: this.model.protected }));
    this.protection = Object.defineProperty(p, "protected", { get: () => p.get("protected") }) as Loaded<{
      protected: boolean;
    }> & { protected: boolean };
  }

  /** The sheet at sync time; ItemNotFound when it does not exist (any more). */
  get model(): FakeSheetModel {
    this.bound ??= this.find();
    if (this.bound.deleted) throw new Error(`ItemNotFound: the sheet ${this.bound.name} was deleted`);
    return this.bound;
  }

  load(props: string): this {
    this.props.load(props);
    return this;
  }

  get name(): string {
    return this.props.get("name");
  }

  set name(v: string) {
    this.t.op(v, () => this.x.renameSheet(this.model, v));
  }

  get visibility(): string {
    return this.props.get("visibility");
  }

  set visibility(v: string) {
    this.t.op(v, () => (this.model.visibility = v));
  }

  private range(area: () => ReturnType<typeof parseAddress> | null): FakeRange {
    return new FakeRange(this.t, () => this.model, area);
  }

  getUsedRangeOrNullObject(): FakeRange {
    return this.range(() => this.x.usedArea(this.model));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return this.range(() => ({ row, col, rows, cols }));
  }

  getRange(address: string): FakeRange {
    return this.range(() => parseAddress(address));
  }

  get freezePanes() {
    return { freezeRows: (n: number) => this.t.op(n, () => (this.model.frozenRows = n)) };
  }

  get pageLayout(): WorksheetLike["pageLayout"] {
    const set = (k: string, v: unknown) => this.t.op(v, () => (this.model.pageLayout[k] = v));
    const unread = (k: string): never => {
      throw new Error(`PropertyNotLoaded: pageLayout.${k}`);
    };
    const layout = {
      get orientation(): string {
        return unread("orientation");
      },
      set orientation(v: string) {
        set("orientation", v);
      },
      get paperSize(): string {
        return unread("paperSize");
      },
      set paperSize(v: string) {
        set("paperSize", v);
      },
      get zoom(): WorksheetLike["pageLayout"]["zoom"] {
        return unread("zoom");
      },
      set zoom(v: WorksheetLike["pageLayout"]["zoom"]) {
        set("zoom", v);
      },
      setPrintTitleRows: (rows: string) => set("printTitleRows", rows),
      setPrintArea: (range: string) => set("printArea", range),
      get firstPageNumber(): number | "" {
        return unread("firstPageNumber");
      },
      set firstPageNumber(v: number | "") {
        set("firstPageNumber", v);
      },
      headersFooters: {
        get state(): string {
          return unread("headersFooters.state");
        },
        set state(v: string) {
          set("headersFooters.state", v);
        },
        defaultForAllPages: footerSections(set, unread),
        firstPage: footerSections(set, unread, "firstPage."),
      },
    };
    return withMargins(layout, set, unread);
  }

  get charts(): WorksheetLike["charts"] {
    return { add: (type, source) => addFakeChart(this.t, () => this.model, type, source) };
  }

  get shapes(): WorksheetLike["shapes"] {
    return { addImage: (base64) => addFakeImage(this.t, () => this.model, base64) };
  }

  /** Manual page breaks, recorded as the A1 addresses given (`pageLayout.pageBreaks`). */
  get horizontalPageBreaks(): WorksheetLike["horizontalPageBreaks"] {
    return {
      add: (range: string) =>
        this.t.op(range, () => {
          const list = (this.model.pageLayout.pageBreaks ??= []) as string[];
          list.push(range);
        }),
    };
  }

  activate(): void {
    this.t.op("activate", () => void this.model);
  }

  delete(): void {
    this.t.op("delete", () => this.x.deleteSheet(this.model));
  }
}

/**
 * The write-only header and footer sections of `pageLayout.headersFooters.defaultForAllPages` (or, with a prefix,
 * `firstPage`), recorded as footer.left, header.center etc.
 */
function footerSections(
  set: (k: string, v: unknown) => void,
  unread: (k: string) => never,
  prefix = "",
): WorksheetLike["pageLayout"]["headersFooters"]["defaultForAllPages"] {
  const section = (name: string, key: string) => ({
    get: () => unread(name),
    set: (v: string) => set(`${prefix}${key}`, v),
    enumerable: true,
  });
  const out = {} as WorksheetLike["pageLayout"]["headersFooters"]["defaultForAllPages"];
  Object.defineProperties(out, {
    leftFooter: section("leftFooter", "footer.left"),
    centerFooter: section("centerFooter", "footer.center"),
    rightFooter: section("rightFooter", "footer.right"),
    centerHeader: section("centerHeader", "header.center"),
  });
  return out;
}

const MARGINS = [
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
] as const;

/** `layout` with the six margins of `pageLayout`: written, never read unloaded (recorded under their own names). */
function withMargins<T extends object>(
  layout: T,
  set: (k: string, v: unknown) => void,
  unread: (k: string) => never,
): T & Pick<WorksheetLike["pageLayout"], (typeof MARGINS)[number]> {
  for (const k of MARGINS)
    Object.defineProperty(layout, k, {
      get: () => unread(k),
      set: (v: number) => {
        set(k, v);
      },
    });
  return layout as T & Pick<WorksheetLike["pageLayout"], (typeof MARGINS)[number]>;
}
