import type { SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { ALL_DOCUMENTS, runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { grid } from "../helpers/grid";
import { SEED000_ROWS } from "../helpers/seed000";
import { TRANSITIONS, transition } from "../helpers/yearFixtures";

/** Words only the tool's notes to the officer use: never on the paper an officer signs. */
const NOTE_WORDS =
  /โปรดตรวจสอบ|ในแฟ้ม|หมายเหตุถึงผู้จัดทำ|ไม่ได้ เพราะ|คำนวณคะแนนรวมไม่ได้|ไม่พบคะแนนของ|ตรวจสอบคะแนนของปี|แถวนี้ไม่พิมพ์/;

function printedNotes(grids: SheetGrid[]): string[] {
  const { specs } = runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
    documents: [...ALL_DOCUMENTS],
  });
  expect(specs).toHaveLength(ALL_DOCUMENTS.length);
  return specs.flatMap((s) =>
    s.rows
      .slice(s.print.notPrintedRows ?? 0)
      .flatMap((r) => r.cells.slice(0, s.recordColumn).map((c) => String(c.value ?? "")))
      .filter((t) => NOTE_WORDS.test(t))
      .map((t) => `${s.name}: ${t.slice(0, 80)}`),
  );
}

describe("no note to the officer is ever printed", () => {
  test.each(TRANSITIONS.flatMap(([a, b]) => (["many", "none"] as const).map((w) => [a, b, w] as const)))(
    "%d → %d (%s)",
    (a, b, w) => expect(printedNotes(transition(a, b, w))).toEqual([]),
  );

  test("seed 000 (IIT and OIT items of some indicators, no EIT, no total)", () =>
    expect(printedNotes([grid("ผล", SEED000_ROWS)])).toEqual([]));

  test("2568 indicator scores without 2567's OIT", () =>
    expect(
      printedNotes([
        grid("ผล", [
          ["ตัวชี้วัด", "2567", "2568"],
          ...Array.from({ length: 10 }, (_, k) => [`ตัวชี้วัดที่ ${k + 1}`, k < 8 ? 80 + k : null, 82 + k]),
        ]),
      ]),
    ).toEqual([]));

  test("the check catches a note in the document", () => {
    expect(NOTE_WORDS.test("ไม่มีคะแนนของแบบวัด EIT ปี 2566 ในแฟ้ม")).toBe(true);
  });
});
