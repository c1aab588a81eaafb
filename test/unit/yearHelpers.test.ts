import { checkTitles } from "../../src/analysis/checkTitles";
import { indicatorFromItems } from "../../src/analysis/indicatorFromItems";
import { explainMissing } from "../../src/analysis/missingScores";
import { readingReport } from "../../src/analysis/readingReport";
import type { ResolvedItem } from "../../src/analysis/resolveItems";
import type { Diagnostic } from "../../src/analysis/types";
import type { YearScores } from "../../src/analysis/yearScores";
import { itemDef } from "../../src/ita/catalog";
import type { Channel, Instrument } from "../../src/ita/types";

function item(
  year: number,
  instrument: Instrument,
  number: number,
  score: number,
  more: Partial<ResolvedItem> = {},
): ResolvedItem {
  const prefix = instrument === "IIT" ? "I" : instrument === "EIT" ? "E" : "O";
  return {
    year,
    instrument,
    channel: null,
    number,
    code: `${prefix}${number}`,
    listId: null,
    def: itemDef(year, instrument, number),
    score,
    sheet: "s",
    cell: `B${number + 1}`,
    labelCell: `A${number + 1}`,
    text: "",
    title: null,
    ...more,
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe("indicatorFromItems: an indicator only from a complete set of its items", () => {
  test("2567 indicator 1 is the mean of I1–I3, rounded, and the rule is said", () => {
    const d: Diagnostic[] = [];
    const items = [item(2567, "IIT", 1, 80), item(2567, "IIT", 2, 90), item(2567, "IIT", 3, 85.555)];
    expect(indicatorFromItems(2567, 1, items, d)).toBe(85.19);
    expect(d).toEqual([
      {
        level: "info",
        sheet: null,
        cell: null,
        id: "indicatorFromItems",
        params: { indicator: 1, year: 2567 },
      },
    ]);
  });

  test("the items of other indicators and instruments do not count", () => {
    const d: Diagnostic[] = [];
    const items = [
      item(2567, "IIT", 1, 70),
      item(2567, "IIT", 2, 80),
      item(2567, "IIT", 3, 90),
      item(2567, "IIT", 4, 10),
      item(2567, "EIT", 1, 0),
    ];
    expect(indicatorFromItems(2567, 1, items, d)).toBe(80);
  });

  test("one item missing: no indicator, nothing said", () => {
    const d: Diagnostic[] = [];
    expect(indicatorFromItems(2567, 1, [item(2567, "IIT", 1, 80), item(2567, "IIT", 3, 90)], d)).toBeNull();
    expect(d).toEqual([]);
  });

  test("OIT 2564: the mean of the sub-indicators' means, not of the items", () => {
    // Indicator 9 of OIT-A: 9.1 has items 1–9, 9.2 items 10–17, 9.3 18–24, 9.4 25–28, 9.5 29–33.
    const defs = range(1, 43).map((n) => itemDef(2564, "OIT", n)!);
    const nine = defs.filter((d) => d.indicator === 9);
    const subs = [...new Set(nine.map((d) => d.sub))];
    // Score each sub-indicator's items at a different value so the item mean and the sub mean differ.
    const items = nine.map((d) => item(2564, "OIT", d.n, subs.indexOf(d.sub) === 0 ? 0 : 100));
    const d: Diagnostic[] = [];
    const expected = ((subs.length - 1) * 100) / subs.length;
    const itemMean = (100 * (nine.length - nine.filter((x) => x.sub === subs[0]).length)) / nine.length;
    expect(expected).not.toBeCloseTo(itemMean, 1);
    expect(indicatorFromItems(2564, 9, items, d)).toBeCloseTo(expected, 2);
    expect(d[0]).toMatchObject({ id: "indicatorFromSubindicators", params: { indicator: 9, year: 2564 } });
  });

  test("no known rule (OIT from 2567), an unknown indicator or a year without lists: null", () => {
    const d: Diagnostic[] = [];
    const oit = range(1, 35).map((n) => item(2567, "OIT", n, 100));
    expect(indicatorFromItems(2567, 9, oit, d)).toBeNull();
    expect(indicatorFromItems(2567, 11, oit, d)).toBeNull();
    expect(indicatorFromItems(2500, 1, [item(2500, "IIT", 1, 90)], d)).toBeNull();
    expect(d).toEqual([]);
  });

  test("EIT read by channel (EP and ES) is not combined, said once for the instrument's first indicator", () => {
    const d: Diagnostic[] = [];
    const eit = (channel: Channel) => range(1, 9).map((n) => item(2567, "EIT", n, 90, { channel }));
    const items = [...eit("EP"), ...eit("ES")];
    expect(indicatorFromItems(2567, 6, items, d)).toBeNull();
    expect(indicatorFromItems(2567, 7, items, d)).toBeNull();
    expect(d).toEqual([
      { level: "info", sheet: null, cell: null, id: "channelsNotCombined", params: { year: 2567 } },
    ]);
  });
});

describe("explainMissing: why a year has no total or level", () => {
  const score = (s: number) => ({ score: s, source: "sheet" as const, sheet: "s", cell: "B2" });
  function year(indicators: number[], instruments: Instrument[], total: number | null, level: string | null) {
    const y: YearScores = {
      year: 2567,
      indicators: new Map(indicators.map((n) => [n, score(90)])),
      instruments: new Map(instruments.map((i) => [i, score(90)])),
      total:
        total === null
          ? null
          : { ...score(total), weights: { IIT: 30, EIT: 30, OIT: 40 }, weightsConfirmed: true },
      level,
    };
    return y;
  }

  test("no total: each missing instrument with its missing indicators", () => {
    const d: Diagnostic[] = [];
    explainMissing(year([1, 2, 3, 4, 5, 6], ["IIT"], null, null), [], true, d);
    expect(d).toEqual([
      {
        level: "info",
        sheet: null,
        cell: null,
        id: "noTotal",
        params: { year: 2567, missing: "EIT (7, 8); OIT (9, 10)" },
      },
    ]);
  });

  test("a total but no level, when the level needs every instrument", () => {
    const d: Diagnostic[] = [];
    explainMissing(year([], ["IIT", "EIT"], 88.5, null), [], true, d);
    expect(d.map((x) => [x.id, x.params])).toEqual([
      ["noLevel", { year: 2567, missing: "OIT (9, 10)", total: "88.50" }],
    ]);
    const quiet: Diagnostic[] = [];
    explainMissing(year([], ["IIT", "EIT"], 88.5, null), [], false, quiet);
    explainMissing(year([], ["IIT", "EIT"], 88.5, "A"), [], true, quiet);
    explainMissing(year([], ["IIT", "EIT", "OIT"], 88.5, null), [], true, quiet);
    expect(quiet).toEqual([]);
  });

  test("OIT items without indicators from 2567: the rule is not known, said before the missing total", () => {
    const d: Diagnostic[] = [];
    explainMissing(year([], ["IIT", "EIT"], null, null), [item(2567, "OIT", 1, 100)], true, d);
    expect(d.map((x) => x.id)).toEqual(["oitRuleUnknown", "noTotal"]);
  });

  test("no rule to explain when OIT has its indicators, its score, or no items, or the year has a rule", () => {
    const d: Diagnostic[] = [];
    const oit = [item(2567, "OIT", 1, 100)];
    explainMissing(year([9, 10], ["IIT", "EIT"], null, null), oit, true, d);
    explainMissing(year([], ["IIT", "EIT", "OIT"], null, null), oit, true, d);
    explainMissing(year([], ["IIT", "EIT"], null, null), [item(2567, "IIT", 1, 100)], true, d);
    const y2564 = { ...year([], ["IIT", "EIT"], null, null), year: 2564 };
    explainMissing(y2564, [item(2564, "OIT", 1, 100)], true, d);
    expect(d.filter((x) => x.id === "oitRuleUnknown")).toEqual([]);
  });
});

describe("readingReport: rows read and the regions not read", () => {
  const unread = (sheet: string | null, range: string, rows: number): Diagnostic => ({
    level: "warning",
    sheet,
    cell: null,
    id: "unreadRows.item",
    params: { range, rows, from: 12, to: 14, columns: "B" },
  });

  test("counts the tables' rows and each unread region's rows, with its message in the language asked", () => {
    const r = readingReport(
      {
        tables: [
          {
            sheet: "a",
            range: { top: 0, left: 0, bottom: 9, right: 1 },
            kind: "items",
            years: [2567],
            rows: 9,
          },
          {
            sheet: "b",
            range: { top: 0, left: 0, bottom: 3, right: 1 },
            kind: "indicators",
            years: [2567],
            rows: 3,
          },
        ],
        diagnostics: [
          unread("a", "A12:B14", 3),
          unread("b", "A20:B21", 2),
          unread(null, "A1:B2", 7),
          { level: "warning", sheet: "a", cell: "A1", id: "duplicateItem", params: { rows: 99 } },
        ],
      },
      "en",
    );
    expect(r.rowsRead).toBe(12);
    expect(r.rowsUnread).toBe(5);
    expect(r.unread.map((u) => [u.sheet, u.range, u.rows])).toEqual([
      ["a", "A12:B14", 3],
      ["b", "A20:B21", 2],
    ]);
    expect(r.unread[0]!.message).toMatch(/A12:B14/);
    expect(readingReport({ tables: [], diagnostics: [] }, "th")).toEqual({
      rowsRead: 0,
      rowsUnread: 0,
      unread: [],
    });
  });
});

describe("checkTitles: a typed title that names another item of the year's list", () => {
  const PLAN = "แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี";
  const topic = (n: number) => itemDef(2564, "OIT", n)!.topic!;

  test("up to three per sheet and year are said one by one; more are said once with the first five codes", () => {
    // OIT-A: item n's title typed on item n+1 (a shifted list).
    const shifted = (count: number, sheet: string) =>
      range(1, count).map((n) => item(2564, "OIT", n + 1, 100, { sheet, title: topic(n) }));
    const d: Diagnostic[] = [];
    checkTitles([...shifted(3, "few"), ...shifted(6, "many")], d);
    expect(
      d.filter((x) => x.sheet === "few").map((x) => [x.id, x.cell, x.params.code, x.params.other]),
    ).toEqual([
      ["titleNamesOtherItem", "A3", "O2", "O1"],
      ["titleNamesOtherItem", "A4", "O3", "O2"],
      ["titleNamesOtherItem", "A5", "O4", "O3"],
    ]);
    expect(d.filter((x) => x.sheet === "many")).toEqual([
      {
        level: "warning",
        sheet: "many",
        cell: null,
        id: "titlesDisagree",
        params: { sheet: "many", year: 2564, instrument: "OIT", count: 6, codes: "O2, O3, O4, O5, O6" },
      },
    ]);
  });

  test("four in one sheet but two years are two groups of two, said one by one", () => {
    const d: Diagnostic[] = [];
    const rows = [2564, 2565].flatMap((y) =>
      [1, 2].map((n) => item(y, "OIT", n + 1, 100, { title: itemDef(y, "OIT", n)!.topic })),
    );
    checkTitles(rows, d);
    expect(d.map((x) => x.id)).toEqual(Array(4).fill("titleNamesOtherItem"));
  });

  test("titles that name their own item, no item, or nothing known are not said", () => {
    const d: Diagnostic[] = [];
    checkTitles(
      [
        item(2564, "OIT", 1, 100, { title: topic(1) }),
        item(2564, "OIT", 2, 100, { title: "ชื่อที่ไม่มีในรายการเลย" }),
        item(2564, "OIT", 3, 100, { title: null }),
        item(2564, "OIT", 4, 100, { title: PLAN, def: undefined }),
        item(2500, "OIT", 5, 100, { title: PLAN }),
      ],
      d,
    );
    expect(d).toEqual([]);
  });

  test("a long title is cut to 50 letters in the message", () => {
    const d: Diagnostic[] = [];
    // O29's topic (58 letters) typed on O2.
    checkTitles([item(2564, "OIT", 2, 100, { title: topic(29) })], d);
    expect(d).toHaveLength(1);
    expect(d[0]!.params.title).toBe(topic(29).slice(0, 50));
  });
});
