// Offline checks of manifest.xml: Microsoft's XSDs (test/fixtures/manifest-xsd) and our own structural rules.
// `office-addin-manifest validate` needs an online service, so this is what `npm run validate` runs.
// `--production` also refuses a manifest that still names localhost (a build without `--env publicUrl=…`).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { DOMParser } = require("@xmldom/xmldom");

const ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];
const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "SupportUrl",
  "Hosts",
  "DefaultSettings",
  "Permissions",
];

/** Our own structural rules; returns a list of problems (empty when the manifest is fine). */
function structuralProblems(xml, root) {
  const problems = [];
  const parseErrors = [];
  const doc = new DOMParser({
    onError: (level, msg) => level !== "warning" && parseErrors.push(msg),
  }).parseFromString(xml, "text/xml");
  if (parseErrors.length) return parseErrors.map((m) => `not well-formed XML: ${m}`);
  const app = doc.documentElement;
  if (!app || app.localName !== "OfficeApp") return ["the root element must be OfficeApp"];
  if (app.getAttribute("xsi:type") !== "TaskPaneApp")
    problems.push('OfficeApp must have xsi:type="TaskPaneApp"');
  const top = Array.from(app.childNodes)
    .filter((n) => n.nodeType === 1)
    .map((n) => n.localName);
  for (const name of REQUIRED) if (!top.includes(name)) problems.push(`missing required element <${name}>`);
  const positions = top.map((n) => ORDER.indexOf(n));
  if (positions.includes(-1)) problems.push(`unknown top-level element <${top[positions.indexOf(-1)]}>`);
  for (let i = 1; i < positions.length; i++) {
    if (positions[i] < positions[i - 1]) problems.push(`<${top[i]}> must come before <${top[i - 1]}>`);
  }
  const perm = app.getElementsByTagName("Permissions")[0];
  if (perm && perm.textContent.trim() !== "ReadWriteDocument")
    problems.push("Permissions must be ReadWriteDocument (the only permission the add-in uses)");
  const hosts = Array.from(app.getElementsByTagName("Host")).map(
    (h) => h.getAttribute("Name") || h.getAttribute("xsi:type"),
  );
  if (!hosts.includes("Workbook")) problems.push("the add-in must declare the Workbook (Excel) host");
  const display = app.getElementsByTagName("DisplayName")[0];
  if (
    display &&
    !Array.from(display.getElementsByTagName("Override")).some((o) => o.getAttribute("Locale") === "th-TH")
  ) {
    problems.push("DisplayName needs a th-TH Override (names in Thai and English)");
  }
  const all = Array.from(doc.getElementsByTagName("*"));
  const urls = [];
  for (const el of all) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
    if (el.localName === "AppDomain") urls.push(el.textContent.trim());
  }
  for (const u of urls) if (!u.startsWith("https://")) problems.push(`URL is not https: ${u}`);
  const version = (app.getElementsByTagName("Version")[0]?.textContent ?? "").trim();
  if (!/^[1-9]\d*\.\d+\.\d+\.\d+$/.test(version))
    problems.push(
      `Version ${version} must be 1.0.0.0 or higher (four numbers; AppSource and admins expect ≥ 1.0)`,
    );
  const ids = new Set(
    all
      .filter((e) => e.parentNode && /^(Images|Urls|ShortStrings|LongStrings)$/.test(e.parentNode.localName))
      .map((e) => e.getAttribute("id")),
  );
  for (const el of all) {
    const resid = el.getAttribute("resid");
    if (resid && !ids.has(resid))
      problems.push(`resid "${resid}" on <${el.localName}> does not resolve to a resource`);
  }
  for (const u of urls.filter((x) => /\/assets\/[^/]+\.png$/.test(x))) {
    const file = path.join(root, "assets", u.split("/assets/")[1]);
    if (!fs.existsSync(file)) problems.push(`icon ${u} has no file ${path.relative(root, file)}`);
  }
  const sizes = new Set(urls.map((u) => (/icon-(\d+)\.png$/.exec(u) || [])[1]).filter(Boolean));
  for (const s of ["16", "32", "64", "80"]) if (!sizes.has(s)) problems.push(`no ${s}px icon is referenced`);
  return problems;
}

/** Validates against Microsoft's XSDs; returns null when the schemas are not available here. */
async function schemaProblems(xml, xsdDir) {
  if (!fs.existsSync(xsdDir)) return null;
  const { validateXML } = require("xmllint-wasm");
  const files = fs.readdirSync(xsdDir).filter((f) => f.endsWith(".xsd"));
  const load = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(xsdDir, f), "utf8") });
  const main = "OfficeAppManifestV1_1.xsd";
  const r = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [load(main)],
    preload: files.filter((f) => f !== main).map(load),
  });
  return r.errors.map((e) => `schema: ${e.rawMessage || e.message}`);
}

/** A manifest to deploy must name the agency's site, never the development server. */
function productionProblems(xml) {
  const local = [...new Set(xml.match(/https?:\/\/(localhost|127\.0\.0\.1)[^"<\s]*/g) ?? [])];
  return local.map(
    (u) => `production manifest names ${u} — build with \`npm run build -- --env publicUrl=https://…/\``,
  );
}

const XSD_DIR = path.resolve(__dirname, "..", "test", "fixtures", "manifest-xsd");

async function checkManifest(file, root, xsdDir = XSD_DIR, { production = false } = {}) {
  const xml = fs.readFileSync(file, "utf8");
  const structural = [...structuralProblems(xml, root), ...(production ? productionProblems(xml) : [])];
  const schema = await schemaProblems(xml, xsdDir);
  return { problems: [...structural, ...(schema || [])], schemaChecked: schema !== null };
}

module.exports = { checkManifest, structuralProblems, schemaProblems, productionProblems, XSD_DIR };

if (require.main === module) {
  const root = path.resolve(__dirname, "..");
  const args = process.argv.slice(2);
  const production = args.includes("--production");
  const file = args.find((a) => !a.startsWith("--")) || path.join(root, "manifest.xml");
  checkManifest(file, root, XSD_DIR, { production }).then(({ problems, schemaChecked }) => {
    if (!schemaChecked)
      console.log(`note: the manifest XSDs are missing from ${XSD_DIR}; only the structural checks ran`);
    for (const p of problems) console.error(`manifest: ${p}`);
    console.log(
      problems.length
        ? `${path.basename(file)}: ${problems.length} problem(s)`
        : `${path.basename(file)} is valid`,
    );
    process.exitCode = problems.length ? 1 : 0;
  });
}
