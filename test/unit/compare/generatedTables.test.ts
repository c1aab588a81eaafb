import { type CellValue, type SheetGrid, parseRangeA1 } from "../../../src/analysis/grid";
import { type Comparison, compareAgencies } from "../../../src/compare/compareAgencies";
import { agencyReadings, readAgencyTables } from "../../../src/compare/readAgencyTables";
import { grid } from "../../helpers/grid";
import { type ProvincialTable, provincialTable, random } from "../../helpers/provincialTable";

function compare(grids: SheetGrid[], year: number | null = null): Comparison {
  const r = agencyReadings(readAgencyTables(grids, year));
  return compareAgencies(r.readings, r.notRead, 85);
}

function sheet(t: ProvincialTable, name = "จังหวัด", merged = true): SheetGrid {
  const merges = merged ? t.merges.map((m) => parseRangeA1(m)!) : [];
  return grid(name, t.rows, { merges });
}

/** Every agency of the table found with exactly its own figures: no agency's number under another's name. */
function expectExact(c: Comparison, t: ProvincialTable): void {
  expect(c.agencies.map((a) => a.name).sort()).toEqual(t.agencies.map((a) => a.name).sort());
  for (const want of t.agencies) {
    const got = c.agencies.find((a) => a.name === want.name)!;
    for (const [year, y] of Object.entries(want.years)) {
      const g = got.years.find((x) => x.year === Number(year))!;
      expect(g.total).toBe(y.total);
      expect(g.level).toBe(y.level);
      expect(Object.values(g.indicators)).toEqual(y.indicators);
    }
  }
}

function transposed(rows: CellValue[][]): CellValue[][] {
  const width = Math.max(...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => rows.map((r) => r[c] ?? null));
}

describe("provincial tables of any size and layout", () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

  test.each(seeds)(
    "seed %i: names merged over year rows, names blank without merges, names on every row",
    (seed) => {
      const rnd = random(seed);
      const years = [2566, 2567, 2568, 2569].slice(0, 2 + Math.floor(rnd() * 3));
      const t = provincialTable(5 + Math.floor(rnd() * 40), years, seed);
      expectExact(compare([sheet(t)]), t);
      expectExact(compare([sheet(t, "x", false)]), t);
      let name: CellValue = null;
      const repeated = t.rows.map((r, i) =>
        i < t.firstRow ? r : [r[0] ?? null, (name = r[1] ?? name), ...r.slice(2)],
      );
      expectExact(compare([grid("x", repeated)]), t);
    },
  );

  test.each(seeds)("seed %i: one year, agencies across (transposed), the year only in the title", (seed) => {
    const t = provincialTable(3 + seed * 3, [2568], seed);
    const rows = t.rows.map((r, i) =>
      i === 0 ? ["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 หน่วยงานในจังหวัด"] : r,
    );
    const noYear = rows.map((r, i) => (i < t.firstRow ? r : [...r.slice(0, 2), null, ...r.slice(3)]));
    expectExact(compare([grid("x", transposed(noYear))]), t);
  });

  test("a sheet per year: one agency's years joined across sheets, as the province files them", () => {
    const t = provincialTable(12, [2567, 2568], 11);
    const perYear = (year: number) =>
      grid(
        `ปี ${year}`,
        t.rows
          .filter((r, i) => i < t.firstRow || r[2] === year)
          .map((r) => [r[0] ?? null, r[1] ?? null, ...r.slice(2)]),
      );
    // Without merges the names stand only on the first year's rows: fill them in, as a sheet per year has them.
    const named = (year: number) => {
      const g = perYear(year);
      g.rows = g.rows.map((r, i) =>
        i < t.firstRow ? r : [r[0] ?? null, t.agencies[i - t.firstRow]!.name, ...r.slice(2)],
      );
      return g;
    };
    const c = compare([named(2567), named(2568)]);
    expectExact(c, t);
    expect(c.agencies.every((a) => a.delta?.from === 2567 && a.delta.to === 2568)).toBe(true);
  });

  test("a two-row header: ตัวชี้วัด merged over the numbers 1–10", () => {
    const t = provincialTable(9, [2567, 2568], 5);
    const rows = [...t.rows];
    rows.splice(
      1,
      1,
      [null, "หน่วยงาน", "ปี", "ตัวชี้วัด", ...Array(9).fill(null), "คะแนน ITA", "ระดับ"],
      [null, null, null, ...Array.from({ length: 10 }, (_, i) => i + 1), null, null],
    );
    const shifted = {
      ...t,
      rows,
      merges: t.merges.map((m) => m.replace(/(\d+)/g, (n) => String(Number(n) + 1))),
    };
    expectExact(compare([sheet(shifted)]), t);
  });

  test("a bad cell is said for its agency only; the others are exact", () => {
    const t = provincialTable(10, [2568], 3);
    const rows = t.rows.map((r) => [...r]);
    rows[t.firstRow + 4]![3 + 2] = "n/a"; // the fifth agency's indicator 3
    const c = compare([grid("x", rows)]);
    const hit = c.agencies.find((a) => a.name === t.agencies[4]!.name)!;
    expect(hit.latest!.indicators[3]).toBeUndefined();
    expect(hit.diagnostics.map((d) => [d.id, d.cell])).toEqual([["compare.badScore", "F7"]]);
    for (const [i, a] of t.agencies.entries()) {
      if (i === 4) continue;
      const got = c.agencies.find((x) => x.name === a.name)!;
      expect(Object.values(got.latest!.indicators)).toEqual(a.years[2568]!.indicators);
      expect(got.diagnostics).toEqual([]);
    }
  });

  test("no printed total: computed from the ten indicators and said to be an estimate; a printed one wins", () => {
    const t = provincialTable(6, [2568], 9);
    const rows = t.rows.map((r, i) => (i === t.firstRow ? [...r.slice(0, 13), null, null] : r));
    const c = compare([grid("x", rows)]);
    const first = c.agencies.find((a) => a.name === t.agencies[0]!.name)!.latest!;
    expect(first.totalSource).toBe("computed");
    expect(first.total).toBe(t.agencies[0]!.years[2568]!.total);
    expect(c.agencies.filter((a) => a.latest!.totalSource === "sheet")).toHaveLength(5);
  });

  test("two rows of one name in one year: the second is not read and it is said", () => {
    const t = provincialTable(4, [2568], 2);
    const rows = [...t.rows, [5, t.agencies[1]!.name, 2568, ...Array(10).fill(50), 50, null]];
    const c = compare([grid("x", rows)]);
    const twice = c.agencies.find((a) => a.name === t.agencies[1]!.name)!;
    expect(twice.latest!.total).toBe(t.agencies[1]!.years[2568]!.total);
    expect(twice.diagnostics.map((d) => d.id)).toEqual(["compare.twiceInYear"]);
  });

  test("ranks: highest total first, ties share a rank, an agency whose last year is older is listed unranked", () => {
    const t = provincialTable(20, [2567, 2568], 4);
    const older = t.rows.filter((r, i) => i < t.firstRow || r[1] !== null || r[2] !== 2568);
    const c = compare([sheet({ ...t, rows: older }, "x", false)]);
    const ranked = c.agencies.filter((a) => a.rank !== null);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1]!.latest!.total!).toBeGreaterThanOrEqual(ranked[i]!.latest!.total!);
    expect(ranked.length).toBeGreaterThan(0);
  });
});

describe("what a provincial table holds besides its agencies", () => {
  test("a district heading, an average merged over its year rows and an extra column are never agencies", () => {
    const t = provincialTable(8, [2567, 2568], 12);
    const [title, head, ...body] = t.rows;
    const withDistrict = (r: CellValue[]) => [...r.slice(0, 2), "เมือง", ...r.slice(2)];
    const rows: CellValue[][] = [
      title!,
      [...head!.slice(0, 2), "อำเภอ", ...head!.slice(2)],
      [null, "อำเภอเมือง"],
      ...body.map(withDistrict),
      [null, "ค่าเฉลี่ยจังหวัด", null, 2567, ...Array(10).fill(88), 88, null],
      [null, null, null, 2568, ...Array(10).fill(89), 89, null],
    ];
    const avgTop = rows.length - 2;
    const merges = [{ top: avgTop, left: 1, bottom: avgTop + 1, right: 1 }];
    const tables = readAgencyTables([grid("x", rows, { merges })]);
    const c = compare([grid("x", rows, { merges })]);
    expectExact(c, t);
    expect(tables.diagnostics.filter((d) => d.id === "compare.summaryRow").map((d) => d.params.name)).toEqual(
      ["ค่าเฉลี่ยจังหวัด"],
    );
  });

  test("any grid at all: reading never throws, and every agency found has only numbers it read", () => {
    const next = random(99);
    const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
    const words: CellValue[] = [
      "หน่วยงาน",
      "ปี",
      "ตัวชี้วัดที่ 3",
      "คะแนน ITA",
      "ระดับ",
      "AA",
      "n/a",
      "",
      null,
      2568,
      85.5,
      101,
      -3,
      "ตัวชี้วัด",
      5,
    ];
    for (let k = 0; k < 200; k++) {
      const rows = Array.from({ length: 1 + Math.floor(next() * 12) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 14) }, () => pick(words)),
      );
      const read = () => agencyReadings(readAgencyTables([grid("x", rows)], 2568));
      expect(read).not.toThrow();
      for (const a of read().readings)
        for (const y of a.years)
          for (const v of Object.values(y.indicators)) expect(v >= 0 && v <= 100).toBe(true);
    }
  });
});
