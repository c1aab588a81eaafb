import JSZip from "jszip";
import { MARKER_PREFIX } from "../../port";
import { readXml, relationships } from "./parts";
import { REL, children } from "./xml";

/**
 * The package's ITAAnalyzer_ names as written in the workbook part, with their formula text (`'Sheet'!$A$1`,
 * `"analysis_1 measures_2"`, `#REF!`): read from the XML, as exceljs drops text constants such as the registry.
 */
export async function markerNamesOf(bytes: Uint8Array): Promise<{ name: string; value: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const wbPart = relationships(await readXml(zip, "_rels/.rels"), "").find(
    (r) => r.type === REL.officeDocument,
  )?.part;
  if (!wbPart || !zip.file(wbPart)) return [];
  const wb = await readXml(zip, wbPart);
  const list = children(wb.documentElement!, "definedNames")[0];
  return (list ? children(list, "definedName") : [])
    .filter(
      (d) =>
        d.getAttribute("localSheetId") === null && (d.getAttribute("name") ?? "").startsWith(MARKER_PREFIX),
    )
    .map((d) => ({ name: d.getAttribute("name") ?? "", value: d.textContent ?? "" }));
}
