import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { allGroups } from "../../src/measures/groups";
import { runPipeline } from "../../src/pipeline";
import { strayLatin } from "../../src/sheets/printedText";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import type { SheetSpec } from "../../src/sheets/sheetSpec";
import { TRANSITIONS, type Weakness, transition } from "../helpers/yearFixtures";

/** The text of every printed (not hidden) cell of a sheet. */
function printed(spec: SheetSpec): string[] {
  const hidden = new Set(spec.hiddenColumns ?? []);
  return spec.rows.flatMap((r) =>
    r.cells.flatMap((c, i) => (hidden.has(i) || c.value === null ? [] : [String(c.value)])),
  );
}

const cases = TRANSITIONS.flatMap(([p, y]) =>
  (["many", "none"] as Weakness[]).map((w) => [p, y, w] as const),
);

describe.each(cases)("the documents of a %d → %d workbook, %s weak", (previous, year, weakness) => {
  const result = runPipeline(
    transition(previous, year, weakness),
    DEFAULT_SETTINGS,
    DEFAULT_DOC_OPTIONS,
    "th",
  );
  const spec = (kind: string) => result.specs.find((s) => s.kind === kind)!;

  test("all documents are written", () => {
    expect(result.specs.map((s) => s.kind)).toEqual(
      expect.arrayContaining(["analysis", "measures", "results"]),
    );
  });

  test("every group of the year is in the measures plan with a real measure", () => {
    const cells = printed(spec("measures"));
    const plan = result.plan!;
    for (const g of allGroups(year)) {
      expect(cells.some((c) => c.startsWith(g.label))).toBe(true);
      const gp = plan.groups.find((x) => x.group.label === g.label)!;
      expect(gp.measures.length).toBeGreaterThan(0);
    }
    for (const m of plan.measures) {
      expect(m.steps.length).toBeGreaterThanOrEqual(3);
      expect(m.owner && m.period && m.monitoring).toBeTruthy();
    }
    expect(cells.join("\n")).not.toMatch(/— ไม่มี —|วิเคราะห์ข้อคำถามของตัวชี้วัด|\{fy/);
  });

  test("item codes in the plan carry their ITA year", () => {
    const titles = printed(spec("measures")).filter((c) => /^\d+\. มาตรการ/.test(c) && c.includes("(ข้อ"));
    if (weakness === "many") expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toContain(`(ITA ${year})`);
  });

  test.each(["analysis", "measures", "results"])(
    "no internal note in Latin text prints in the %s sheet",
    (kind) => {
      const stray = printed(spec(kind)).flatMap((c) =>
        strayLatin(c).map((w) => `${w} in «${c.slice(0, 60)}»`),
      );
      expect(stray).toEqual([]);
    },
  );
});
