// The manifest for a site: every development URL (https://localhost:3000/…) rewritten to the site's public base
// URL, as the Office template's webpack config does, and <AppDomain> set to the site's origin.
"use strict";

const DEV_URL = "https://localhost:3000/";

/** `base` is an https URL ending in "/", e.g. https://example.org/ita/. */
function manifestFor(xml, base) {
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(base))
    throw new Error(`the public URL must be https and end in "/": ${base}`);
  const origin = new URL(base).origin;
  return xml
    .split(DEV_URL)
    .join(base)
    .replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`);
}

module.exports = { manifestFor, DEV_URL };
