import ExcelJS from "exceljs";
import { type CellRange, type CellValue, type SheetGrid, parseRangeA1 } from "../../analysis/grid";
import type { SheetSpec } from "../../sheets/sheetSpec";
import { validSheetName } from "../../sheets/sheetName";
import { kindOfMarker, markerName, quotedSheet, sheetOfReference } from "../markers";
import { MARKER_PREFIX, type WorkbookPort } from "../port";
import { ChangedSinceReadError, type ReadState, changedSheets, readStateOf } from "../readState";
import { formulaZeros } from "./cachedZeros";
import { toGridValue } from "./readCell";
import { type UnsupportedPart, inspectXlsx } from "./inspectXlsx";
import { writeSpec } from "./writeSpec";
import { writeIntoPackage } from "./package/writeIntoPackage";

/**
 * Why bytes could not be opened as a workbook: another kind of file (notWorkbook) or a password-protected
 * one (encrypted). `corrupt` says it is a workbook, damaged (reason stays notWorkbook for older callers);
 * `detail` keeps the underlying cause for --debug.
 */
export class NotAWorkbookError extends Error {
  constructor(
    readonly reason: "notWorkbook" | "encrypted",
    readonly corrupt = false,
    readonly detail = "",
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

/**
 * The exceljs adapter: a workbook loaded from bytes, read as grids. Written back, it is the officer's own package
 * with the generated sheets replaced (writeIntoPackage): exceljs only writes the new sheets, so every part it
 * does not understand — charts, pivot tables, macros, comments, links — is kept byte for byte.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** The documents of the last writeSheets, to be put into the package by toBuffer. */
  private pending: { specs: SheetSpec[]; names: string[] } | null = null;
  /** The generated sheets and markers of the package as loaded: what a write replaces. */
  private readonly loadedMarkers: { name: string; sheet: string }[];

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    /** Charts, pivot tables, slicers, macros…: kinds of parts the workbook holds beyond cells (all kept). */
    readonly parts: UnsupportedPart[] = [],
    /** Formula cells whose cached result is 0, by sheet (exceljs reads them as having none). */
    private readonly zeros = new Map<string, Set<string>>(),
    /** The package as loaded; null for a new workbook. */
    private readonly original: Uint8Array | null = null,
  ) {
    this.loadedMarkers = this.generatedSheets().map((g) => ({ name: g.name, sheet: g.sheet }));
  }

  static async load(bytes: Uint8Array): Promise<XlsxWorkbook> {
    if (isOleFile(bytes))
      throw new NotAWorkbookError(hasUtf16(bytes, "EncryptedPackage") ? "encrypted" : "notWorkbook");
    const parts = bytes[0] === 0x50 && bytes[1] === 0x4b ? await inspectXlsx(bytes) : null;
    if (parts && "damaged" in parts) throw new NotAWorkbookError("notWorkbook", true, parts.damaged);
    if (!parts?.workbook) throw new NotAWorkbookError("notWorkbook");
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(wholeBuffer(bytes));
    } catch (e) {
      throw new NotAWorkbookError("notWorkbook", true, e instanceof Error ? e.message : String(e));
    }
    return new XlsxWorkbook(wb, parts.unsupported, await formulaZeros(bytes), bytes);
  }

  static empty(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook());
  }

  async readGrids(): Promise<SheetGrid[]> {
    const kinds = new Map(this.generatedSheets().map((g) => [g.sheet, kindOfMarker(g.name)]));
    return this.workbook.worksheets.map((ws) => toGrid(ws, kinds.get(ws.name), this.zeros.get(ws.name)));
  }

  /** With `expected`, refuses (ChangedSinceReadError) when the generated sheets are not as read. */
  async writeSheets(specs: SheetSpec[], expected?: ReadState): Promise<string[]> {
    if (expected) {
      const changed = changedSheets(expected, readStateOf(await this.readGrids()));
      if (changed.length > 0) throw new ChangedSinceReadError(changed);
    }
    // The workbook in memory follows (a later readGrids sees the new documents); the package is written by toBuffer.
    for (const g of this.generatedSheets()) {
      const ws = this.workbook.getWorksheet(g.sheet);
      if (ws) this.workbook.removeWorksheet(ws.id);
      this.workbook.definedNames.remove(g.location, g.name);
    }
    const names: string[] = [];
    for (const spec of specs) {
      const name = validSheetName(
        spec.name,
        this.workbook.worksheets.map((w) => w.name),
      );
      const ws = this.workbook.addWorksheet(name);
      writeSpec(ws, spec);
      this.workbook.definedNames.add(`${quotedSheet(name)}!$A$1`, markerName(spec.kind, names.length + 1));
      names.push(name);
    }
    this.pending = { specs, names };
    return names;
  }

  /** The workbook's bytes: the package as loaded with the documents of the last write in place of the old ones. */
  async toBuffer(): Promise<Uint8Array> {
    if (!this.original) return new Uint8Array(await this.workbook.xlsx.writeBuffer());
    if (!this.pending) return this.original;
    const { specs, names } = this.pending;
    const docs = new ExcelJS.Workbook();
    specs.forEach((spec, i) => writeSpec(docs.addWorksheet(names[i]), spec));
    return writeIntoPackage(this.original, {
      remove: this.loadedMarkers.map((m) => m.sheet),
      removeNames: this.loadedMarkers.map((m) => m.name),
      documents: new Uint8Array(await docs.xlsx.writeBuffer()),
      names: specs.map((s, i) => ({
        name: markerName(s.kind, i + 1),
        text: `${quotedSheet(names[i]!)}!$A$1`,
      })),
    });
  }

  /** Sheets marked as generated by a defined name ITAAnalyzer_… (the marker follows a renamed sheet). */
  private generatedSheets(): { name: string; sheet: string; location: string }[] {
    const model = this.workbook.definedNames.model as { name: string; ranges: string[] }[];
    return model
      .filter((d) => d.name.startsWith(MARKER_PREFIX))
      .flatMap((d) => d.ranges.map((loc) => ({ name: d.name, location: loc, sheet: sheetOfReference(loc) })));
  }
}

function toGrid(
  ws: ExcelJS.Worksheet,
  generatedKind: string | undefined,
  zeros = new Set<string>(),
): SheetGrid {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.isMerged && cell.master !== cell) return;
      cells[col - 1] = toGridValue(cell.value, zeros.has(cell.address), cell.numFmt ?? "");
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map(parseRangeA1)
    .filter((m): m is CellRange => m !== null);
  return {
    name: ws.name,
    rows,
    top: 0,
    left: 0,
    merges,
    generated: generatedKind !== undefined,
    generatedKind,
    ...(ws.state === "hidden" || ws.state === "veryHidden" ? { hidden: ws.state } : {}),
  };
}

function isOleFile(b: Uint8Array): boolean {
  return b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}

/** True when `text` occurs in the bytes as UTF-16LE (how OLE directory entries store names). */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = [...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * The bytes as an ArrayBuffer of their own, which exceljs's zip reader takes in Node and in the browser (its
 * typings say Buffer): the underlying buffer when the view covers all of it, else a copy.
 */
function wholeBuffer(bytes: Uint8Array): ArrayBuffer {
  const b = bytes.buffer;
  return b instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === b.byteLength
    ? b
    : new Uint8Array(bytes).buffer;
}
