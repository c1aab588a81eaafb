import { attr } from "./xmlText";

/**
 * What a worksheet holds beyond its cells' values, as Excel users add it: comments, images and shapes, tables,
 * links, data validation, conditional formats, protection, formulas — each kind with its count ("comments:2"). The tool's
 * own documents hold none of these, so on one of them it is the officer's; on another sheet, a change between two
 * files is work one of them would lose.
 */
export function sheetExtras(xml: string, relTypes: string[], drawings: string[] = []): string[] {
  const count = (re: RegExp) => (xml.match(re) ?? []).length;
  const rel = (suffix: RegExp) => relTypes.filter((t) => suffix.test(t)).length;
  const kinds: [string, number][] = [
    ["comments", rel(/\/(comments|threadedComment)$/)],
    // Pictures and shapes; a chart is not counted (the pane draws one on the analysis it writes).
    [
      "drawings",
      drawings.reduce((n, d) => n + (d.match(/<(?:\w+:)?(pic|sp|grpSp|cxnSp)\b/g) ?? []).length, 0),
    ],
    ["tables", rel(/\/table$/)],
    ["pivotTables", rel(/\/pivotTable$/)],
    ["links", count(/<(?:\w+:)?hyperlink\b/g)],
    ["validation", count(/<(?:\w+:)?dataValidation\b/g)],
    ["conditionalFormats", count(/<(?:\w+:)?conditionalFormatting\b/g)],
    ["protection", count(/<(?:\w+:)?sheetProtection\b/g)],
    // Formulas (the tool writes none on its documents): a value read from one is not the formula typed.
    ["formulas", count(/<(?:\w+:)?f[\s>/]/g)],
  ];
  return kinds.filter(([, n]) => n > 0).map(([k, n]) => `${k}:${n}`);
}

/** The workbook's own shape: each sheet (any type) with its visibility, and its names other than the tool's. */
export function workbookShape(
  wb: string,
  sheetTypes: Map<string, string>,
  isToolName: (n: string) => boolean,
): string[] {
  const sheets = [...wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map(
    (m) =>
      `sheet ${attr(m[0], "name")} ${sheetTypes.get(attr(m[0], "name") ?? "") ?? ""} ${attr(m[0], "state") ?? "visible"}`,
  );
  const names = [...wb.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)]
    .map((m) => ({
      name: attr(`<d ${m[1]}>`, "name") ?? "",
      local: attr(`<d ${m[1]}>`, "localSheetId"),
      text: m[2]!,
    }))
    .filter((d) => !isToolName(d.name) && !d.name.startsWith("_xlnm."))
    .map((d) => `name ${d.name}${d.local === null ? "" : `@${d.local}`}=${d.text}`);
  const protection = /<(?:\w+:)?workbookProtection\b/.test(wb) ? ["workbook protection"] : [];
  return [...sheets, ...names.sort(), ...protection];
}
