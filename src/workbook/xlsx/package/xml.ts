import { DOMParser, type Document, type Element, type Node, XMLSerializer } from "@xmldom/xmldom";

export type { Document, Element };

/** The namespaces of the package parts the writer edits. */
export const NS = {
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
  officeRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

export const REL = {
  officeDocument: `${NS.officeRel}/officeDocument`,
  worksheet: `${NS.officeRel}/worksheet`,
  styles: `${NS.officeRel}/styles`,
  calcChain: `${NS.officeRel}/calcChain`,
} as const;

export const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** A part's XML as a DOM; a part that is not well-formed XML is an error that names the part. */
export function parseXml(text: string, part: string): Document {
  const errors: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") errors.push(message);
      },
    }).parseFromString(text, "text/xml");
  } catch (e) {
    // xmldom throws on a fatal error (an unclosed tag) after reporting it.
    throw new PackageError(`${part}: ${errors[0] ?? (e instanceof Error ? e.message : String(e))}`);
  }
  if (errors.length > 0 || !doc.documentElement) throw new PackageError(`${part}: ${errors[0] ?? "empty"}`);
  return doc;
}

export function serializeXml(node: Node): string {
  return new XMLSerializer().serializeToString(node);
}

/** The element's child elements named `local` (any prefix), in order. */
export function children(parent: Element, local: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).localName === local) out.push(n as Element);
  return out;
}

export function child(parent: Element, local: string): Element | null {
  return children(parent, local)[0] ?? null;
}

/** The child named `local`, created (in the parent's namespace, with its prefix) before `before` when missing. */
export function ensureChild(parent: Element, local: string, before: string[] = []): Element {
  const found = child(parent, local);
  if (found) return found;
  const el = newElement(parent, local);
  const next = before.map((b) => child(parent, b)).find((e) => e !== null) ?? null;
  parent.insertBefore(el, next);
  return el;
}

/** A new element in the same namespace (and with the same prefix) as `like`. */
export function newElement(like: Element, local: string): Element {
  const doc = like.ownerDocument!;
  return doc.createElementNS(like.namespaceURI, like.prefix ? `${like.prefix}:${local}` : local);
}

/** Something in the workbook's package the writer cannot handle; the run stops before writing anything. */
export class PackageError extends Error {}

/** Text or an attribute value as XML: & < > " escaped. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
