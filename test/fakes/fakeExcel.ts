/**
 * A typed in-memory fake of the Excel objects ITA Analyzer uses, with Office.js's semantics: calls queue actions
 * until `sync` (fakeBatch.ts); errors surface at `sync` and the actions before a failing one stay applied; a
 * property can be read only after load() and a sync; deleting a sheet turns the names that point to it into
 * `#REF!`; Excel's limits hold (row height 409 pt, 5 MB a request or response in UTF-8, 5,000,000 cells a read);
 * values are parsed as typed input; charts get Excel's automatic series.
 */
import type { ExcelContextLike, ExcelRunner } from "../../src/workbook/excel/excelApi";
import { Loaded, Tracker } from "./fakeBatch";
import { FakeNames, FakeSettings, FakeWorksheets } from "./fakeCollections";
import { type Area, type FakeSheetModel, newSheetModel, usedBounds } from "./fakeModel";
import { FakeWorksheet } from "./fakeWorksheet";

export { Tracker };

export class FakeExcel {
  readonly tracker = new Tracker();
  readonly sheets: FakeSheetModel[] = [];
  readonly names: { name: string; value: string }[] = [];
  readonly settings = new Map<string, unknown>();
  workbookProtected = false;
  /** The officer's selection: a sheet and an A1 range (whole columns "A:C" allowed). */
  selection: { sheet: string; address: string } | null = null;

  addSheet(name: string, rows: unknown[][] = [], top = 0, left = 0): FakeSheetModel {
    const sheet = newSheetModel(name);
    rows.forEach((row, r) =>
      row.forEach(
        (v, c) => v !== null && v !== "" && v !== undefined && sheet.cells.set(`${top + r},${left + c}`, v),
      ),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: no sheet ${name}`);
    return s;
  }

  usedArea(s: FakeSheetModel): Area | null {
    return usedBounds(s);
  }

  checkNewName(v: string): void {
    if (this.sheets.some((s) => s.name.toLowerCase() === v.toLowerCase()))
      throw new Error(`ItemAlreadyExists: a sheet named ${v} exists`);
    if (v.length > 31 || v.length === 0 || /[:\\/?*[\]]/.test(v))
      throw new Error(`InvalidArgument: ${v} is not a valid sheet name`);
  }

  renameSheet(s: FakeSheetModel, v: string): void {
    if (this.workbookProtected) throw new Error("AccessDenied: the workbook's structure is protected");
    if (s.name === v) return;
    this.checkNewName(v);
    const old = quoted(s.name);
    s.name = v;
    for (const n of this.names) n.value = n.value.replace(old, quoted(v));
  }

  /** As Excel does: the sheet goes, and every name that pointed to it now says `=#REF!$A$1`. */
  deleteSheet(s: FakeSheetModel): void {
    if (this.workbookProtected) throw new Error("AccessDenied: the workbook's structure is protected");
    if (this.sheets.filter((x) => !x.deleted).length === 1)
      throw new Error("InvalidOperation: a workbook must keep one sheet");
    s.deleted = true;
    this.sheets.splice(this.sheets.indexOf(s), 1);
    for (const n of this.names) if (n.value.startsWith(`=${quoted(s.name)}`)) n.value = "=#REF!$A$1";
  }

  /** The Excel.run of the fake: a fresh context whose sync sends the queued actions. */
  readonly run: ExcelRunner = async (batch) => batch(this.context());

  private context(): ExcelContextLike {
    const t = this.tracker;
    const protection = new Loaded(t, () => ({ protected: this.workbookProtected }));
    return {
      workbook: {
        worksheets: new FakeWorksheets(this, t),
        names: new FakeNames(this, t),
        settings: new FakeSettings(this, t),
        protection: {
          load: (p: string) => protection.load(p),
          get protected() {
            return protection.get("protected");
          },
        },
        getSelectedRange: () => {
          const sel = this.selection ?? { sheet: this.sheets[0]!.name, address: "A1" };
          return new FakeWorksheet(this, t, () => this.sheet(sel.sheet)).getRange(sel.address);
        },
      },
      application: { suspendApiCalculationUntilNextSync: () => t.op("suspend", () => undefined) },
      sync: t.sync,
    };
  }
}

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}
