import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { ALL_DOCUMENTS, runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import type { SheetSpec } from "../../src/sheets/sheetSpec";
import { wrappedLines } from "../../src/sheets/textHeight";
import { loadSampleGrids } from "../helpers/sample";

// An agency's whole name, and people whose positions run long, as officers type them.
const LONG = {
  agency: "องค์การบริหารส่วนตำบลหนองบัวแดงเหนือใหม่พัฒนา อำเภอเฉลิมพระเกียรติสมเด็จพระศรีนครินทร์ จังหวัดนครศรีธรรมราช",
  division: "สำนักปลัดองค์การบริหารส่วนตำบล",
  writerName: "นางสาวสมศรี ใจดีมากมายเหลือเกิน",
  writerPosition: "นิติกรชำนาญการพิเศษ รักษาราชการแทนหัวหน้าฝ่ายนิติการ",
  executiveName: "นายบุญมี ศรีสุข",
  executivePosition: "นายกองค์การบริหารส่วนตำบลหนองบัวแดงเหนือใหม่พัฒนา",
};

/** Cells whose text takes more than one line across their (merged) width but are not set to wrap. */
function unwrapped(spec: SheetSpec): string[] {
  const out: string[] = [];
  spec.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      if (typeof cell.value !== "string" || cell.value === "" || c >= spec.columns.length - 1) return;
      const merge = spec.merges.find((m) => m.top <= r && r <= m.bottom && m.left === c);
      const width = spec.columns.slice(c, (merge?.right ?? c) + 1).reduce((a, b) => a + b, 0);
      const size = cell.style?.size ?? spec.font.size;
      if (wrappedLines(cell.value, width, size) > 1 && !cell.style?.wrap)
        out.push(`${spec.name} row ${r + 1} col ${c + 1}: ${cell.value.slice(0, 40)}`);
    }),
  );
  return out;
}

test("every text longer than its cell's width wraps (an agency's whole name, long positions), never cut", async () => {
  const { specs } = runPipeline(
    await loadSampleGrids(),
    DEFAULT_SETTINGS,
    { ...DEFAULT_DOC_OPTIONS, ...LONG },
    "th",
    { documents: ALL_DOCUMENTS },
  );
  expect(specs.length).toBeGreaterThanOrEqual(7);
  expect(specs.flatMap(unwrapped)).toEqual([]);
});
