import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { mergeIndicatorNotes, ranges } from "../../src/analysis/mergeNotes";
import type { Diagnostic } from "../../src/analysis/types";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { loadSampleGrids } from "../helpers/sample";

const note = (id: string, indicator: number, year: number): Diagnostic => ({
  level: "info",
  sheet: null,
  cell: null,
  id,
  params: { indicator, year },
});

describe("per-indicator notes read as one line per year", () => {
  test("ranges: runs joined with a dash, the rest listed", () => {
    expect(ranges([3, 1, 2, 5, 7, 6, 2])).toBe("1–3, 5–7");
    expect(ranges([4])).toBe("4");
  });

  test("merged by kind and year, at the first one's place; other notes kept in order", () => {
    const other = { ...note("somethingElse", 0, 2567), params: { x: 1 } };
    const merged = mergeIndicatorNotes([
      note("indicatorFromItems", 1, 2567),
      other,
      note("indicatorFromItems", 2, 2567),
      note("indicatorFromItems", 1, 2566),
      note("indicatorFromSubindicators", 9, 2567),
      note("indicatorFromItems", 3, 2567),
    ]);
    expect(merged.map((d) => [d.id, d.params.indicator ?? null, d.params.year ?? null])).toEqual([
      ["indicatorFromItems", "1–3", 2567],
      ["somethingElse", null, null],
      ["indicatorFromItems", "1", 2566],
      ["indicatorFromSubindicators", "9", 2567],
    ]);
  });

  test("the sample's report: one plain Thai line per year, no rule names in English", async () => {
    const { report } = runPipeline(await loadSampleGrids(), DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
      documents: [],
    });
    const lines = report.diagnostics.filter((d) => d.code === "indicatorFromItems").map((d) => d.message);
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines.map((l) => /ปี (\d{4})/.exec(l)![1])).size).toBe(lines.length);
    expect(lines.join("\n")).not.toMatch(/mean-of|[A-Za-z]{4,}/);
    expect(lines[0]).toMatch(/^ตัวชี้วัดที่ \d+–\d+ ปี \d{4} คำนวณจากคะแนนรายข้อ \(ค่าเฉลี่ยของข้อ\)/);
  });
});
