import type { Analysis } from "../../src/analysis/analyse";
import {
  a1,
  addressOf,
  cellAt,
  columnLetter,
  gridWidth,
  isCellDate,
  isCellError,
  parseA1,
  parseRangeA1,
  rangeA1,
  rangeOf,
  type SheetGrid,
  transpose,
} from "../../src/analysis/grid";
import { REPORT_SCHEMA, toReport } from "../../src/analysis/report";
import type { YearScores } from "../../src/analysis/yearScores";
import type { Instrument } from "../../src/ita/types";

describe("cell addresses", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %d is %s, and back", (col, letters) => {
    expect(columnLetter(col)).toBe(letters);
    expect(parseA1(`${letters}7`)).toEqual({ row: 6, col });
  });

  test("a1 and parseA1 agree, with or without $", () => {
    expect(a1(0, 0)).toBe("A1");
    expect(a1(1048575, 16383)).toBe("XFD1048576");
    expect(parseA1("$B$5")).toEqual({ row: 4, col: 1 });
    expect(parseA1("B$5")).toEqual({ row: 4, col: 1 });
  });

  test.each(["", "5B", "b5", "B", "B5:C6", " B5", "B5 "])("“%s” is no address", (ref) => {
    expect(parseA1(ref)).toBeNull();
  });

  test("ranges read and write as A1:C9", () => {
    expect(parseRangeA1("B2:D9")).toEqual({ top: 1, left: 1, bottom: 8, right: 3 });
    expect(rangeA1({ top: 1, left: 1, bottom: 8, right: 3 })).toBe("B2:D9");
    expect(parseRangeA1("B2")).toBeNull();
    expect(parseRangeA1("B2:x")).toBeNull();
    expect(parseRangeA1(":B2")).toBeNull();
  });
});

describe("grids", () => {
  const g: SheetGrid = {
    name: "s",
    top: 2,
    left: 1,
    rows: [["a", 1], ["b", 2, 3], []],
    merges: [{ top: 2, left: 1, bottom: 3, right: 1 }],
  };

  test("cells outside the rows are empty; the width is the longest row's", () => {
    expect(cellAt(g, 1, 2)).toBe(3);
    expect(cellAt(g, 0, 2)).toBeNull();
    expect(cellAt(g, 9, 0)).toBeNull();
    expect(gridWidth(g)).toBe(3);
    expect(gridWidth({ ...g, rows: [] })).toBe(0);
  });

  test("addresses and ranges are the sheet's, offset by the grid's corner", () => {
    expect(addressOf(g, 0, 0)).toBe("B3");
    expect(addressOf(g, 1, 2)).toBe("D4");
    expect(rangeOf(g, 0, 0, 1, 2)).toEqual({ top: 2, left: 1, bottom: 3, right: 3 });
  });

  test("a transposed grid swaps rows and columns but still names the sheet's cells", () => {
    const t = transpose(g);
    expect(t.transposed).toBe(true);
    // Each row up to its last value (a transposed stray cell never makes rows × columns of nulls).
    expect(t.rows).toEqual([
      ["a", "b"],
      [1, 2],
      [null, 3],
    ]);
    expect(cellAt(t, 2, 2)).toBeNull();
    // Grid cell (2, 1) of the transposed view is the sheet's row 2+1, column 1+2: D4.
    expect(cellAt(t, 2, 1)).toBe(3);
    expect(addressOf(t, 2, 1)).toBe("D4");
    expect(rangeOf(t, 0, 0, 2, 1)).toEqual({ top: 2, left: 1, bottom: 3, right: 3 });
    // The merge B3:B4 (down one column) runs across in the transposed view.
    expect(t.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 2 }]);
    const back = transpose(t);
    expect(back.transposed).toBe(false);
    expect(back.merges).toEqual(g.merges);
    expect(transpose({ ...g, merges: undefined }).merges).toBeUndefined();
  });

  test("errors and dates are told apart from text and numbers", () => {
    expect(isCellError({ error: "#REF!" })).toBe(true);
    expect(isCellError({ date: "2024-01-01" })).toBe(false);
    expect(isCellDate({ date: "2024-01-01" })).toBe(true);
    for (const v of [null, "x", 1, true]) {
      expect(isCellError(v)).toBe(false);
      expect(isCellDate(v)).toBe(false);
    }
  });
});

describe("the JSON report: the latest year against the latest earlier year that has the figure", () => {
  const s = (score: number) => ({ score, source: "sheet" as const, sheet: "s", cell: "B2" });
  function year(
    y: number,
    inst: Partial<Record<Instrument, number>>,
    total: number | null,
    level: string | null,
  ) {
    const ys: YearScores = {
      year: y,
      indicators: new Map(),
      instruments: new Map(Object.entries(inst).map(([k, v]) => [k as Instrument, s(v)])),
      total:
        total === null
          ? null
          : { ...s(total), weights: { IIT: 30, EIT: 30, OIT: 40 }, weightsConfirmed: true },
      level,
    };
    return ys;
  }
  function analysis(scoresByYear: YearScores[], latestYear: number | null): Analysis {
    return {
      years: scoresByYear.map((y) => y.year),
      latestYear,
      documentYear: latestYear === null ? null : latestYear + 1,
      yearShifts: [],
      trails: [],
      threshold: 85,
      tables: [
        { sheet: "s", range: { top: 0, left: 0, bottom: 9, right: 2 }, kind: "items", years: [], rows: 9 },
      ],
      items: [],
      indicators: [],
      scoresByYear,
      notCompared: [],
      diagnostics: [
        { level: "warning", sheet: "s", cell: "A1", id: "noTotal", params: { year: 2567, missing: "x" } },
      ],
    };
  }

  test("three years: each figure is compared with the newest earlier year that has it", () => {
    const r = toReport(
      analysis(
        [
          year(2565, { IIT: 70, EIT: 60 }, 75, "C"),
          year(2566, { IIT: 80 }, null, null),
          year(2567, { IIT: 85, EIT: 84.99, OIT: 90 }, 86.5, "B"),
        ],
        2567,
      ),
      "en",
    );
    expect(r.schema).toBe(REPORT_SCHEMA);
    expect(r.instruments).toEqual([
      {
        instrument: "IIT",
        score: 85,
        source: "sheet",
        previous: { year: 2566, score: 80 },
        delta: 5,
        flagged: false,
        estimate: false,
      },
      {
        instrument: "EIT",
        score: 84.99,
        source: "sheet",
        previous: { year: 2565, score: 60 },
        delta: 24.99,
        flagged: true,
        estimate: false,
      },
      {
        instrument: "OIT",
        score: 90,
        source: "sheet",
        previous: null,
        delta: null,
        flagged: false,
        estimate: false,
      },
    ]);
    expect(r.total).toMatchObject({
      score: 86.5,
      previous: { year: 2565, score: 75 },
      delta: 11.5,
      flagged: false,
    });
    expect(r.level).toMatchObject({ level: "B", previous: { year: 2565, level: "C" } });
    expect(r.tables).toEqual([{ sheet: "s", range: "A1:C10", kind: "items", years: [], rows: 9 }]);
    expect(r.diagnostics).toEqual([
      { level: "warning", sheet: "s", cell: "A1", code: "noTotal", message: expect.stringContaining("2567") },
    ]);
    expect(r.reading.rowsRead).toBe(9);
    expect(r.assessmentYear).toBe(2567);
    expect(r.documentYear).toBe(2568);
  });

  test("years after the latest are never 'previous'; a total under the mark is flagged", () => {
    const r = toReport(
      analysis(
        [year(2566, { IIT: 80 }, 84, "C"), year(2567, { IIT: 90 }, 80, null), year(2568, { IIT: 1 }, 1, "E")],
        2567,
      ),
      "th",
    );
    expect(r.instruments[0]).toMatchObject({ score: 90, previous: { year: 2566, score: 80 }, delta: 10 });
    expect(r.total).toMatchObject({
      score: 80,
      previous: { year: 2566, score: 84 },
      delta: -4,
      flagged: true,
    });
    expect(r.level).toBeNull();
  });

  test("no latest year: no instruments, total or level", () => {
    const r = toReport(analysis([year(2567, { IIT: 90 }, 90, "A")], null), "en");
    expect(r.instruments).toEqual([]);
    expect(r.total).toBeNull();
    expect(r.level).toBeNull();
  });

  test("a level with no earlier level has no previous", () => {
    const r = toReport(analysis([year(2566, {}, 80, null), year(2567, {}, 90, "A")], 2567), "en");
    expect(r.level).toMatchObject({ level: "A", previous: null });
    expect(r.level?.scheme).not.toBeNull();
  });
});
