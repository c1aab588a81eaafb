import type JSZip from "jszip";
import type { ChartSpec, SpecImage } from "../../../sheets/sheetSpec";
import { CHART_TYPE, chartAnchorXml, chartXml } from "./chartPart";
import { addRelationship, relativeTarget, relsPathOf, setOverride } from "./parts";
import { type Document, NS, children, escapeXml, parseXml, serializeXml } from "./xml";

const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const REL_DRAWING = `${NS.officeRel}/drawing`;
const REL_IMAGE = `${NS.officeRel}/image`;
const REL_CHART = `${NS.officeRel}/chart`;
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const EMU_PER_POINT = 12700;
const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}"/>`;

/** The sheet elements that come after <drawing> (ECMA-376 §18.3.1.99): the drawing goes before the first of them. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * A new sheet's pictures and chart as new parts (the files under xl/media, the chart part, one drawing, the
 * relationships between them) and the sheet's XML with its <drawing> reference; the sheet's XML as it was when it
 * has none.
 */
export function addPictures(
  zip: JSZip,
  types: Document,
  sheetPart: string,
  sheetXml: string,
  images: SpecImage[],
  freePart: (stem: string, ext: string) => string,
  chart: { spec: ChartSpec; sheet: string } | null = null,
): string {
  if (images.length === 0 && !chart) return sheetXml;
  const drawing = freePart("xl/drawings/drawing", ".xml");
  const drawingRels = parseXml(EMPTY_RELS, relsPathOf(drawing));
  const anchors = images.map((img, i) => {
    const ext = img.extension === "jpeg" ? "jpeg" : "png";
    const media = freePart("xl/media/image", `.${ext}`);
    zip.file(media, img.base64, { base64: true, createFolders: false });
    setDefault(types, ext, `image/${ext}`);
    const id = addRelationship(drawingRels, REL_IMAGE, relativeTarget(drawing, media));
    return anchorXml(img, id, i + 2);
  });
  if (chart) {
    const part = freePart("xl/charts/chart", ".xml");
    zip.file(part, chartXml(chart.spec, chart.sheet));
    setOverride(types, part, CHART_TYPE);
    const id = addRelationship(drawingRels, REL_CHART, relativeTarget(drawing, part));
    anchors.push(chartAnchorXml(chart.spec, id, images.length + 2));
  }
  zip.file(
    drawing,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${NS.officeRel}">${anchors.join("")}</xdr:wsDr>`,
  );
  zip.file(relsPathOf(drawing), serializeXml(drawingRels));
  setOverride(types, drawing, DRAWING_TYPE);
  const sheetRels = parseXml(EMPTY_RELS, relsPathOf(sheetPart));
  const id = addRelationship(sheetRels, REL_DRAWING, relativeTarget(sheetPart, drawing));
  zip.file(relsPathOf(sheetPart), serializeXml(sheetRels));
  return withDrawing(sheetXml, id);
}

function anchorXml(img: SpecImage, relId: string, shapeId: number): string {
  const emu = (pt: number) => Math.round(pt * EMU_PER_POINT);
  const [cx, cy] = [emu(img.width), emu(img.height)];
  const name = escapeXml(img.name);
  return (
    `<xdr:oneCellAnchor><xdr:from><xdr:col>${img.anchor.col}</xdr:col><xdr:colOff>${emu(img.anchor.x)}</xdr:colOff>` +
    `<xdr:row>${img.anchor.row}</xdr:row><xdr:rowOff>${emu(img.anchor.y)}</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${cx}" cy="${cy}"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${shapeId}" name="${name}" descr="${name}"/>` +
    `<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`
  );
}

/** The sheet's XML with <drawing r:id> in its place, declaring the relationships namespace if the sheet lacks it. */
function withDrawing(xml: string, relId: string): string {
  const ref = `<drawing r:id="${relId}"/>`;
  const at = AFTER_DRAWING.map((tag) => xml.search(new RegExp(`<${tag}[\\s/>]`))).filter((i) => i >= 0);
  const pos = at.length ? Math.min(...at) : xml.lastIndexOf("</worksheet>");
  const out = `${xml.slice(0, pos)}${ref}${xml.slice(pos)}`;
  return /<worksheet[^>]*\sxmlns:r=/.test(out)
    ? out
    : out.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.officeRel}"`);
}

/** [Content_Types].xml: a Default for a file extension, unless one is there. */
function setDefault(types: Document, extension: string, contentType: string): void {
  const root = types.documentElement!;
  if (children(root, "Default").some((d) => (d.getAttribute("Extension") ?? "").toLowerCase() === extension))
    return;
  const el = types.createElementNS(NS.types, root.prefix ? `${root.prefix}:Default` : "Default");
  el.setAttribute("Extension", extension);
  el.setAttribute("ContentType", contentType);
  root.insertBefore(el, root.firstChild);
}
