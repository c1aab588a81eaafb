import JSZip from "jszip";

/**
 * The formula cells whose cached result is 0, by sheet name. exceljs reads `<f>…</f><v>0</v>` as a formula
 * without a result (it drops falsy results), which would make a score of 0 look uncalculated.
 */
export async function formulaZeros(bytes: Uint8Array): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!workbook || !rels) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const file = rid ? targets.get(rid) : undefined;
    const xml = file ? await zip.file(file)?.async("string") : undefined;
    if (!name || !xml || !xml.includes("<f")) continue;
    const zeros = new Set<string>();
    const cell =
      /<c\b[^>]*\br="([A-Z]+\d+)"[^>]*>(?:<f\b[^>]*\/>|<f\b[^>]*>[^<]*<\/f>)<v>0(?:\.0+)?<\/v><\/c>/g;
    for (const c of xml.matchAll(cell)) zeros.add(c[1]!);
    if (zeros.size > 0) out.set(unescapeXml(name), zeros);
  }
  return out;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
