import type JSZip from "jszip";
import { readXml } from "./parts";
import { child, children, serializeXml } from "./xml";

/** The web extension parts of a package (an add-in's properties, as Excel saves its settings). */
const WEB_EXTENSION_PART = /^xl\/webextensions\/webextension\d*\.xml$/i;

/**
 * Sets a setting the add-in saved in the package (`<we:property name="…" value="…"/>` of a web extension part) to
 * `value`, the property's text as Office writes it (JSON). Only where the property is already there: a package
 * without it is left as it is (a new property, or a new part, would be Excel's to add with the add-in's reference).
 * Says whether it was set.
 */
export async function setWebExtensionProperty(zip: JSZip, name: string, value: string): Promise<boolean> {
  let set = false;
  for (const part of Object.keys(zip.files).filter((p) => WEB_EXTENSION_PART.test(p))) {
    const doc = await readXml(zip, part);
    const properties = child(doc.documentElement!, "properties");
    const found = properties
      ? children(properties, "property").filter((p) => p.getAttribute("name") === name)
      : [];
    if (found.length === 0) continue;
    for (const p of found) p.setAttribute("value", value);
    zip.file(part, serializeXml(doc));
    set = true;
  }
  return set;
}
