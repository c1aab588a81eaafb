import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { buildMeasures } from "../../src/measures/buildMeasures";
import { allGroups, groupFromKey, indicatorGroup } from "../../src/measures/groups";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { transition } from "../helpers/yearFixtures";

describe("indicator names in the documents follow the year (indicator 8 is renamed in 2568)", () => {
  test("groups of a year print that year's name", () => {
    expect(indicatorGroup(8, 2566).label).toBe("ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน");
    expect(indicatorGroup(8, 2568).label).toBe("ตัวชี้วัดที่ 8 การปรับปรุงการดำเนินงาน");
    expect(groupFromKey("I8", 2569)?.label).toBe("ตัวชี้วัดที่ 8 การปรับปรุงการดำเนินงาน");
    expect(allGroups(2565).find((g) => g.number === 8)?.label).toBe("ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน");
  });

  test("no sheet of a 2568 → 2569 workbook prints the old name of indicator 8", () => {
    const { specs } = runPipeline(
      transition(2568, 2569, "many"),
      DEFAULT_SETTINGS,
      DEFAULT_DOC_OPTIONS,
      "th",
    );
    const text = specs
      .flatMap((s) => s.rows.flatMap((r) => r.cells.map((c) => String(c.value ?? ""))))
      .join("\n");
    expect(text).toContain("ตัวชี้วัดที่ 8 การปรับปรุงการดำเนินงาน");
    expect(text).not.toContain("การปรับปรุงระบบการทำงาน");
  });
});

describe("the plan's fiscal year is the analysis' document year, kept apart from the assessment year", () => {
  test("a sheet labelled with a later year than its list gives the plan that year", () => {
    const r = runPipeline(transition(2566, 2567, "many"), DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th");
    const plan = buildMeasures({ ...r.analysis, documentYear: 2569 })!;
    expect(plan).toMatchObject({ assessmentYear: 2567, fiscalYear: 2569 });
    expect(buildMeasures(r.analysis)).toMatchObject({ assessmentYear: 2567, fiscalYear: 2568 });
  });
});
