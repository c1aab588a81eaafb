import JSZip from "jszip";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { resolveTarget } from "../../src/workbook/xlsx/package/parts";

const MAIN_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * The structural rules of an Open XML spreadsheet package that Excel enforces when it opens a file (it "repairs"
 * one that breaks them), checked offline: every XML part well-formed; every part with a content type; every
 * internal relationship target present; sheets with unique names, ids and relationships; defined names local to
 * an existing sheet and unique; the active tab an existing sheet, and not more than one selected tab; every cell
 * format index, and every font, fill, border and number format a format uses, defined. Returns the problems.
 */
export async function packageProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  const files = Object.keys(zip.files).filter((f) => !zip.files[f]!.dir);
  const xml = new Map<string, Element>();
  for (const f of files.filter((n) => /\.(xml|rels|vml)$/i.test(n))) {
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (l, m) => void (l !== "warning" && errors.push(m)),
    }).parseFromString(await zip.file(f)!.async("string"), "text/xml");
    if (errors.length || !doc.documentElement) problems.push(`${f}: not well-formed (${errors[0]})`);
    else xml.set(f, doc.documentElement);
  }
  const types = xml.get("[Content_Types].xml");
  if (!types) return [...problems, "no [Content_Types].xml"];
  const defaults = new Set(
    elements(types, "Default").map((d) => (d.getAttribute("Extension") ?? "").toLowerCase()),
  );
  const overrides = new Set(
    elements(types, "Override").map((o) => (o.getAttribute("PartName") ?? "").toLowerCase()),
  );
  for (const o of overrides)
    if (!files.some((f) => `/${f}`.toLowerCase() === o)) problems.push(`override for missing ${o}`);
  for (const f of files.filter((n) => n !== "[Content_Types].xml"))
    if (!overrides.has(`/${f}`.toLowerCase()) && !defaults.has(f.split(".").pop()!.toLowerCase()))
      problems.push(`${f}: no content type`);
  const lower = new Set(files.map((f) => f.toLowerCase()));
  if (lower.size !== files.length) problems.push("two parts differ only in case");
  for (const [f, root] of xml) {
    if (!f.endsWith(".rels")) continue;
    const source = f.replace(/_rels\/([^/]*)\.rels$/, "$1");
    const ids = new Set<string>();
    for (const r of elements(root, "Relationship")) {
      const id = r.getAttribute("Id") ?? "";
      if (ids.has(id)) problems.push(`${f}: relationship ${id} twice`);
      ids.add(id);
      if (r.getAttribute("TargetMode") === "External") continue;
      const target = resolveTarget(source, r.getAttribute("Target") ?? "");
      if (!lower.has(target.toLowerCase())) problems.push(`${f}: ${id} → missing ${target}`);
    }
  }
  const wbPart = files.find((f) => /^xl\/workbook\.xml$/i.test(f));
  const wb = wbPart ? xml.get(wbPart) : undefined;
  if (!wb) return [...problems, "no workbook part"];
  const wbRels = xml.get("xl/_rels/workbook.xml.rels");
  const relIds = new Map(
    elements(wbRels!, "Relationship").map((r) => [r.getAttribute("Id"), r.getAttribute("Target")]),
  );
  const sheets = elements(wb, "sheet");
  const names = sheets.map((s) => (s.getAttribute("name") ?? "").toLowerCase());
  if (new Set(names).size !== names.length) problems.push("two sheets with one name");
  const ids = sheets.map((s) => s.getAttribute("sheetId"));
  if (new Set(ids).size !== ids.length) problems.push("two sheets with one sheetId");
  const rids = sheets.map((s) => s.getAttributeNS(MAIN_RELS, "id"));
  if (new Set(rids).size !== rids.length) problems.push("two sheets with one relationship");
  for (const r of rids) if (!relIds.has(r)) problems.push(`sheet relationship ${r} missing`);
  const seen = new Set<string>();
  for (const d of elements(wb, "definedName")) {
    const local = d.getAttribute("localSheetId");
    if (local !== null && Number(local) >= sheets.length)
      problems.push(`name ${d.getAttribute("name")} local to sheet ${local}`);
    const key = `${(d.getAttribute("name") ?? "").toLowerCase()}@${local ?? ""}`;
    if (seen.has(key)) problems.push(`name ${key} twice`);
    seen.add(key);
  }
  for (const v of elements(wb, "workbookView"))
    if (Number(v.getAttribute("activeTab") ?? 0) >= sheets.length)
      problems.push("active tab past the last sheet");
  const sheetParts = rids.map((r) => resolveTarget(wbPart!, relIds.get(r) ?? ""));
  const selected = sheetParts.filter((p) =>
    elements(xml.get(p) ?? wb, "sheetView").some((v) =>
      /^(1|true)$/.test(v.getAttribute("tabSelected") ?? ""),
    ),
  );
  if (selected.length > 1) problems.push(`${selected.length} sheets selected at once`);
  const stylesRel = elements(wbRels!, "Relationship").find((r) =>
    (r.getAttribute("Type") ?? "").endsWith("/styles"),
  );
  const styles = stylesRel
    ? xml.get(resolveTarget(wbPart!, stylesRel.getAttribute("Target") ?? ""))
    : undefined;
  if (styles)
    problems.push(
      ...styleProblems(
        styles,
        sheetParts.map((p) => [p, xml.get(p)] as const),
      ),
    );
  return problems;
}

function styleProblems(styles: Element, sheets: (readonly [string, Element | undefined])[]): string[] {
  const out: string[] = [];
  const count = (list: string, item: string) => {
    const l = elements(styles, list)[0];
    return l ? elements(l, item).length : 0;
  };
  const xfs = elements(elements(styles, "cellXfs")[0]!, "xf");
  const formats = new Set(elements(styles, "numFmt").map((f) => Number(f.getAttribute("numFmtId"))));
  const limits: [string, number][] = [
    ["fontId", count("fonts", "font")],
    ["fillId", count("fills", "fill")],
    ["borderId", count("borders", "border")],
  ];
  xfs.forEach((xf, i) => {
    for (const [attr, n] of limits)
      if (Number(xf.getAttribute(attr) ?? 0) >= n) out.push(`cellXfs[${i}] ${attr} past the list`);
    const f = Number(xf.getAttribute("numFmtId") ?? 0);
    if (f >= 164 && !formats.has(f)) out.push(`cellXfs[${i}] number format ${f} undefined`);
  });
  for (const [part, sheet] of sheets) {
    if (!sheet) continue;
    for (const tag of ["c", "row"])
      for (const c of elements(sheet, tag)) {
        const s = c.getAttribute("s");
        if (s && Number(s) >= xfs.length)
          out.push(`${part}: ${tag} ${c.getAttribute("r")} format ${s} past cellXfs`);
      }
  }
  return out;
}

function elements(root: Element, local: string): Element[] {
  return Array.from(root.getElementsByTagNameNS("*", local));
}
