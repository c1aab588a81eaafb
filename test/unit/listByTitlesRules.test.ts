import { listByTitles } from "../../src/analysis/listByTitles";
import type { Diagnostic, ItemObservation, Recognition } from "../../src/analysis/types";
import { FACTS } from "../../src/ita/catalog";
import type { Instrument } from "../../src/ita/types";
import { emptyRecognition } from "../helpers/recognition";

/** The topic the catalogue list `id` gives item n (the title an officer would type from that year's manual). */
const topic = (id: string, n: number): string => {
  const t = FACTS.lists[id]!.items.find((it) => it.n === n)?.topic;
  if (!t) throw new Error(`${id} ${n} has no topic`);
  return t;
};
const INST: Record<string, Instrument> = { I: "IIT", E: "EIT", O: "OIT" };

function obs(sheet: string, year: number, code: string, title: string | null): ItemObservation {
  const instrument = INST[code[0]!]!;
  const number = Number(code.slice(1));
  return {
    sheet,
    cell: `B${number}`,
    labelCell: `A${number}`,
    year,
    score: 90,
    title,
    label: { instrument, channel: null, number, form: "explicit", raw: code, text: title ?? "" },
  };
}
/** Rows typed with list `id`'s titles, at their own numbers. */
const titled = (sheet: string, year: number, id: string, numbers: number[]) =>
  numbers.map((n) => obs(sheet, year, `${id[0]}${n}`, topic(id, n)));
const junk = (sheet: string, year: number, numbers: number[]) =>
  numbers.map((n) => obs(sheet, year, `O${n}`, `หัวข้อที่ไม่มีในคู่มือใดเลย ${"ก".repeat(n % 7)}`));
const codes = (sheet: string, year: number, numbers: number[]) =>
  numbers.map((n) => obs(sheet, year, `O${n}`, null));

const rec = (items: ItemObservation[], more: Partial<Recognition> = {}) =>
  emptyRecognition({ items, ...more });
function run(items: ItemObservation[], keep = false, more: Partial<Recognition> = {}) {
  const diagnostics: Diagnostic[] = [];
  const out = listByTitles(rec(items, more), keep, diagnostics);
  return { ...out, diagnostics };
}
const shiftOf = (r: ReturnType<typeof run>) =>
  r.shifts.map((s) => [s.instrument, s.assessmentYear, s.evidence]);

// OIT-C (2567) titles at 8–15 name no other list's item of that number; OIT-D (2568) at 16–23 the same.
const C = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe("listByTitles: how many titles it takes to read a table as another year's list", () => {
  test("titles of the 2567 list under a 2568 heading: read as 2567, said once with the counts", () => {
    const r = run(titled("s", 2568, "OIT-C", C(8, 13)));
    expect(shiftOf(r)).toEqual([["OIT", 2567, "titles"]]);
    expect(r.diagnostics).toEqual([
      {
        level: "warning",
        sheet: "s",
        cell: null,
        id: "listFromTitles",
        params: {
          sheet: "s",
          instrument: "OIT",
          labelled: 2568,
          assessment: 2567,
          matched: 6,
          rows: 6,
          own: 0,
        },
      },
    ]);
    expect(r.rec.items.every((o) => o.year === 2567)).toBe(true);
  });

  test("three titled rows are enough; two are left to the codes", () => {
    expect(shiftOf(run(titled("s", 2568, "OIT-C", [8, 9, 10])))).toEqual([["OIT", 2567, "titles"]]);
    expect(shiftOf(run(titled("s", 2568, "OIT-C", [8, 9])))).toEqual([]);
  });

  test("at least half the titled rows must name the other list: 3 of 6 do, 3 of 7 do not", () => {
    expect(
      shiftOf(run([...titled("s", 2568, "OIT-C", [8, 9, 10]), ...junk("s", 2568, [24, 25, 26])])),
    ).toHaveLength(1);
    expect(
      shiftOf(run([...titled("s", 2568, "OIT-C", [8, 9, 10]), ...junk("s", 2568, [23, 24, 25, 26])])),
    ).toEqual([]);
  });

  test("the other list must beat the labelled one twice over and by three", () => {
    const mix = (other: number, own: number) => [
      ...titled("s", 2568, "OIT-C", C(8, 8 + other - 1)),
      ...titled("s", 2568, "OIT-D", C(16, 16 + own - 1)),
    ];
    // own 1: 3 is twice as many but not 3 more; 4 is.
    expect(shiftOf(run(mix(3, 1)))).toEqual([]);
    expect(shiftOf(run(mix(4, 1)))).toHaveLength(1);
    // own 4: 7 is 3 more but not twice as many; 8 is both.
    expect(shiftOf(run(mix(7, 4)))).toEqual([]);
    const r = run(mix(8, 4));
    expect(shiftOf(r)).toHaveLength(1);
    expect(r.diagnostics[0]!.params).toMatchObject({ matched: 8, own: 4, rows: 12 });
  });

  test("titles the labelled list cannot check (its topics unknown) never overrule it: half must be checkable", () => {
    // IIT-B (2566) has no topics for i3–i6 and i9–i12: i5–i8 is half checkable (i7, i8), i3–i7 less than half.
    expect(shiftOf(run(titled("s", 2566, "IIT-A", [5, 6, 7, 8])))).toHaveLength(1);
    expect(shiftOf(run(titled("s", 2566, "IIT-A", [3, 4, 5, 6, 7])))).toEqual([]);
  });

  test("of two other lists that both qualify, the one more titles name wins (2565's, not 2567's)", () => {
    // 1 and 3 are the same in 2563–2567; 10–12 only 2563–2565's; 8–9 only 2567's. 2565: 5 of 7, 2567: 4 of 7.
    const items = [...titled("s", 2568, "OIT-C", [1, 3, 8, 9]), ...titled("s", 2568, "OIT-A", [10, 11, 12])];
    const r = run(items);
    expect(r.shifts.map((x) => [x.assessmentYear, x.matched])).toEqual([[2565, 5]]);
  });

  test("two other lists named equally: the earlier list is taken", () => {
    // OIT 1–9 read the same in 2563–2565 and 2566.
    const r = run(titled("s", 2568, "OIT-A", [1, 2, 3, 4, 8, 9]));
    expect(r.shifts.map((x) => [x.assessmentYear, x.matched])).toEqual([[2565, 6]]);
  });

  test("only this sheet's rows of this year and instrument count", () => {
    const items = [
      ...titled("s", 2568, "OIT-C", [8, 9]),
      ...titled("other", 2568, "OIT-C", C(10, 15)),
      ...titled("s", 2569, "OIT-C", C(10, 15)),
    ];
    const r = run(items);
    expect(r.shifts.map((s) => [s.sheet, s.labelledYear, s.matched])).toEqual([
      ["other", 2568, 6],
      ["s", 2569, 6],
    ]);
    expect(r.rec.items.filter((o) => o.sheet === "s" && o.year === 2568)).toHaveLength(2);
  });
});

describe("listByTitles: several instruments, shared columns, the officer's choice", () => {
  const eitA = titled("s", 2568, "EIT-A", [2, 6, 7, 10, 11, 14, 15]); // → 2566
  const iitB = (n: number[]) => titled("s", 2568, "IIT-B", n); // → 2566

  test("instruments pointing at different years move nothing and say nothing", () => {
    const r = run([...titled("s", 2568, "OIT-C", C(8, 13)), ...eitA]);
    expect(r.shifts).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });

  test("instruments pointing at one year: the one with most matches is named", () => {
    expect(run([...eitA, ...iitB([2, 7, 8, 13])]).diagnostics[0]!.params).toMatchObject({
      instrument: "EIT",
      matched: 7,
    });
    expect(run([...eitA, ...iitB([2, 7, 8, 13, 14, 15, 19, 20])]).diagnostics[0]!.params).toMatchObject({
      instrument: "IIT",
      matched: 8,
    });
  });

  test("a tie between instruments names the first (IIT, EIT, OIT)", () => {
    expect(run([...eitA, ...iitB([2, 7, 8, 13, 14, 15, 19])]).diagnostics[0]!.params).toMatchObject({
      instrument: "IIT",
      matched: 7,
    });
  });

  test("a table that also has a column of the other year shares its titles: nothing moves", () => {
    const r = run([...titled("s", 2568, "OIT-C", C(8, 13)), ...titled("s", 2567, "OIT-C", C(8, 13))]);
    expect(r.shifts).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });

  test("kept as labelled by the officer: said, nothing moves", () => {
    const r = run(titled("s", 2568, "OIT-C", C(8, 13)), true);
    expect(r.shifts).toEqual([]);
    expect(r.diagnostics.map((d) => d.id)).toEqual(["listFromTitlesKept"]);
    expect(r.rec.items.every((o) => o.year === 2568)).toBe(true);
  });

  test("indicators, summaries and levels of the shifted sheet and year move with its items; others stay", () => {
    const at = (sheet: string, year: number) => ({ sheet, cell: "Z1", year });
    const r = run(titled("s", 2568, "OIT-C", C(8, 13)), false, {
      indicators: [
        { ...at("s", 2568), indicator: 9, score: 90 },
        { ...at("s", 2569), indicator: 9, score: 90 },
        { ...at("t", 2568), indicator: 9, score: 90 },
      ],
      summaries: [{ ...at("s", 2568), instrument: "OIT", score: 90 }],
      levels: [{ ...at("s", 2568), level: "ผ่าน" }],
    });
    expect(r.rec.indicators.map((o) => [o.sheet, o.year])).toEqual([
      ["s", 2567],
      ["s", 2569],
      ["t", 2568],
    ]);
    expect(r.rec.summaries.map((o) => o.year)).toEqual([2567]);
    expect(r.rec.levels.map((o) => o.year)).toEqual([2567]);
  });

  test("a year before a list's span takes the span's first year", () => {
    const r = run(titled("s", 2562, "OIT-A", C(10, 15)));
    expect(shiftOf(r)).toEqual([["OIT", 2563, "titles"]]);
  });
});

describe("listByTitles: codes beyond the labelled year's list, without titles", () => {
  const upTo = (n: number) => C(1, n);

  test("three codes beyond 2568's 28 items: the nearest list that holds them all (2567)", () => {
    const r = run(codes("s", 2568, upTo(31)));
    expect(shiftOf(r)).toEqual([["OIT", 2567, "codes"]]);
    expect(r.diagnostics[0]).toMatchObject({
      id: "listFromCodes",
      params: { matched: 3, own: 28, rows: 31, assessment: 2567 },
    });
  });

  test("two beyond move nothing", () => {
    expect(run(codes("s", 2568, upTo(30))).shifts).toEqual([]);
  });

  test("codes beyond every list move nothing", () => {
    expect(run(codes("s", 2568, [1, 27, 28, 50])).shifts).toEqual([]);
  });

  test("of the lists that hold O40, the nearest year to 2569 (2566, not 2565)", () => {
    expect(shiftOf(run(codes("s", 2569, upTo(40))))).toEqual([["OIT", 2566, "codes"]]);
  });

  test("a year with no list of its own is never moved by its codes", () => {
    expect(run(codes("s", 2562, upTo(40))).shifts).toEqual([]);
  });

  test("only this sheet's codes of this year count", () => {
    const r = run([
      ...codes("s", 2568, [1, 2, 27]),
      ...codes("t", 2568, [28, 29]),
      ...codes("s", 2567, [30, 31]),
    ]);
    expect(r.shifts).toEqual([]);
  });
});
