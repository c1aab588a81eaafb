import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const {
  checkManifest,
  structuralProblems,
  schemaProblems,
  productionProblems,
  XSD_DIR,
} = require("../../scripts/manifest-check.cjs");
const { manifestFor } = require("../../scripts/manifest-url.cjs");

const ROOT = path.join(__dirname, "..", "..");
const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml, checked offline against Microsoft's XSDs (test fixtures) and our rules", () => {
  test("passes the structural checks and the schema", async () => {
    const r = await checkManifest(path.join(ROOT, "manifest.xml"), ROOT, XSD_DIR);
    expect(r.problems).toEqual([]);
    expect(r.schemaChecked).toBe(true);
  });

  test.each([
    ["a missing Id", (x: string) => x.replace(/<Id>.*<\/Id>/, ""), /missing required element <Id>/],
    [
      "elements out of order",
      (x: string) => x.replace(/(<Version>.*<\/Version>)\s*(<ProviderName>.*<\/ProviderName>)/, "$2$1"),
      /must come before/,
    ],
    [
      "an http URL",
      (x: string) => x.replace("https://localhost:3000/help.html", "http://localhost:3000/help.html"),
      /not https/,
    ],
    [
      "a dangling resid",
      (x: string) => x.replace('resid="Group.Label"', 'resid="Group.Nope"'),
      /Group\.Nope.*does not resolve/,
    ],
    ["a missing icon file", (x: string) => x.replace(/icon-80\.png/g, "icon-81.png"), /has no file/],
    [
      "a wider permission",
      (x: string) => x.replace("ReadWriteDocument</Permissions>", "ReadWriteMailbox</Permissions>"),
      /Permissions must be ReadWriteDocument/,
    ],
    [
      "a version below 1.0",
      (x: string) => x.replace(/<Version>.*<\/Version>/, "<Version>0.1.0.0</Version>"),
      /1\.0\.0\.0 or higher/,
    ],
  ])("catches %s", (_name, mutate, pattern) => {
    expect(structuralProblems(mutate(xml), ROOT).join("\n")).toMatch(pattern);
  });

  test("the schema check rejects what the XSD forbids", async () => {
    const broken = xml.replace(/<Version>.*<\/Version>/, "<Version>one</Version>");
    expect((await schemaProblems(broken, XSD_DIR)).length).toBeGreaterThan(0);
  });
});

describe("the manifest for an agency's site (npm run build -- --env publicUrl=…)", () => {
  const deployed = manifestFor(xml, "https://example.org/ita/");

  test("every URL is rewritten to the site, the AppDomain is its origin, and it validates as production", async () => {
    expect(deployed).not.toMatch(/localhost/);
    expect(deployed).toContain('<SourceLocation DefaultValue="https://example.org/ita/taskpane.html"/>');
    expect(deployed).toContain(
      '<bt:Image id="Icon.80x80" DefaultValue="https://example.org/ita/assets/icon-80.png"/>',
    );
    expect(deployed).toContain("<AppDomain>https://example.org</AppDomain>");
    const file = path.join(tmpdir(), `ita-manifest-${process.pid}.xml`);
    writeFileSync(file, deployed);
    const r = await checkManifest(file, ROOT, XSD_DIR, { production: true });
    expect(r.problems).toEqual([]);
  });

  test("a production manifest that still names localhost is refused", () => {
    expect(productionProblems(xml).join("\n")).toMatch(
      /production manifest names https:\/\/localhost:3000\/taskpane\.html/,
    );
    expect(productionProblems(deployed)).toEqual([]);
  });

  test("a base URL that is not https is refused", () => {
    expect(() => manifestFor(xml, "http://example.org/ita/")).toThrow(/https/);
  });
});
