import type JSZip from "jszip";
import { plainAttr } from "../read/xmlText";
import { escapeXml } from "./xml";

/** The web extension parts of a package (an add-in's properties, as Excel saves its settings). */
export const WEB_EXTENSION_PART = /^xl\/webextensions\/webextension\d*\.xml$/i;
/** A property's tag in such a part, with any prefix (`<we:property name="…" value="…"/>`). */
export const PROPERTY_TAG = /<(?:\w+:)?property\b[^>]*>/g;
const VALUE = /(\svalue\s*=\s*)(?:"[^"]*"|'[^']*')/;

/**
 * Sets a setting the add-in saved in the package (`<we:property name="…" value="…"/>` of a web extension part) to
 * `value`, the property's text as Office writes it (JSON). Found as the reader finds it (readPackage.ts), wherever
 * it is in its part; only that attribute of that tag changes, the rest of the part (another add-in's properties, an
 * encoding mark, line ends) stays byte for byte, and parts without it are not touched. A package without it is left
 * as it is: a new property, or a new part, is Excel's to add, with the add-in's reference.
 */
export async function setWebExtensionProperty(zip: JSZip, name: string, value: string): Promise<void> {
  for (const part of Object.keys(zip.files).filter((p) => WEB_EXTENSION_PART.test(p))) {
    const text = await zip.file(part)!.async("string");
    let changed = false;
    const out = text.replace(PROPERTY_TAG, (tag) => {
      if (plainAttr(tag, "name") !== name) return tag;
      changed = true;
      const quoted = `"${escapeXml(value)}"`;
      if (VALUE.test(tag)) return tag.replace(VALUE, (_, before: string) => `${before}${quoted}`);
      return tag.replace(/\s*(\/?)>$/, (_, close: string) => ` value=${quoted}${close}>`);
    });
    if (changed) zip.file(part, out);
  }
}
