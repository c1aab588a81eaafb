import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../../analysis/grid";
import { holdsScores } from "../../compare/holdsScores";
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
import { SETTINGS_KEY, type WorkbookPort, isTempSheet } from "../port";
import { hasRowRecords } from "../../sheets/rowRecord";
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
  extras?: string[];
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
  private pending: { specs: SheetSpec[]; names: string[]; markers: MarkerName[]; keep: string[] } | null =
    null;
  /** The documents of the package as loaded (known at the first write). */
  /** Its content type is a macro-enabled workbook's: written back, it must be named .xlsm. */
  macroEnabled = false;
  /** What the add-in saved in the workbook's settings, as Office stored it (checked by the reader), or null. */
  savedSettings: unknown = null;
  private loadedDocuments: Map<string, string> | null = null;
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
    /** The package's sheets of every type and its own names, as loaded (to compare two files). */
    readonly shape: string[] = [],
  ) {
    this.names = loadedNames;
    this.loadedSheets = loaded.map((s) => s.name);
    this.sheets = loaded.map((s) => ({
      name: s.name,
      ...(s.state !== "visible" ? { hidden: s.state } : {}),
      ...(s.extras.length > 0 ? { extras: s.extras } : {}),
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
    if (parts?.strict) throw new NotAWorkbookError("strict");
    if (!parts?.workbook) throw new NotAWorkbookError("notWorkbook");
    try {
      const read = await readPackage(bytes, PROBE_BYTES, PROBE_ROWS);
      const wb = new XlsxWorkbook(read.sheets, parts.unsupported, bytes, read.names, read.shape);
      wb.macroEnabled = parts.macroEnabled;
      wb.savedSettings = read.settings;
      return wb;
    } catch (e) {
      if (e instanceof PartTooLargeError) throw e;
      throw new NotAWorkbookError("notWorkbook", true, e instanceof Error ? e.message : String(e));
    }
  }

  static empty(): XlsxWorkbook {
    return new XlsxWorkbook([], [], null, [], []);
  }

  async readGrids(): Promise<SheetGrid[]> {
    const own = await this.documents();
    const copied = sheetKinds(sortMarkers(this.names).foreign);
    const out: SheetGrid[] = [];
    for (const s of this.sheets.filter((x) => !isTempSheet(x.name))) {
      const kind = own.get(s.name);
      const other = kind ? undefined : copied.get(s.name);
      const { rows, merges } = await s.read();
      out.push({
        name: s.name,
        rows,
        top: 0,
        left: 0,
        merges,
        generated: kind !== undefined,
        generatedKind: kind ?? other,
        ...(other !== undefined ? { copiedDocument: true } : {}),
        ...(s.hidden ? { hidden: s.hidden } : {}),
        ...(s.extras ? { extras: s.extras } : {}),
      });
    }
    return out;
  }

  /**
   * With `expected`, refuses (ChangedSinceReadError) when the generated sheets are not as read. Generated sheets
   * named in `keep` stay as they stand, with their markers.
   */
  async writeSheets(specs: SheetSpec[], expected?: ReadState, keep: string[] = []): Promise<string[]> {
    if (expected) {
      const changed = changedSheets(expected, readStateOf(await this.readGrids()));
      if (changed.length > 0) throw new ChangedSinceReadError(changed);
    }
    this.loadedDocuments ??= await this.documents();
    // The workbook in memory follows (a later readGrids sees the new documents); the package is written by toBuffer.
    const old = new Set([...(await this.documents()).keys()].filter((n) => !keep.includes(n)));
    this.sheets = this.sheets.filter((s) => !old.has(s.name));
    const { trusted, foreign } = sortMarkers(this.names);
    const kept = trusted.filter((m) => keep.includes(markerSheet(m.value) ?? ""));
    const indices = freeMarkerIndices(
      [...this.loadedNames, ...this.names].map((n) => n.name),
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
    const registry = {
      name: REGISTRY_NAME,
      value: registryFormula([...kept, ...markers].map((m) => m.name)).slice(1),
    };
    this.names = [...foreign, ...kept, ...markers, registry];
    this.pending = { specs, names, markers: [...markers, registry], keep };
    return names;
  }

  /**
   * The workbook's bytes: the package as loaded with the documents of the last write in place of the old ones.
   * `settings`: the pane's settings as they are now, saved into the package where Excel saved them before
   * (savedSettings is not null); elsewhere not written.
   */
  async toBuffer(settings?: unknown): Promise<Uint8Array> {
    const base = this.original ?? new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    if (!this.pending || !this.loadedDocuments) return base;
    const { specs, names, markers, keep } = this.pending;
    const docs = new ExcelJS.Workbook();
    specs.forEach((spec, i) => writeSpec(docs.addWorksheet(names[i]), spec));
    const replaced = [...this.loadedDocuments.keys()].filter((n) => !keep.includes(n));
    const { trusted, foreign, registry } = sortMarkers(this.loadedNames);
    const dead = foreign.filter((n) => markerSheet(n.value) === null);
    const gone = trusted.filter(
      (m) => replaced.includes(markerSheet(m.value) ?? "") || markerSheet(m.value) === null,
    );
    return writeIntoPackage(base, {
      // The old documents, and temporary sheets an interrupted Generate in Excel left in the file.
      remove: [...replaced, ...this.loadedSheets.filter(isTempSheet)],
      removeNames: [...gone, ...dead, ...(registry ? [registry] : [])].map((n) => n.name),
      documents: new Uint8Array(await docs.xlsx.writeBuffer()),
      names: markers.map((m) => ({ name: m.name, text: m.value })),
      images: specs.map((s) => s.images ?? []),
      charts: specs.map((s) => s.chart),
      // As Office stores a setting: its value (the settings as JSON text) as JSON.
      ...(settings !== undefined && this.savedSettings !== null
        ? { setting: { name: SETTINGS_KEY, value: JSON.stringify(JSON.stringify(settings)) } }
        : {}),
    });
  }

  /**
   * The documents this tool wrote, by sheet → kind: a sheet its own list of markers names, whose rows carry its
   * records (a marker that moved to an officer's sheet with a cut cell never makes that sheet a document).
   */
  private async documents(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const [sheet, kind] of sheetKinds(sortMarkers(this.names).trusted)) {
      const s = this.sheets.find((x) => x.name === sheet);
      if (!s) continue;
      const { rows } = await s.read();
      if (hasRowRecords({ name: sheet, rows, top: 0, left: 0 })) out.set(sheet, kind);
    }
    return out;
  }

  /**
   * A sheet of the package: whole when small, when the tool generated it, or when its first rows hold what a score
   * table is recognised by; else only those first rows (an unrelated list is never parsed whole).
   */
  private async readSheet(s: PackageSheet): Promise<Pick<SheetGrid, "rows" | "merges">> {
    if (s.complete) return s;
    const generated = sortMarkers(this.names).trusted.some((m) => markerSheet(m.value) === s.name);
    const probe: SheetGrid = { name: s.name, rows: s.rows, top: 0, left: 0, merges: s.merges };
    return generated || holdsScores(probe) ? s.readAll() : s;
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
