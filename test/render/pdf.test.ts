import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import type { SheetSpec } from "../../src/sheets/sheetSpec";
import { hasLibreOffice, renderPages } from "../helpers/renderPdf";
import { loadSampleGrids } from "../helpers/sample";

// Printing needs LibreOffice (Debian libreoffice-calc-nogui, poppler-utils, fonts-thai-tlwg); CI installs them.
const available = hasLibreOffice();
if (!available && process.env.CI)
  throw new Error("CI must install LibreOffice and poppler-utils for the print tests");
const maybe = available ? describe : describe.skip;

maybe("the documents print on A4 landscape, one page wide", () => {
  let specs: SheetSpec[];
  beforeAll(async () => {
    specs = runPipeline(
      await loadSampleGrids(),
      DEFAULT_SETTINGS,
      { ...DEFAULT_DOC_OPTIONS, agency: "เทศบาลตำบลตัวอย่าง" },
      "th",
    ).specs;
  });

  /** A line of printed text compared as pdftotext gives it: no spaces, no Thai marks (printed apart from letters). */
  const bare = (t: string) => t.replace(/[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, "");

  test.each([
    ["analysis", "ข้อเสนอแนะ", true],
    // From 2567 the measures are by ประเด็น: each block has its own header, not one repeated on every page.
    ["measures", "การกำกับติดตาม", false],
    ["results", "ผลลัพธ์หรือ", true],
  ] as const)(
    "%s: last column printed, pages end where the spec says",
    async (kind, lastHeader, everyPage) => {
      const spec = specs.find((s) => s.kind === kind)!;
      const text = await renderPages(spec);
      // Every page ends at a break of ours: the printer added none of its own.
      expect(spec.print.rowBreaks?.length).toBeGreaterThan(0);
      expect(text).toHaveLength(spec.print.rowBreaks!.length + 1);
      // No page ends with a heading, a table's header row or the lines above a signature: the last printed line
      // of a page is not one of those rows (a row of cells: two of its cells' texts; a line: its beginning).
      const kept = (spec.print.keepWithNext ?? [])
        .map((r) => spec.rows[r]!.cells.flatMap((c) => (typeof c.value === "string" ? bare(c.value) : [])))
        .map((texts) => texts.filter((t) => t.length >= 3).map((t) => t.slice(0, 8)))
        .filter((texts) => texts.length > 0);
      expect(kept.length).toBeGreaterThan(0);
      const endsWith = (line: string, texts: string[]) =>
        texts.length >= 2 ? texts.filter((t) => line.includes(t)).length >= 2 : line.startsWith(texts[0]!);
      text.slice(0, -1).forEach((page) => {
        const lines = page.split("\n").filter((l) => l.trim() && !/^\s*หน้า/.test(l));
        const last = bare(lines[lines.length - 1] ?? "");
        expect({ last, rows: kept.filter((texts) => endsWith(last, texts)) }).toEqual({ last, rows: [] });
      });
      // The last column's header is printed (its first words: a header may wrap in its cell).
      if (everyPage) text.forEach((page) => expect(bare(page)).toContain(bare(lastHeader)));
      else expect(bare(text.join(""))).toContain(bare(lastHeader));
      // The hidden id and record columns never print.
      expect(text.join("\n")).not.toMatch(/รหัสมาตรการ|"generated"/);
      // A note to the officer above a document is on the sheet, never on the paper.
      const notes = spec.rows.slice(0, spec.print.notPrintedRows ?? 0).map((r) => String(r.cells[0]?.value));
      expect(notes).toHaveLength(kind === "results" ? 1 : 0);
      for (const note of notes) expect(text.join("\n")).not.toContain(note.slice(0, 20));
    },
  );
});
