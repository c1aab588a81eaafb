import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { itemCodes } from "../../src/measures/measureItem";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { grid } from "../helpers/grid";
import { SEED003_ROWS } from "../helpers/seed003";

describe("seed 003 end to end: the FY2568 measures plan written from ITA 2567 results", () => {
  const r = runPipeline([grid("มาตรการ 2568", SEED003_ROWS)], DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th");

  test("assessment year 2567, document and fiscal year 2568", () => {
    expect(r.report).toMatchObject({ assessmentYear: 2567, documentYear: 2568, fiscalYear: 2568 });
  });

  test("the measures are the seed's own weak items, named by the 2567 list (O8 asks for the plan, not the manual)", () => {
    const measures = r.plan?.measures ?? [];
    expect(
      measures.filter((m) => m.purpose === "corrective").map((m) => itemCodes(m.items).join(",")),
    ).toEqual(["O7,O8,O9", "E9", "O30"]);
    const o8 = measures.find((m) => itemCodes(m.items).includes("O8"))!;
    const o8step = o8.steps.find((s) => s.includes("O8"))!;
    expect(o8step).toContain("แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี");
    expect(o8step).not.toContain("คู่มือ");
  });

  test("every one of the 59 scores reaches the report with its value", () => {
    expect(r.report.items).toHaveLength(59);
    expect(r.report.items.find((i) => i.code === "E9")).toMatchObject({ score: 65.43, prakaden: 2 });
    expect(r.report.items.find((i) => i.code === "I12")).toMatchObject({ score: 95.33, prakaden: 4 });
  });
});
