import type { CellValue, SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { specChanges } from "../../src/sheets/specChanges";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { grid } from "../helpers/grid";
import { SEED000_ROWS } from "../helpers/seed000";

const doc = { ...DEFAULT_DOC_OPTIONS, agency: "เทศบาลตำบลหนองยวง" };
const run = (grids: SheetGrid[]) => runPipeline(grids, DEFAULT_SETTINGS, doc, "th").specs;

/** Writes the documents for `scores`, reads the workbook back, and compares the documents for `next` with it. */
async function secondRun(scores: CellValue[][], next: CellValue[][]) {
  const wb = XlsxWorkbook.empty();
  const first = run([grid("ผล", scores)]);
  const names = await wb.writeSheets(first);
  const read = await wb.readGrids();
  const again = run([grid("ผล", next), ...read.filter((g) => g.generated)]);
  return {
    names,
    changes: specChanges(
      again,
      again.map((s) => s.name),
      read,
    ),
  };
}

describe("what a second Generate changed", () => {
  test("nothing changed: every document is the same as the sheet it replaces (read back from the file)", async () => {
    const { changes } = await secondRun(SEED000_ROWS, SEED000_ROWS);
    expect(changes.length).toBeGreaterThanOrEqual(3);
    expect(changes.filter((c) => c.kind !== "same")).toEqual([]);
  });

  test("one score raised above the mark: the documents that show it changed, by a few lines", async () => {
    const row = SEED000_ROWS.findIndex((r) => typeof r[2] === "number" && (r[2] as number) < 85);
    const raised = SEED000_ROWS.map((r, i) => (i === row ? [r[0]!, r[1]!, 99, ...r.slice(3)] : r));
    const { changes } = await secondRun(SEED000_ROWS, raised);
    const changed = changes.filter((c) => c.kind === "changed");
    expect(changed.length).toBeGreaterThan(0);
    for (const c of changed) if (c.kind === "changed") expect(c.rows).toBeLessThan(20);
    expect(changes.find((c) => c.sheet.startsWith("วิเคราะห์"))!.kind).toBe("changed");
    expect(changes.find((c) => c.sheet.startsWith("มาตรการ"))!.kind).toBe("changed");
  });

  test("a document not written before is new", () => {
    const specs = run([grid("ผล", SEED000_ROWS)]);
    expect(
      specChanges(
        specs,
        specs.map((s) => s.name),
        [],
      ).every((c) => c.kind === "new"),
    ).toBe(true);
  });
});
