import type { Entry } from "../../src/i18n/catalogue";
import { CLI_TEXT, cliText } from "../../src/i18n/cliText";
import { ENGINE_MESSAGES, translateMessage } from "../../src/i18n/messages";
import { OPTION_TEXT } from "../../src/i18n/optionText";
import { PANE_TEXT } from "../../src/i18n/paneText";
import { PART_TEXT } from "../../src/i18n/partText";

const CATALOGUES: Record<string, Readonly<Record<string, Entry>>> = {
  engine: ENGINE_MESSAGES,
  pane: PANE_TEXT,
  cli: CLI_TEXT,
  options: OPTION_TEXT,
  parts: PART_TEXT,
};

const entries = Object.entries(CATALOGUES).flatMap(([area, c]) =>
  Object.entries(c).map(([id, e]) => [`${area}:${id}`, e] as const),
);

/** The `{name}` placeholders of a text, sorted, each once. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

describe("the message catalogue", () => {
  test("holds the messages of every area", () => {
    expect(entries.length).toBeGreaterThan(150);
  });

  test.each(entries)("%s has Thai and English text", (_id, e) => {
    expect(Object.keys(e).sort()).toEqual(["en", "th"]);
    expect(e.th).not.toBe("");
    expect(e.en).not.toBe("");
  });

  test.each(entries)("%s has the same placeholders in both languages", (_id, e) => {
    expect(placeholders(e.en)).toEqual(placeholders(e.th));
  });

  test("placeholders are found, so the check above can fail", () => {
    expect(placeholders("ปี {year} ข้อ {code} ปี {year}")).toEqual(["code", "year"]);
    expect(placeholders("{year}")).not.toEqual(placeholders("no year"));
  });

  test("the engine and the CLI look texts up by typed id, filling the placeholders", () => {
    expect(translateMessage("en", "error.write", { file: "a.xlsx", detail: "disk full" })).toBe(
      "Could not write “a.xlsx”: disk full",
    );
    expect(cliText("th", "measures", { count: 3 })).toBe("มาตรการ: 3 มาตรการ");
    // @ts-expect-error: no such message
    expect(translateMessage("en", "error.noSuchThing")).toBe("error.noSuchThing");
    // @ts-expect-error: {count} is missing
    expect(cliText("en", "warnings")).toBe("{count} warning(s):");
  });
});
