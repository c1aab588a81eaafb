import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DOMParser, type Element, XMLSerializer } from "@xmldom/xmldom";
import { parseA1 } from "../../src/analysis/grid";
import { writeIntoPackage } from "../../src/workbook/xlsx/package/writeIntoPackage";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A date typed into a cell: Excel stores its serial number with its short-date format (built-in 14). */
export interface TypedDate {
  serial: number;
}

/** What an officer does in Excel to one sheet: type text or dates into cells, rename the sheet. */
export interface SheetEdit {
  sheet: string;
  cells?: Record<string, string | TypedDate>;
  rename?: string;
}

/**
 * Edits a workbook package as Excel saves an officer's edits: only the cells typed into and, for a rename, the
 * sheet's name and the names that refer to it change; every other part and name (the tool's list of what it wrote
 * among them) stays as it was — unlike a rewrite with exceljs, which drops what it does not know.
 */
export async function editLikeExcel(bytes: Uint8Array, edits: SheetEdit[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parse = async (part: string) =>
    new DOMParser().parseFromString(await zip.file(part)!.async("string"), "text/xml");
  const wb = await parse("xl/workbook.xml");
  const rels = await parse("xl/_rels/workbook.xml.rels");
  const dateStyle = edits.some((e) => Object.values(e.cells ?? {}).some((v) => typeof v !== "string"))
    ? await addShortDateStyle(zip)
    : 0;
  for (const e of edits) {
    const sheet = all(wb.documentElement!, "sheet").find((s) => s.getAttribute("name") === e.sheet);
    if (!sheet) throw new Error(`no sheet ${e.sheet}`);
    const id = sheet.getAttributeNS(R, "id");
    const target = all(rels.documentElement!, "Relationship").find((r) => r.getAttribute("Id") === id)!;
    const part = `xl/${target.getAttribute("Target")!.replace(/^\/?xl\//, "")}`;
    const doc = await parse(part);
    for (const [address, text] of Object.entries(e.cells ?? {}))
      typeInto(doc.documentElement!, address, text, dateStyle);
    zip.file(part, new XMLSerializer().serializeToString(doc));
    if (e.rename) {
      sheet.setAttribute("name", e.rename);
      const quote = (n: string) => `'${n.replace(/'/g, "''")}'!`;
      for (const d of all(wb.documentElement!, "definedName"))
        d.textContent = (d.textContent ?? "").split(quote(e.sheet)).join(quote(e.rename));
    }
  }
  zip.file("xl/workbook.xml", new XMLSerializer().serializeToString(wb));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Adds a sheet of the officer's own, as Excel would (no name of the tool's touched). */
export async function addSheetLikeExcel(
  bytes: Uint8Array,
  name: string,
  rows: string[][],
): Promise<Uint8Array> {
  const docs = new ExcelJS.Workbook();
  const ws = docs.addWorksheet(name);
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v)));
  const documents = new Uint8Array(await docs.xlsx.writeBuffer());
  return writeIntoPackage(bytes, { remove: [], removeNames: [], documents, names: [] });
}

/** Appends a cell format with the built-in short date to styles.xml, as Excel does for a typed date; its index. */
async function addShortDateStyle(zip: JSZip): Promise<number> {
  const styles = new DOMParser().parseFromString(
    await zip.file("xl/styles.xml")!.async("string"),
    "text/xml",
  );
  const xfs = all(styles.documentElement!, "cellXfs")[0]!;
  const xf = styles.createElementNS(xfs.namespaceURI, "xf");
  for (const [k, v] of Object.entries({
    numFmtId: "14",
    fontId: "0",
    fillId: "0",
    borderId: "0",
    xfId: "0",
    applyNumberFormat: "1",
  }))
    xf.setAttribute(k, v);
  xfs.appendChild(xf);
  const index = all(xfs, "xf").length - 1;
  xfs.setAttribute("count", String(index + 1));
  zip.file("xl/styles.xml", new XMLSerializer().serializeToString(styles));
  return index;
}

function typeInto(root: Element, address: string, text: string | TypedDate, dateStyle: number): void {
  const at = parseA1(address)!;
  const data = all(root, "sheetData")[0]!;
  const ns = root.namespaceURI;
  const doc = root.ownerDocument!;
  let row = all(data, "row").find((r) => Number(r.getAttribute("r")) === at.row + 1);
  if (!row) {
    row = doc.createElementNS(ns, "row");
    row.setAttribute("r", String(at.row + 1));
    const next = all(data, "row").find((r) => Number(r.getAttribute("r")) > at.row + 1) ?? null;
    data.insertBefore(row, next);
  }
  let cell = all(row, "c").find((c) => c.getAttribute("r") === address);
  if (!cell) {
    cell = doc.createElementNS(ns, "c");
    cell.setAttribute("r", address);
    const next = all(row, "c").find((c) => parseA1(c.getAttribute("r")!)!.col > at.col) ?? null;
    row.insertBefore(cell, next);
  }
  while (cell.firstChild) cell.removeChild(cell.firstChild);
  if (typeof text !== "string") {
    cell.removeAttribute("t");
    cell.setAttribute("s", String(dateStyle));
    const v = doc.createElementNS(ns, "v");
    v.textContent = String(text.serial);
    cell.appendChild(v);
    return;
  }
  cell.setAttribute("t", "inlineStr");
  const is = doc.createElementNS(ns, "is");
  const t = doc.createElementNS(ns, "t");
  t.textContent = text;
  is.appendChild(t);
  cell.appendChild(is);
}

function all(root: Element, local: string): Element[] {
  return Array.from(root.getElementsByTagNameNS("*", local));
}
