import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const { checkManifest, structuralProblems, schemaProblems } = require("../../scripts/manifest-check.cjs");

const ROOT = path.join(__dirname, "..", "..");
const XSD = path.join(ROOT, "..", "shared", "manifest-xsd");
const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml, checked offline", () => {
  test("passes the structural checks and, where the XSDs are available, Microsoft's schema", async () => {
    const r = await checkManifest(path.join(ROOT, "manifest.xml"), ROOT, XSD);
    expect(r.problems).toEqual([]);
    if (process.env.CI) expect(r.schemaChecked).toBe(true);
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
  ])("catches %s", (_name, mutate, pattern) => {
    expect(structuralProblems(mutate(xml), ROOT).join("\n")).toMatch(pattern);
  });

  (existsSync(XSD) ? test : test.skip)("the schema check rejects what the XSD forbids", async () => {
    const broken = xml.replace("<Version>0.1.0.0</Version>", "<Version>one</Version>");
    expect((await schemaProblems(broken, XSD)).length).toBeGreaterThan(0);
  });
});
