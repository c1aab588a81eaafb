import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { grid } from "../helpers/grid";
import { SEED000_ROWS } from "../helpers/seed000";
import { TRANSITIONS, transition } from "../helpers/yearFixtures";

/** Each row of a sheet as one text, its cells joined by " | ". */
const column = (kind: "measures" | "results", r: ReturnType<typeof runPipeline>) =>
  r.specs
    .find((s) => s.kind === kind)!
    .rows.map((x) => x.cells.map((c) => String(c.value ?? "")).join(" | "));

describe("a measure that keeps a passing standard is filed as such, never as a weakness", () => {
  const r = runPipeline([grid("ผล ITA", SEED000_ROWS)], DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
    documents: ["measures", "results"],
  });
  // The plan's measures, and last year's (rebuilt from 2565's scores) in the results report.
  const measuresOf = (kind: "measures" | "results") =>
    kind === "measures" ? r.plan!.measures : r.results!.rows.map((x) => x.measure);

  test.each(["measures", "results"] as const)("%s: sections in order, each measure under its own", (kind) => {
    const rows = column(kind, r);
    const keep = measuresOf(kind).filter((m) => m.purpose === "keep");
    const corrective = measuresOf(kind).filter((m) => m.purpose === "corrective");
    const heading = (re: RegExp) => rows.findIndex((t) => re.test(t.split(" | ")[0]!));
    const urgent = heading(/^1\. ข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน$/);
    const improve = heading(/^\d\. ประเด็นที่ต้องพัฒนาให้ดีขึ้น$/);
    const kept = heading(/^\d\. ประเด็นที่ควรรักษามาตรฐานและยกระดับให้ดียิ่งขึ้น$/);
    expect(urgent).toBeGreaterThanOrEqual(0);
    expect(kept).toBeGreaterThan(Math.max(urgent, improve));
    const rowOf = (title: string) =>
      rows.findIndex(
        (t) => t.includes(`. ${title}\n`) || t.endsWith(`. ${title}`) || t.includes(`. ${title} |`),
      );
    expect(keep.length).toBeGreaterThan(0);
    for (const m of keep) expect(rowOf(m.title)).toBeGreaterThan(kept);
    for (const m of corrective) {
      expect(rowOf(m.title)).toBeGreaterThan(urgent);
      expect(rowOf(m.title)).toBeLessThan(kept);
    }
    // Numbered 1, 2, 3 as printed, with no gap when a section is empty.
    const numbers = rows.filter((t) => /^\d\. (ข้อบกพร่อง|ประเด็นที่)/.test(t)).map((t) => t[0]);
    expect(numbers).toEqual(["1", "2", "3"].slice(0, numbers.length));
  });
});

describe("no two measures of a plan share a title", () => {
  test.each(TRANSITIONS.flatMap(([a, b]) => (["many", "none"] as const).map((w) => [a, b, w] as const)))(
    "%d → %d (%s)",
    (before, year, weakness) => {
      const plan = runPipeline(
        transition(before, year, weakness),
        DEFAULT_SETTINGS,
        DEFAULT_DOC_OPTIONS,
        "th",
        {
          documents: [],
        },
      ).plan!;
      const titles = plan.measures.map((m) => m.title);
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
    },
  );
});
