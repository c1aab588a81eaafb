import { type Document, type Element, child, children, ensureChild, serializeXml } from "./xml";

/** The order of styleSheet's children (ECMA-376 §18.8.39), where a missing one is created. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"];
const FIRST_CUSTOM_FORMAT = 164;

/**
 * Adds what the generated sheets' cell formats need to the workbook's own styles part: number formats (reusing
 * one with the same code), fonts, fills, borders and cell formats (reusing identical ones, so running again does
 * not grow the part). Returns, for each cell format index of the generated sheets, its index in the workbook.
 * Nothing the workbook had is changed or renumbered.
 */
export function mergeStyles(target: Document, source: Document): number[] {
  const t = target.documentElement!;
  const s = source.documentElement!;
  const formats = mergeNumFmts(t, s);
  const fonts = mergeList(t, s, "fonts", "font");
  const fills = mergeList(t, s, "fills", "fill");
  const borders = mergeList(t, s, "borders", "border");
  const xfs = ensureList(t, "cellXfs");
  const have = items(xfs, "xf").map(key);
  const map = items(ensureList(s, "cellXfs"), "xf").map((xf) => {
    const copy = target.importNode(xf, true) as Element;
    remap(copy, "numFmtId", (v) => formats.get(v) ?? v);
    remap(copy, "fontId", (v) => fonts[v] ?? 0);
    remap(copy, "fillId", (v) => fills[v] ?? 0);
    remap(copy, "borderId", (v) => borders[v] ?? 0);
    copy.setAttribute("xfId", "0");
    const at = have.indexOf(key(copy));
    if (at >= 0) return at;
    xfs.appendChild(copy);
    have.push(key(copy));
    return have.length - 1;
  });
  for (const name of ["numFmts", "fonts", "fills", "borders", "cellXfs"]) {
    const list = child(t, name);
    if (list) list.setAttribute("count", String(countElements(list)));
  }
  return map;
}

function mergeList(t: Element, s: Element, list: string, item: string): number[] {
  const into = ensureList(t, list);
  const have = items(into, item).map(key);
  return items(ensureList(s, list), item).map((el) => {
    const k = key(el);
    const at = have.indexOf(k);
    if (at >= 0) return at;
    into.appendChild(t.ownerDocument!.importNode(el, true));
    have.push(k);
    return have.length - 1;
  });
}

/** Source custom format id → the workbook's id for the same code (new ids above every id in use). */
function mergeNumFmts(t: Element, s: Element): Map<number, number> {
  const out = new Map<number, number>();
  const source = child(s, "numFmts");
  if (!source) return out;
  const into = ensureList(t, "numFmts");
  const existing = children(into, "numFmt");
  let next =
    Math.max(FIRST_CUSTOM_FORMAT - 1, ...existing.map((f) => Number(f.getAttribute("numFmtId")))) + 1;
  for (const f of children(source, "numFmt")) {
    const id = Number(f.getAttribute("numFmtId"));
    const code = f.getAttribute("formatCode");
    const same = existing.find((e) => e.getAttribute("formatCode") === code);
    if (same) {
      out.set(id, Number(same.getAttribute("numFmtId")));
      continue;
    }
    const copy = t.ownerDocument!.importNode(f, true) as Element;
    copy.setAttribute("numFmtId", String(next));
    into.appendChild(copy);
    existing.push(copy);
    out.set(id, next++);
  }
  return out;
}

function ensureList(root: Element, name: string): Element {
  return ensureChild(root, name, ORDER.slice(ORDER.indexOf(name) + 1));
}

function remap(el: Element, attr: string, f: (v: number) => number): void {
  const v = el.getAttribute(attr);
  if (v !== null && v !== "") el.setAttribute(attr, String(f(Number(v))));
}

/** An element's identity for reuse: its XML without namespace declarations or element prefixes. */
function key(el: Element): string {
  return serializeXml(el)
    .replace(/\s+xmlns(:\w+)?="[^"]*"/g, "")
    .replace(/<(\/?)[\w.-]+:/g, "<$1");
}

function countElements(list: Element): number {
  return items(list, "").length;
}

/**
 * A style list's entries in index order: each `item` element, and each mc:AlternateContent (which holds one entry
 * in its choices, and takes one index) — matched by nothing, so it is never reused.
 */
function items(list: Element, item: string): Element[] {
  const out: Element[] = [];
  for (let c = list.firstChild; c; c = c.nextSibling)
    if (
      c.nodeType === 1 &&
      ((c as Element).localName === item || (c as Element).localName === "AlternateContent" || item === "")
    )
      out.push(c as Element);
  return out;
}
