import JSZip from "jszip";

export type UnsupportedPart = "charts" | "pivotTables" | "slicers" | "macros" | "dataConnections";

/** Parts of an .xlsx that exceljs cannot carry through a rewrite, by the folder or file that holds them. */
const PARTS: [RegExp, UnsupportedPart][] = [
  [/^xl\/charts\//, "charts"],
  [/^xl\/(pivotTables|pivotCache)\//, "pivotTables"],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, "slicers"],
  [/^xl\/vbaProject\.bin$/, "macros"],
  [/^xl\/(connections\.xml|queryTables\/)/, "dataConnections"],
];

/**
 * Whether the zip is an Excel workbook at all (it has xl/workbook.xml), and which of those parts it holds
 * (empty when writing a copy loses nothing we know of). Null when the bytes are not a zip; `damaged`, with
 * the zip reader's reason, when they start as a zip but cannot be read.
 */
export async function inspectXlsx(
  bytes: Uint8Array,
): Promise<
  | { workbook: boolean; unsupported: UnsupportedPart[]; macroEnabled: boolean; strict: boolean }
  | { damaged: string }
  | null
> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    // A zip's signature with an unreadable body: a workbook cut short or damaged in transit.
    return isZipSignature(bytes) ? { damaged: e instanceof Error ? e.message : String(e) } : null;
  }
  const names = Object.keys(zip.files);
  const found = new Set<UnsupportedPart>();
  for (const name of names) for (const [re, part] of PARTS) if (re.test(name)) found.add(part);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const rootRels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  return {
    workbook: names.includes("xl/workbook.xml"),
    unsupported: [...found],
    // Excel opens a workbook only under the extension its content type names (.xlsm for macro-enabled).
    macroEnabled: /ContentType="application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml"/.test(types),
    // Strict Open XML names its parts with purl.oclc.org relationships: another vocabulary throughout.
    strict: /Type="http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships\/officeDocument"/.test(
      rootRels,
    ),
  };
}

function isZipSignature(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}
