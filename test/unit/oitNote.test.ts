import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { transition } from "../helpers/yearFixtures";

test("OIT items read but not added up (2567 on): the note says so and what to type, not that OIT is missing", () => {
  const { specs, analysis } = runPipeline(
    transition(2567, 2568, "many"),
    DEFAULT_SETTINGS,
    DEFAULT_DOC_OPTIONS,
    "th",
    {
      documents: ["analysis"],
    },
  );
  expect(analysis.items.some((i) => i.instrument === "OIT")).toBe(true);
  const spec = specs.find((s) => s.kind === "analysis")!;
  const notes = spec.rows
    .slice(0, spec.print.notPrintedRows ?? 0)
    .map((r) => String(r.cells[0]?.value ?? ""))
    .join("\n");
  expect(notes).toContain("มีคะแนนรายข้อของแบบวัด OIT ปี 2568 แต่ยังไม่ทราบวิธีที่ ป.ป.ช. รวม");
  expect(notes).not.toContain("ไม่มีคะแนนของแบบวัด OIT ปี 2568 ในแฟ้ม");
});
