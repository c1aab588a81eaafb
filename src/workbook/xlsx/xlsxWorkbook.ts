import ExcelJS from "exceljs";
import type { SheetGrid } from "../../analysis/grid";
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
import { formulaZeros } from "./cachedZeros";
import { type UnsupportedPart, inspectXlsx } from "./inspectXlsx";
import { markerNamesOf } from "./package/markerNames";
import { writeIntoPackage } from "./package/writeIntoPackage";
import { hasUtf16, isOleFile, toGrid, wholeBuffer } from "./toGrid";
import { writeSpec } from "./writeSpec";

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

/** An ITAAnalyzer_ name of the package, with its formula text as in the workbook part. */
interface MarkerName {
  name: string;
  value: string;
}

/**
 * The exceljs adapter: a workbook loaded from bytes, read as grids. Written back, it is the officer's own package
 * with the generated sheets replaced (writeIntoPackage): exceljs only writes the new sheets, so every part it
 * does not understand — charts, pivot tables, macros, comments, links — is kept byte for byte.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** The documents of the last writeSheets, to be put into the package by toBuffer. */
  private pending: { specs: SheetSpec[]; names: string[]; markers: MarkerName[] } | null = null;
  /** The ITAAnalyzer_ names now (after a write, the new ones). */
  private names: MarkerName[];

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    /** Charts, pivot tables, slicers, macros…: kinds of parts the workbook holds beyond cells (all kept). */
    readonly parts: UnsupportedPart[],
    /** Formula cells whose cached result is 0, by sheet (exceljs reads them as having none). */
    private readonly zeros: Map<string, Set<string>>,
    /** The package as loaded; null for a new workbook. */
    private readonly original: Uint8Array | null,
    /** The ITAAnalyzer_ names of the package as loaded (markers and the registry of what the tool wrote). */
    private readonly loadedNames: MarkerName[],
  ) {
    this.names = loadedNames;
  }

  static async load(bytes: Uint8Array): Promise<XlsxWorkbook> {
    if (isOleFile(bytes))
      throw new NotAWorkbookError(hasUtf16(bytes, "EncryptedPackage") ? "encrypted" : "notWorkbook");
    const parts = bytes[0] === 0x50 && bytes[1] === 0x4b ? await inspectXlsx(bytes) : null;
    if (parts && "damaged" in parts) throw new NotAWorkbookError("notWorkbook", true, parts.damaged);
    if (!parts?.workbook) throw new NotAWorkbookError("notWorkbook");
    const wb = new ExcelJS.Workbook();
    let names: MarkerName[];
    try {
      await wb.xlsx.load(wholeBuffer(bytes));
      names = await markerNamesOf(bytes);
    } catch (e) {
      throw new NotAWorkbookError("notWorkbook", true, e instanceof Error ? e.message : String(e));
    }
    return new XlsxWorkbook(wb, parts.unsupported, await formulaZeros(bytes), bytes, names);
  }

  static empty(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook(), [], new Map(), null, []);
  }

  async readGrids(): Promise<SheetGrid[]> {
    const { trusted, foreign } = sortMarkers(this.names);
    const kinds = sheetKinds(trusted);
    const copied = sheetKinds(foreign);
    return this.workbook.worksheets
      .filter((ws) => !ws.name.startsWith(TEMP_PREFIX))
      .map((ws) => {
        const own = kinds.get(ws.name);
        const other = own ? undefined : copied.get(ws.name);
        return toGrid(
          ws,
          { generatedKind: own ?? other, copied: other !== undefined },
          this.zeros.get(ws.name),
        );
      });
  }

  /** With `expected`, refuses (ChangedSinceReadError) when the generated sheets are not as read. */
  async writeSheets(specs: SheetSpec[], expected?: ReadState): Promise<string[]> {
    if (expected) {
      const changed = changedSheets(expected, readStateOf(await this.readGrids()));
      if (changed.length > 0) throw new ChangedSinceReadError(changed);
    }
    // The workbook in memory follows (a later readGrids sees the new documents); the package is written by toBuffer.
    const { trusted, foreign } = sortMarkers(this.names);
    for (const sheet of sheetKinds(trusted).keys()) {
      const ws = this.workbook.getWorksheet(sheet);
      if (ws) this.workbook.removeWorksheet(ws.id);
    }
    const indices = freeMarkerIndices(
      [...this.loadedNames, ...foreign].map((n) => n.name),
      specs.length,
    );
    const names: string[] = [];
    const markers: MarkerName[] = [];
    for (const [i, spec] of specs.entries()) {
      const name = validSheetName(
        spec.name,
        this.workbook.worksheets.map((w) => w.name),
      );
      writeSpec(this.workbook.addWorksheet(name), spec);
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
    if (!this.pending) return this.original ?? new Uint8Array(await this.workbook.xlsx.writeBuffer());
    const { specs, names, markers } = this.pending;
    const docs = new ExcelJS.Workbook();
    specs.forEach((spec, i) => writeSpec(docs.addWorksheet(names[i]), spec));
    const base = this.original ?? new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    const { trusted, foreign, registry } = sortMarkers(this.loadedNames);
    const dead = foreign.filter((n) => markerSheet(n.value) === null);
    return writeIntoPackage(base, {
      // The old documents, and temporary sheets an interrupted Generate in Excel left in the file.
      remove: [
        ...sheetKinds(trusted).keys(),
        ...this.workbook.worksheets.map((w) => w.name).filter((n) => n.startsWith(TEMP_PREFIX)),
      ],
      removeNames: [...trusted, ...dead, ...(registry ? [registry] : [])].map((n) => n.name),
      documents: new Uint8Array(await docs.xlsx.writeBuffer()),
      names: markers.map((m) => ({ name: m.name, text: m.value })),
    });
  }
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
