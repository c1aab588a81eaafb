import JSZip from "jszip";
import type { CellRange, CellValue } from "../../../analysis/grid";
import { MARKER_PREFIX, SETTINGS_KEY } from "../../port";
import { formatKinds } from "./numberFormats";
import { type CellContext, readSheetCells } from "./sheetCells";
import { attr, itemText, plainAttr, unescapeXml } from "./xmlText";
import { zipSizes } from "./zipSizes";
import { sheetExtras, workbookShape } from "./inventory";
import { relsPathOf, resolveTarget } from "../package/parts";
import { PROPERTY_TAG, WEB_EXTENSION_PART } from "../package/webExtensionSettings";
import { PartTooLargeError, cappedText } from "./cappedText";

export { PartTooLargeError };

/** One sheet of the package as read: its cells (all, or the first rows of a large sheet), merges and visibility. */
export interface PackageSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** What the sheet holds beyond its values (sheetExtras): comments, drawings, links, protection… */
  extras: string[];
  rows: CellValue[][];
  merges: CellRange[];
  /** Reads the whole sheet (after a probe of its first rows). */
  readAll(): Promise<{ rows: CellValue[][]; merges: CellRange[] }>;
  /** True when `rows` holds every row. */
  complete: boolean;
}

export interface PackageRead {
  sheets: PackageSheet[];
  /** The workbook's ITAAnalyzer_ names with their formula text. */
  names: { name: string; value: string }[];
  /** Its sheets of every type, their visibility and its own names (workbookShape), to compare two files. */
  shape: string[];
  /** What the add-in saved in the workbook's settings (the pane's agency, people, choices), or null. */
  settings: unknown;
}

/** A part larger than this (uncompressed) is refused: a workbook of real score sheets is far smaller. */
export const MAX_PART_BYTES = 400 * 1024 * 1024;

/**
 * Reads a workbook package's sheets straight from its XML — one unzip, no model of the whole workbook: the cost
 * follows the cells present. A sheet whose part is larger than `probeBytes` is read only to `probeRows` rows until
 * the caller asks for the rest (readAll), so an unrelated million-row list is never parsed whole.
 */
export async function readPackage(
  bytes: Uint8Array,
  probeBytes: number,
  probeRows: number,
): Promise<PackageRead> {
  const sizes = zipSizes(bytes);
  for (const [part, size] of sizes ?? []) if (size > MAX_PART_BYTES) throw new PartTooLargeError(part, size);
  const zip = await JSZip.loadAsync(bytes);
  const text = (part: string) => cappedText(zip, part, MAX_PART_BYTES);
  const wbPart = officeDocument((await text("_rels/.rels")) ?? "");
  const wb = (await text(wbPart)) ?? "";
  const rels = relationships((await text(relsPathOf(wbPart))) ?? "", wbPart);
  const target = (type: string) => [...rels.values()].find((r) => r.type.endsWith(type))?.part;
  const sst = target("/sharedStrings");
  const styles = target("/styles");
  const ctx: CellContext = {
    strings: sst
      ? [...((await text(sst)) ?? "").matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) =>
          itemText(m[1]!),
        )
      : [],
    formats: formatKinds(styles ? await text(styles) : null),
    date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(1|true)"/.test(wb),
  };
  const sheets: PackageSheet[] = [];
  const types = new Map<string, string>();
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name") ?? "";
    const rel = rels.get(/\br:id="([^"]+)"|\s\w+:id="([^"]+)"/.exec(m[0])?.slice(1).find(Boolean) ?? "");
    types.set(name, rel?.type.replace(/.*\//, "") ?? "");
    // Chart sheets, dialog sheets and macro sheets hold no cells: only worksheets are read.
    if (!rel?.type.endsWith("/worksheet")) continue;
    const part = rel.part;
    const state = attr(m[0], "state");
    const xml = (part && (await text(part))) || "";
    const first = readSheetCells(xml, ctx, xml.length > probeBytes ? probeRows : Infinity);
    const sheetRels = [...relationships((await text(relsPathOf(part))) ?? "", part).values()];
    const drawingParts = sheetRels.filter((r) => r.type.endsWith("/drawing")).map((r) => r.part);
    const drawings = (await Promise.all(drawingParts.map((d) => text(d)))).map((d) => d ?? "");
    sheets.push({
      name,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      extras: sheetExtras(
        xml,
        sheetRels.map((r) => r.type),
        drawings,
      ),
      rows: first.rows,
      merges: first.merges,
      complete: first.complete,
      // The part is unzipped again only if asked: a large sheet's XML is not kept while the rest is read.
      readAll: async () => (first.complete ? first : readSheetCells((part && (await text(part))) || "", ctx)),
    });
  }
  return {
    sheets,
    names: markerNames(wb),
    shape: workbookShape(wb, types, (n) => n.startsWith(MARKER_PREFIX)),
    settings: await savedSettings(zip, text),
  };
}

/**
 * The add-in's settings as Excel saves them in the package: a property of a web extension part
 * (`<we:property name="ITAAnalyzer.settings" value="…"/>`, found as setWebExtensionProperty finds it to set it),
 * whose value Office writes as JSON. Text that is not JSON is given as it stands: the pane says a damaged value is
 * unreadable, it is never dropped here.
 */
async function savedSettings(zip: JSZip, text: (part: string) => Promise<string | null>): Promise<unknown> {
  const parts = Object.keys(zip.files).filter((p) => WEB_EXTENSION_PART.test(p));
  for (const part of parts)
    for (const m of ((await text(part)) ?? "").matchAll(PROPERTY_TAG)) {
      // Plain XML (the web extension schema's strings): `_x0041_` in a saved agency is text typed so.
      const value = plainAttr(m[0], "name") === SETTINGS_KEY ? plainAttr(m[0], "value") : null;
      if (value === null) continue;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    }
  return null;
}

function officeDocument(rootRels: string): string {
  for (const m of rootRels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g))
    if ((plainAttr(m[0], "Type") ?? "").endsWith("/officeDocument"))
      return resolveTarget("", plainAttr(m[0], "Target") ?? "");
  return "xl/workbook.xml";
}

function relationships(xml: string, source: string): Map<string, { type: string; part: string }> {
  const out = new Map<string, { type: string; part: string }>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g))
    out.set(plainAttr(m[0], "Id") ?? "", {
      type: plainAttr(m[0], "Type") ?? "",
      part: resolveTarget(source, plainAttr(m[0], "Target") ?? ""),
    });
  return out;
}

/** The workbook-scoped ITAAnalyzer_ names (markers and the registry), with their formula text. */
function markerNames(wb: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const m of wb.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    const name = attr(`<d ${m[1]}>`, "name") ?? "";
    if (name.startsWith(MARKER_PREFIX) && attr(`<d ${m[1]}>`, "localSheetId") === null)
      out.push({ name, value: unescapeXml(m[2]!) });
  }
  return out;
}
