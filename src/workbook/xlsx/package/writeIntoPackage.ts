import JSZip from "jszip";
import { adoptSheetXml, sharedStrings } from "./sheetXml";
import type { ChartSpec, SpecImage } from "../../../sheets/sheetSpec";
import { mergeStyles } from "./mergeStyles";
import { addPictures } from "./pictures";
import {
  addRelationship,
  allTargets,
  readText,
  readXml,
  relationships,
  relativeTarget,
  relsPathOf,
  removeOverride,
  setOverride,
} from "./parts";
import { replaceDefinedNames, type NewName } from "./definedNames";
import { setWebExtensionProperty } from "./webExtensionSettings";
import {
  type Document,
  type Element,
  NS,
  PackageError,
  REL,
  STYLES_TYPE,
  WORKSHEET_TYPE,
  child,
  children,
  ensureChild,
  serializeXml,
} from "./xml";

/** What replaces what: the generated sheets to remove, and the new ones (an exceljs package of them alone). */
export interface PackageChange {
  /** Names of the sheets to remove (the old generated ones). */
  remove: string[];
  /** Defined names to remove (the old markers). */
  removeNames: string[];
  /** A package holding only the new sheets, in order, with their print names (exceljs writes it). */
  documents: Uint8Array;
  /** Workbook-scoped names to add, by the new sheet they point to (its index in `documents`). */
  names: NewName[];
  /** The pictures of each new sheet (the ครุฑ of a memo), by its index in `documents`. */
  images?: SpecImage[][];
  /** Each new sheet's chart, if it has one (its formulas name the sheet as written). */
  charts?: (ChartSpec | undefined)[];
  /** A setting the add-in saved in the package, set anew (where the package has it: setWebExtensionProperty). */
  setting?: { name: string; value: string };
}

/**
 * The officer's own package with the generated sheets replaced: the old ones' parts removed, the new ones added as
 * new parts, and only the parts that must list them edited (workbook, its relationships, content types, styles;
 * calcChain dropped when a sheet goes, as Excel rebuilds it). Every other part — other sheets, charts, pivot
 * tables, slicers, macros, comments, images, links — is carried byte for byte.
 */
export async function writeIntoPackage(original: Uint8Array, change: PackageChange): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(original);
  const docs = await JSZip.loadAsync(change.documents);
  const wbPart = await officeDocument(zip);
  const wbRelsPart = relsPathOf(wbPart);
  const [wb, wbRels, types] = await Promise.all([
    readXml(zip, wbPart),
    readXml(zip, wbRelsPart),
    readXml(zip, "[Content_Types].xml"),
  ]);
  // A package with no sheet at all (the base of a workbook of documents alone) gets its list.
  const sheetsEl = ensureChild(wb.documentElement!, "sheets", SHEETS_BEFORE);
  const rels = relationships(wbRels, wbPart);
  const relOf = (sheet: Element) => rels.find((r) => r.id === sheetRelId(sheet));

  // 1. The old generated sheets go, with the parts only they used.
  const before = children(sheetsEl, "sheet");
  const removed = before.filter((s) => change.remove.includes(s.getAttribute("name") ?? ""));
  const removedIndex = removed.map((s) => before.indexOf(s));
  const targets = await allTargets(zip);
  for (const s of removed) {
    const rel = relOf(s);
    sheetsEl.removeChild(s);
    if (!rel?.part) continue;
    rel.el.parentNode!.removeChild(rel.el);
    removePartTree(zip, types, rel.part, targets);
  }
  if (removed.length > 0) dropCalcChain(zip, types, wbRels, rels);

  // 2. The new sheets join at the end, as new parts.
  const docsWb = await readXml(docs, "xl/workbook.xml");
  const docsRels = relationships(await readXml(docs, "xl/_rels/workbook.xml.rels"), "xl/workbook.xml");
  const docSheets = children(child(docsWb.documentElement!, "sheets")!, "sheet");
  const styleMap = await styles(zip, types, wbRels, wbPart, rels, docs);
  const strings = sharedStrings(await readText(docs, "xl/sharedStrings.xml"));
  const kept = children(sheetsEl, "sheet");
  let sheetId = Math.max(0, ...kept.map((s) => Number(s.getAttribute("sheetId")))) + 1;
  const relPrefix = wb.documentElement!.lookupPrefix(NS.officeRel) ?? declareRelPrefix(wb);
  for (const [i, ds] of docSheets.entries()) {
    const source = docsRels.find((r) => r.id === sheetRelId(ds))?.part;
    const xml = source ? await readText(docs, source) : null;
    if (!xml) throw new PackageError(`documents: no part for sheet ${ds.getAttribute("name")}`);
    const part = freePart(zip, "xl/worksheets/sheet", ".xml");
    const adopted = adoptSheetXml(xml, styleMap, strings, part);
    const images = change.images?.[i] ?? [];
    const chart = change.charts?.[i];
    const name = ds.getAttribute("name") ?? "";
    zip.file(
      part,
      addPictures(
        zip,
        types,
        part,
        adopted,
        images,
        (stem, ext) => freePart(zip, stem, ext),
        chart ? { spec: chart, sheet: name } : null,
      ),
    );
    setOverride(types, part, WORKSHEET_TYPE);
    const id = addRelationship(wbRels, REL.worksheet, relativeTarget(wbPart, part));
    const el = wb.createElementNS(
      sheetsEl.namespaceURI,
      sheetsEl.prefix ? `${sheetsEl.prefix}:sheet` : "sheet",
    );
    el.setAttribute("name", ds.getAttribute("name") ?? "");
    el.setAttribute("sheetId", String(sheetId++));
    el.setAttributeNS(NS.officeRel, `${relPrefix}:id`, id);
    sheetsEl.appendChild(el);
  }

  // 3. Names and views that count sheets by position.
  replaceDefinedNames(wb, docsWb, {
    removedIndex,
    removedSheets: change.remove,
    removeNames: change.removeNames,
    firstNew: kept.length,
    addedSheets: docSheets.map((s) => s.getAttribute("name") ?? ""),
    names: change.names,
  });
  fixActiveTab(wb, before.length, removedIndex);
  if (change.setting) await setWebExtensionProperty(zip, change.setting.name, change.setting.value);

  zip.file(wbPart, serializeXml(wb));
  zip.file(wbRelsPart, serializeXml(wbRels));
  zip.file("[Content_Types].xml", serializeXml(types));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** The workbook's children that come after <sheets> (ECMA-376 §18.2.27). */
const SHEETS_BEFORE = ["functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "extLst"];

/** The workbook part, from the package's relationships (xl/workbook.xml almost always). */
async function officeDocument(zip: JSZip): Promise<string> {
  const rels = relationships(await readXml(zip, "_rels/.rels"), "");
  const wb = rels.find((r) => r.type === REL.officeDocument)?.part;
  if (!wb || !zip.file(wb)) throw new PackageError("no workbook part");
  return wb;
}

function sheetRelId(sheet: Element): string {
  return sheet.getAttributeNS(NS.officeRel, "id") ?? "";
}

function declareRelPrefix(wb: Document): string {
  wb.documentElement!.setAttribute("xmlns:r", NS.officeRel);
  return "r";
}

/** Removes a part, its relationships part, and the parts it alone refers to (a drawing, its chart, a comment). */
function removePartTree(zip: JSZip, types: Document, part: string, targets: Map<string, Set<string>>): void {
  zip.remove(part);
  removeOverride(types, part);
  const relsPart = relsPathOf(part);
  const f = zip.file(relsPart);
  zip.remove(relsPart);
  if (!f) return;
  for (const [target, sources] of targets) {
    if (!sources.has(part)) continue;
    sources.delete(part);
    if (sources.size === 0 && zip.file(target)) removePartTree(zip, types, target, targets);
  }
}

/** calcChain lists formula cells by sheet; with a sheet gone Excel would repair it, so it goes (Excel rebuilds it). */
function dropCalcChain(
  zip: JSZip,
  types: Document,
  wbRels: Document,
  rels: ReturnType<typeof relationships>,
) {
  for (const r of rels.filter((x) => x.type === REL.calcChain && x.part)) {
    zip.remove(r.part!);
    removeOverride(types, r.part!);
    if (r.el.parentNode) wbRels.documentElement!.removeChild(r.el);
  }
}

/** The workbook's styles part with the documents' formats added; the map from their format indices to its. */
async function styles(
  zip: JSZip,
  types: Document,
  wbRels: Document,
  wbPart: string,
  rels: ReturnType<typeof relationships>,
  docs: JSZip,
): Promise<number[]> {
  const docStyles = await readXml(docs, "xl/styles.xml");
  const part = rels.find((r) => r.type === REL.styles)?.part;
  if (part && zip.file(part)) {
    const own = await readXml(zip, part);
    const map = mergeStyles(own, docStyles);
    zip.file(part, serializeXml(own));
    return map;
  }
  // A package without a styles part (written by a tool): the documents' one becomes it.
  const added = "xl/styles.xml";
  zip.file(added, serializeXml(docStyles));
  setOverride(types, added, STYLES_TYPE);
  addRelationship(wbRels, REL.styles, relativeTarget(wbPart, added));
  return children(child(docStyles.documentElement!, "cellXfs")!, "xf").map((_, i) => i);
}

/** A part name no part has (part names are case-insensitive). */
function freePart(zip: JSZip, stem: string, ext: string): string {
  const taken = new Set(Object.keys(zip.files).map((f) => f.toLowerCase()));
  let n = 1;
  while (taken.has(`${stem}${n}${ext}`.toLowerCase())) n++;
  return `${stem}${n}${ext}`;
}

/** The selected tab stays the sheet it was, or the first when that one was removed. */
function fixActiveTab(wb: Document, count: number, removed: number[]): void {
  const views = child(wb.documentElement!, "bookViews");
  for (const v of views ? children(views, "workbookView") : []) {
    for (const attr of ["activeTab", "firstSheet"]) {
      const at = Number(v.getAttribute(attr) ?? "0");
      if (at >= count) continue;
      const shifted = removed.includes(at) ? 0 : at - removed.filter((i) => i < at).length;
      if (v.hasAttribute(attr)) v.setAttribute(attr, String(shifted));
    }
  }
}
