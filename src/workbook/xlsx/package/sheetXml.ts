import { PackageError } from "./xml";

/** The shared strings of a sharedStrings part, each as the XML inside its <si> (text and runs). */
export function sharedStrings(xml: string | null): string[] {
  return xml ? [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]!) : [];
}

/**
 * Text that reads as Excel's escape of a control character (`_x0041_`) written so that Excel shows it as it is
 * (`_x005F_x0041_`): exceljs writes a string's text as it stands (and drops control characters), so every such
 * run in its strings is text, an agency or a title typed so.
 */
function literalEscapes(si: string): string {
  return si.includes("_x") ? si.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_") : si;
}

/**
 * A generated sheet's XML made to fit the workbook it joins: its cell formats renumbered to the workbook's
 * (`styles`), its shared strings written inline (the workbook's own shared strings part is left as it is), and
 * not selected (a second selected tab would group the sheets, and typing would go into both).
 */
export function adoptSheetXml(xml: string, styles: number[], strings: string[], part: string): string {
  if (/\b(dxfId|r:id)=/.test(xml)) throw new PackageError(`${part}: a generated sheet refers to other parts`);
  const style = (v: string) => {
    const mapped = styles[Number(v)];
    if (mapped === undefined) throw new PackageError(`${part}: no cell format ${v}`);
    return String(mapped);
  };
  return xml
    .replace(/<c\s[^>]*?\st="s"[^>]*>\s*<v>(\d+)<\/v>\s*<\/c>/g, (cell, index: string) => {
      const text = strings[Number(index)];
      if (text === undefined) throw new PackageError(`${part}: no shared string ${index}`);
      const open = cell.slice(0, cell.indexOf(">")).replace(/\st="s"/, ' t="inlineStr"');
      return `${open}><is>${literalEscapes(text)}</is></c>`;
    })
    .replace(/<(c|row)\s[^>]*>/g, (tag) => tag.replace(/\ss="(\d+)"/, (_, v: string) => ` s="${style(v)}"`))
    .replace(/<col\s[^>]*>/g, (tag) =>
      tag.replace(/\sstyle="(\d+)"/, (_, v: string) => ` style="${style(v)}"`),
    )
    .replace(/\stabSelected="1"/g, "");
}
