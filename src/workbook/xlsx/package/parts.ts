import type JSZip from "jszip";
import { type Document, type Element, NS, PackageError, children, parseXml } from "./xml";

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name inside the package (relative to the source part's folder, or absolute). */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/**
 * A part's path as seen from `source`'s folder (how the writer names its new targets): "worksheets/sheet3.xml" from
 * xl/workbook.xml, "../media/image1.png" from xl/drawings/drawing1.xml.
 */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

export async function readText(zip: JSZip, part: string): Promise<string | null> {
  const f = zip.file(part);
  return f ? f.async("string") : null;
}

export async function readXml(zip: JSZip, part: string): Promise<Document> {
  const text = await readText(zip, part);
  if (text === null) throw new PackageError(`missing part ${part}`);
  return parseXml(text, part);
}

export interface Relationship {
  el: Element;
  id: string;
  type: string;
  /** The target part's name in the package; null for an external target (a link to another file). */
  part: string | null;
}

export function relationships(rels: Document, source: string): Relationship[] {
  return children(rels.documentElement!, "Relationship").map((el) => ({
    el,
    id: el.getAttribute("Id") ?? "",
    type: el.getAttribute("Type") ?? "",
    part:
      el.getAttribute("TargetMode") === "External"
        ? null
        : resolveTarget(source, el.getAttribute("Target") ?? ""),
  }));
}

/** Adds a relationship with an Id no other relationship of the part has; returns the Id. */
export function addRelationship(rels: Document, type: string, target: string): string {
  const root = rels.documentElement!;
  const taken = new Set(children(root, "Relationship").map((r) => r.getAttribute("Id")));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const el = rels.createElementNS(NS.rels, root.prefix ? `${root.prefix}:Relationship` : "Relationship");
  el.setAttribute("Id", `rId${n}`);
  el.setAttribute("Type", type);
  el.setAttribute("Target", target);
  root.appendChild(el);
  return `rId${n}`;
}

/** [Content_Types].xml: an Override for a part (replacing any). */
export function setOverride(types: Document, part: string, contentType: string): void {
  removeOverride(types, part);
  const root = types.documentElement!;
  const el = types.createElementNS(NS.types, root.prefix ? `${root.prefix}:Override` : "Override");
  el.setAttribute("PartName", `/${part}`);
  el.setAttribute("ContentType", contentType);
  root.appendChild(el);
}

export function removeOverride(types: Document, part: string): void {
  for (const o of children(types.documentElement!, "Override"))
    if ((o.getAttribute("PartName") ?? "").toLowerCase() === `/${part}`.toLowerCase())
      o.parentNode!.removeChild(o);
}

/** Every relationship target of every part (part names), to know which parts something still refers to. */
export async function allTargets(zip: JSZip): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".rels"))) {
    const source = name.replace(/_rels\/([^/]*)\.rels$/, "$1");
    const rels = parseXml((await readText(zip, name)) ?? "", name);
    for (const r of relationships(rels, source))
      if (r.part) out.set(r.part, (out.get(r.part) ?? new Set()).add(source));
  }
  return out;
}
