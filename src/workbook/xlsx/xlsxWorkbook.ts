import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../../analysis/grid";
import { scanLabels } from "../../analysis/scanLabels";
import type { SheetSpec } from "../../sheets/sheetSpec";
import { validSheetName } from "../../sheets/sheetName";
import {
  REGISTRY_NAME,
  freeMarkerIndices,
  kindOfMarker,
  markerName,
  markerSheet,
  quotedSheet,
  registryFormula,
  sortMarkers,
} from "../markers";
import { TEMP_PREFIX, type WorkbookPort } from "../port";
import { ChangedSinceReadError, type ReadState, changedSheets, readStateOf } from "../readState";
import { type UnsupportedPart, inspectXlsx } from "./inspectXlsx";
import { writeIntoPackage } from "./package/writeIntoPackage";
import { type PackageSheet, readPackage } from "./read/readPackage";
import { NotAWorkbookError, PartTooLargeError } from "./errors";
import { writeSpec } from "./writeSpec";

export { NotAWorkbookError, PartTooLargeError };

/** Sheets whose XML is larger than this are probed on their first rows, as the Office.js adapter does. */
const PROBE_BYTES = 2 * 1024 * 1024;
const PROBE_ROWS = 200;

/** An ITAAnalyzer_ name of the package, with its formula text as in the workbook part. */
interface MarkerName {
  name: string;
  value: string;
}

/** A sheet of the workbook as it stands now: one of the package, or a document written since. */
interface Sheet {
  name: string;
  hidden?: SheetGrid["hidden"];
  read(): Promise<Pick<SheetGrid, "rows" | "merges">>;
}

/**
 * The file adapter (CLI, standalone page, tests): a workbook package read straight from its XML as grids (the cost
 * follows the cells present, and a large unrelated sheet is only probed). Written back, it is the officer's own
 * package with the generated sheets replaced (writeIntoPackage): exceljs only writes the new sheets, so every part
 * the tool does not understand — charts, pivot tables, macros, comments, links — is kept byte for byte.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** The documents of the last writeSheets, to be put into the package by toBuffer. */
  private pending: { specs: SheetSpec[]; names: string[]; markers: MarkerName[] } | null = null;
  /** The ITAAnalyzer_ names now (after a write, the new ones). */
  private names: MarkerName[];
  /** The sheets now, in order. */
  private sheets: Sheet[];

  private constructor(
    loaded: PackageSheet[],
    /** Charts, pivot tables, slicers, macros…: kinds of parts the workbook holds beyond cells (all kept). */
    readonly parts: UnsupportedPart[],
    /** The package as loaded; null for a new workbook. */
    private readonly original: Uint8Array | null,
    /** The ITAAnalyzer_ names of the package as loaded (markers and the registry of what the tool wrote). */
    private readonly loadedNames: MarkerName[],
  ) {
    this.names = loadedNames;
    this.loadedSheets = loaded.map((s) => s.name);
    this.sheets = loaded.map((s) => ({
      name: s.name,
      ...(s.state !== "visible" ? { hidden: s.state } : {}),
      read: () => this.readSheet(s),
    }));
  }

  /** The sheet names of the package as loaded. */
  private readonly loadedSheets: string[];

  static async load(bytes: Uint8Array): Promise<XlsxWorkbook> {
    if (isOleFile(bytes))
      throw new NotAWorkbookError(hasUtf16(bytes, "EncryptedPackage") ? "encrypted" : "notWorkbook");
    const parts = bytes[0] === 0x50 && bytes[1] === 0x4b ? await inspectXlsx(bytes) : null;
    if (parts && "damaged" in parts) throw new NotAWorkbookError("notWorkbook", true, parts.damaged);
    if (!parts?.workbook) throw new NotAWorkbookError("notWorkbook");
    try {
      const read = await readPackage(bytes, PROBE_BYTES, PROBE_ROWS);
      return new XlsxWorkbook(read.sheets, parts.unsupported, bytes, read.names);
    } catch (e) {
      if (e instanceof PartTooLargeError) throw e;
      throw new NotAWorkbookError("notWorkbook", true, e instanceof Error ? e.message : String(e));
    }
  }

  static empty(): XlsxWorkbook {
    return new XlsxWorkbook([], [], null, []);
  }

  async readGrids(): Promise<SheetGrid[]> {
    const { trusted, foreign } = sortMarkers(this.names);
    const kinds = sheetKinds(trusted);
    const copied = sheetKinds(foreign);
    const out: SheetGrid[] = [];
    for (const s of this.sheets.filter((x) => !x.name.startsWith(TEMP_PREFIX))) {
      const own = kinds.get(s.name);
      const other = own ? undefined : copied.get(s.name);
      const { rows, merges } = await s.read();
      out.push({
        name: s.name,
        rows,
        top: 0,
        left: 0,
        merges,
        generated: own !== undefined,
        generatedKind: own ?? other,
        ...(other !== undefined ? { copiedDocument: true } : {}),
        ...(s.hidden ? { hidden: s.hidden } : {}),
      });
    }
    return out;
  }

  /** With `expected`, refuses (ChangedSinceReadError) when the generated sheets are not as read. */
  async writeSheets(specs: SheetSpec[], expected?: ReadState): Promise<string[]> {
    if (expected) {
      const changed = changedSheets(expected, readStateOf(await this.readGrids()));
      if (changed.length > 0) throw new ChangedSinceReadError(changed);
    }
    // The workbook in memory follows (a later readGrids sees the new documents); the package is written by toBuffer.
    const { trusted, foreign } = sortMarkers(this.names);
    const old = new Set(sheetKinds(trusted).keys());
    this.sheets = this.sheets.filter((s) => !old.has(s.name));
    const indices = freeMarkerIndices(
      [...this.loadedNames, ...foreign].map((n) => n.name),
      specs.length,
    );
    const names: string[] = [];
    const markers: MarkerName[] = [];
    for (const [i, spec] of specs.entries()) {
      const name = validSheetName(
        spec.name,
        this.sheets.map((s) => s.name),
      );
      const grid = specGrid(spec);
      this.sheets.push({ name, read: async () => grid });
      markers.push({ name: markerName(spec.kind, indices[i]!), value: `${quotedSheet(name)}!$A$1` });
      names.push(name);
    }
    const registry = { name: REGISTRY_NAME, value: registryFormula(markers.map((m) => m.name)).slice(1) };
    this.names = [...foreign, ...markers, registry];
    this.pending = { specs, names, markers: [...markers, registry] };
    return names;
  }

  /** The workbook's bytes: the package as loaded with the documents of the last write in place of the old ones. */
  async toBuffer(): Promise<Uint8Array> {
    const base = this.original ?? new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    if (!this.pending) return base;
    const { specs, names, markers } = this.pending;
    const docs = new ExcelJS.Workbook();
    specs.forEach((spec, i) => writeSpec(docs.addWorksheet(names[i]), spec));
    const { trusted, foreign, registry } = sortMarkers(this.loadedNames);
    const dead = foreign.filter((n) => markerSheet(n.value) === null);
    return writeIntoPackage(base, {
      // The old documents, and temporary sheets an interrupted Generate in Excel left in the file.
      remove: [...sheetKinds(trusted).keys(), ...this.loadedSheets.filter((n) => n.startsWith(TEMP_PREFIX))],
      removeNames: [...trusted, ...dead, ...(registry ? [registry] : [])].map((n) => n.name),
      documents: new Uint8Array(await docs.xlsx.writeBuffer()),
      names: markers.map((m) => ({ name: m.name, text: m.value })),
    });
  }

  /**
   * A sheet of the package: whole when small, when the tool generated it, or when its first rows hold what a score
   * table is recognised by; else only those first rows (an unrelated list is never parsed whole).
   */
  private async readSheet(s: PackageSheet): Promise<Pick<SheetGrid, "rows" | "merges">> {
    if (s.complete) return s;
    const generated = sortMarkers(this.names).trusted.some((m) => markerSheet(m.value) === s.name);
    const probe: SheetGrid = { name: s.name, rows: s.rows, top: 0, left: 0, merges: s.merges };
    return generated || scanLabels(probe).columns.size > 0 ? s.readAll() : s;
  }
}

/** A written document as the grid a later read gives. */
function specGrid(spec: SheetSpec): Pick<SheetGrid, "rows" | "merges"> {
  const rows: CellValue[][] = spec.rows.map((r) => r.cells.map((c) => c.value));
  return { rows, merges: spec.merges };
}

/** The sheets these markers point to (live ones), with the document kind each marker names. */
function sheetKinds(markers: MarkerName[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of markers) {
    const sheet = markerSheet(m.value);
    if (sheet) out.set(sheet, kindOfMarker(m.name));
  }
  return out;
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
