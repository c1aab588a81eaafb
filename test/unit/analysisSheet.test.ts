import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { transition } from "../helpers/yearFixtures";

const run = (previous: number, year: number) =>
  runPipeline(transition(previous, year, "many"), DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th");
const rowsOf = (r: ReturnType<typeof run>) =>
  r.specs
    .find((s) => s.kind === "analysis")!
    .rows.map((row) => row.cells.map((c) => (c.value === null ? "" : String(c.value))));

describe("the analysis sheet", () => {
  test("an indicator scored last year but not this year is named to the officer with last year's score (2566 → 2567: 9, 10)", () => {
    const r = run(2566, 2567);
    const before = r.analysis.scoresByYear.find((y) => y.year === 2566)!;
    const spec = r.specs.find((s) => s.kind === "analysis")!;
    const notes = rowsOf(r)
      .slice(0, spec.print.notPrintedRows ?? 0)
      .map((cells) => cells[0]!);
    for (const n of [9, 10])
      expect(notes.join("\n")).toContain(`ตัวชี้วัดที่ ${n} ${before.indicators.get(n) ? "" : "?"}`.trim());
    for (const n of [9, 10])
      expect(notes.join("\n")).toContain(
        `ปี 2566 ได้ ${before.indicators.get(n)!.score.toFixed(2)} แต่ไม่มีคะแนนปี 2567`,
      );
    // The printed table has no row for them.
    const printedRows = rowsOf(r).slice(spec.print.notPrintedRows ?? 0);
    expect(printedRows.some((cells) => cells[0] === "ตัวชี้วัดที่ 9")).toBe(false);
  });

  test("an item compared across item lists is labelled only when its code changed (2565 I5 → 2566 I5: not)", () => {
    const rows = rowsOf(run(2565, 2566));
    const i5 = rows.find((cells) => cells[1] === "I5")!;
    expect(i5.join(" ")).not.toContain("เทียบกับข้อ");
    expect(
      rows.some(
        (cells) =>
          /\(ปี 2565 เทียบกับข้อ I(\d+)\)/.test(cells.join(" ")) && !cells.join(" ").includes(`${cells[1]})`),
      ),
    ).toBe(true);
  });
});
