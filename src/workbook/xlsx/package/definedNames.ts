import { quotedSheet } from "../../markers";
import { type Document, child, children, ensureChild, newElement } from "./xml";

/** A workbook-scoped name to add: a marker pointing to a new sheet's A1, or a constant. */
export interface NewName {
  name: string;
  /** The formula text, e.g. `'มาตรการ ITA 2568'!$A$1` or `"…"`. */
  text: string;
}

/** The workbook's children after definedNames (ECMA-376 §18.2.27), to place a new definedNames element. */
const AFTER = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

export interface NameChange {
  /** Positions (before the change) of the sheets removed. */
  removedIndex: number[];
  /** Their names: a formula that refers to one becomes #REF!, as when Excel deletes a sheet. */
  removedSheets: string[];
  /** Defined names to remove (the old markers). */
  removeNames: string[];
  /** Position of the first new sheet after the change. */
  firstNew: number;
  /** The new sheets' names. */
  addedSheets: string[];
  names: NewName[];
}

/**
 * The defined names after the sheets changed: names local to a removed sheet go, local ones of later sheets follow
 * their sheet's new position, references to removed sheets become #REF!; the documents' own local names (print
 * area and titles) join with their sheets' positions; the new workbook-scoped names are added.
 */
export function replaceDefinedNames(wb: Document, docsWb: Document, change: NameChange): void {
  const root = wb.documentElement!;
  const list = ensureChild(root, "definedNames", AFTER);
  for (const d of children(list, "definedName")) {
    const local = d.getAttribute("localSheetId");
    if (
      change.removeNames.includes(d.getAttribute("name") ?? "") ||
      (local !== null && change.removedIndex.includes(Number(local)))
    ) {
      list.removeChild(d);
      continue;
    }
    if (local !== null)
      d.setAttribute(
        "localSheetId",
        String(Number(local) - change.removedIndex.filter((i) => i < Number(local)).length),
      );
    const text = d.textContent ?? "";
    // A removed document written again under its name (the new sheet takes its place) keeps the references to it.
    const gone = change.removedSheets.filter((s) => !change.addedSheets.includes(s));
    const broken = brokenReferences(text, gone);
    if (broken !== text) d.textContent = broken;
  }
  const docsNames = child(docsWb.documentElement!, "definedNames");
  for (const d of docsNames ? children(docsNames, "definedName") : []) {
    const local = d.getAttribute("localSheetId");
    if (local === null) continue;
    const el = newElement(list, "definedName");
    el.setAttribute("name", d.getAttribute("name") ?? "");
    el.setAttribute("localSheetId", String(change.firstNew + Number(local)));
    el.textContent = d.textContent ?? "";
    list.appendChild(el);
  }
  for (const n of change.names) {
    const el = newElement(list, "definedName");
    el.setAttribute("name", n.name);
    el.textContent = n.text;
    list.appendChild(el);
  }
  if (children(list, "definedName").length === 0) root.removeChild(list);
}

/** The formula with every reference to a removed sheet (`'ชื่อ'!$A$1`, `Sheet1!A1:B2`) turned into #REF!. */
export function brokenReferences(text: string, sheets: string[]): string {
  let out = text;
  for (const s of sheets) {
    const quoted = quotedSheet(s).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const plain = s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // Not inside a longer name (Thai letters and marks are word characters here too), nor a sheet of another
    // workbook (`[1]'ชื่อ'!$A$1`, `[1]Sheet1!A1`: an external link's, which this workbook's removal leaves alone).
    const ref = String.raw`(?:(?<!\])${quoted}|(?<![\p{L}\p{M}\p{N}_.'\]])${plain})!\$?[A-Z]*\$?\d*(?::\$?[A-Z]*\$?\d*)?`;
    out = out.replace(new RegExp(ref, "gu"), "#REF!");
  }
  return out;
}
