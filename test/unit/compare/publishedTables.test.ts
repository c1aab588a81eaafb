import { readFileSync } from "node:fs";
import path from "node:path";
import type { CellValue } from "../../../src/analysis/grid";
import { compareAgencies } from "../../../src/compare/compareAgencies";
import { agencyReadings, readAgencyTables } from "../../../src/compare/readAgencyTables";
import { grid } from "../../helpers/grid";

interface Published {
  source: string;
  rows: CellValue[][];
  expected: Record<
    string,
    Record<string, { total: number; level?: string; indicators?: Record<string, number> }>
  >;
}

function published(name: string): Published {
  return JSON.parse(readFileSync(path.join(__dirname, "../../fixtures/published", `${name}.json`), "utf8"));
}

function compare(name: string, merges: { top: number; left: number; bottom: number; right: number }[] = []) {
  const p = published(name);
  const tables = readAgencyTables([grid("ตาราง", p.rows, { merges })]);
  const { readings, notRead } = agencyReadings(tables);
  return { p, c: compareAgencies(readings, notRead, 85), tables };
}

describe("tables of agencies as published", () => {
  test("H-1 (provinces × two years, names merged over their year rows): each province's own rows only", () => {
    // The province cell is merged over its two rows (A2:A3, A4:A5); นครนายก's second row is not in the source.
    const merges = [1, 3].map((r) => ({ top: r, left: 0, bottom: r + 1, right: 0 }));
    const { p, c } = compare("H-1", merges);
    expect(c.agencies.map((a) => a.name)).toEqual(["ตราด", "จันทบุรี", "นครนายก"]);
    expect(c.year).toBe(2564);
    for (const [year, byName] of Object.entries(p.expected))
      for (const [name, want] of Object.entries(byName)) {
        const got = c.agencies.find((a) => a.name === name)!.years.find((y) => y.year === Number(year))!;
        expect(got.total).toBe(want.total);
        expect(got.totalSource).toBe("sheet");
        expect(got.indicators).toEqual(
          Object.fromEntries(Object.entries(want.indicators!).map(([n, v]) => [Number(n), v])),
        );
      }
    const trat = c.agencies.find((a) => a.name === "ตราด")!;
    expect(trat.delta).toEqual({ from: 2563, to: 2564, change: 5.83 });
    expect(trat.rank).toBe(1);
    expect(trat.latest!.below).toEqual([9, 10]);
    expect(trat.latest!.level).toBe("B");
    expect(c.agencies.find((a) => a.name === "นครนายก")!.delta).toBeNull();
  });

  test("H-1 without its merges: a blank name under a province is that province's other year", () => {
    const { c } = compare("H-1");
    expect(c.agencies.find((a) => a.name === "จันทบุรี")!.years.map((y) => y.year)).toEqual([2563, 2564]);
  });

  test("P-1 (agencies across, OIT as its weighted share): read transposed, the share never taken for an OIT score", () => {
    const { p, c, tables } = compare("P-1");
    const want = p.expected["2564"]!;
    expect(c.agencies).toHaveLength(13);
    for (const a of c.agencies) {
      const w = want[a.name]!;
      expect(a.latest!.total).toBe(w.total);
      expect(a.latest!.level).toBe(w.level);
      expect(a.latest!.indicators).toEqual({ 9: w.indicators!["9"], 10: w.indicators!["10"] });
    }
    expect(c.agencies.map((a) => a.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 11, 12, 13]);
    expect(tables.diagnostics.map((d) => d.id)).toContain("compare.weightedColumn");
    expect(c.agencies.every((a) => a.years[0]!.totalSource === "sheet")).toBe(true);
  });

  test("D-1 (ITAS's provincial report, totals only, the year only in the page's address): listed, not guessed", () => {
    const { c } = compare("D-1");
    expect(c.agencies).toHaveLength(0);
    expect(c.notRead).toHaveLength(14);
    expect(new Set(c.notRead.map((n) => n.id))).toEqual(new Set(["compare.noYear"]));
  });
});
