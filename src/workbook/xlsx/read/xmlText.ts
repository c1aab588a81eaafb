/**
 * XML character references and entities, and Excel's own `_xHHHH_` escapes of control characters (a string item's
 * text and the attributes the schema types ST_Xstring: a sheet's name, a number format's code); literal line ends
 * normalised to "\n" as an XML parser does (an escaped carriage return stays).
 */
export function unescapeXml(raw: string): string {
  const s = unescapeEntities(raw);
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * XML character references and entities alone, line ends normalised: a value in plain XML (an add-in's saved
 * property, a relationship's target), where `_x0041_` is text typed so, not an escape.
 */
export function unescapeEntities(raw: string): string {
  const s = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!s.includes("&")) return s;
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (whole, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * An attribute's value in a start tag (`name="…"` or `name='…'`), unescaped as SpreadsheetML's ST_Xstring (Excel's
 * `_xHHHH_` escapes too); null when absent.
 */
export function attr(tag: string, name: string): string | null {
  const v = rawAttr(tag, name);
  return v === null ? null : unescapeXml(v);
}

/** An attribute's value in plain XML (entities alone unescaped); null when absent. */
export function plainAttr(tag: string, name: string): string | null {
  const v = rawAttr(tag, name);
  return v === null ? null : unescapeEntities(v);
}

function rawAttr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2] ?? "") : null;
}

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs joined, phonetic runs (`<rPh>`) left out. */
export function itemText(inner: string): string {
  const noPhonetic = inner.includes("rPh")
    ? inner.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "")
    : inner;
  let out = "";
  // Any prefix (`<x:t>`), as some writers qualify every element.
  for (const m of noPhonetic.matchAll(
    /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>|<(?:\w+:)?t(?:\s[^>]*)?\/>/g,
  ))
    out += m[1] ?? "";
  return unescapeXml(out);
}
