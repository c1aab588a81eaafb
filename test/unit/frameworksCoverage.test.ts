import { crosswalkBetween, FACTS, listIdFor } from "../../src/ita/catalog";
import type { Instrument } from "../../src/ita/types";
import derived from "../fixtures/catalog-derived.json";

/** Item numbers of a catalogue cell: "o24", "o31-o33", "o39,o40", "o1 (merged)", "o4?"; none for "?", "(o34 …)". */
function codes(cell: unknown): number[] {
  if (typeof cell !== "string") return [];
  const m = /^[oie](\d+)(?:\s*([-,])\s*[oie](\d+))?/.exec(cell.trim());
  if (!m) return [];
  const a = Number(m[1]);
  if (m[3] === undefined) return [a];
  const b = Number(m[3]);
  return m[2] === "-" ? Array.from({ length: b - a + 1 }, (_, k) => a + k) : [a, b];
}

/** The pairs a catalogue row implies between two years: element by element, or every old with every new. */
function impliedPairs(from: number[], to: number[]): [number, number][] {
  if (from.length === to.length) return from.map((f, k) => [f, to[k]!]);
  return from.flatMap((f) => to.map((t): [number, number] => [f, t]));
}

function missingPairs(
  instrument: Instrument,
  fromYear: number,
  toYear: number,
  expected: [number, number][],
) {
  const fromList = listIdFor(fromYear, instrument)!;
  const toList = listIdFor(toYear, instrument)!;
  if (fromList === toList) return [];
  const cw = crosswalkBetween(fromList, toList);
  const have = new Set((cw?.pairs ?? []).map(([f, t]) => `${f}>${t}`));
  return expected
    .filter(([f, t]) => !have.has(`${f}>${t}`))
    .map(([f, t]) => `${fromList} o${f} → ${toList} o${t}`);
}

describe("frameworks.json has every crosswalk pair the catalogue gives", () => {
  const years = ["2564", "2566", "2567", "2568", "2569"];

  test("OIT: every topic row, every pair of years (adjacent and across several years)", () => {
    const missing: string[] = [];
    for (const row of derived.oitTopicCrosswalk as Record<string, unknown>[]) {
      for (let i = 0; i < years.length; i++)
        for (let j = i + 1; j < years.length; j++) {
          const from = codes(row[years[i]!]);
          const to = codes(row[years[j]!]);
          if (from.length && to.length)
            missing.push(...missingPairs("OIT", Number(years[i]), Number(years[j]), impliedPairs(from, to)));
        }
    }
    expect(missing).toEqual([]);
  });

  test("IIT: the seed's explicit 2565 → 2566 pairs and the 2564 → 2567 topic pairs", () => {
    const pairs = (rows: { from: string; to: string }[]) =>
      rows.map((r): [number, number] => [
        codes(r.from.split(":").pop())[0]!,
        codes(r.to.split(":").pop())[0]!,
      ]);
    expect(missingPairs("IIT", 2565, 2566, pairs(derived.iit2565to2566))).toEqual([]);
    expect(missingPairs("IIT", 2564, 2567, pairs(derived.iit2564to2567))).toEqual([]);
  });

  test("the issue's named OIT 2565 → 2566 pairs are there", () => {
    const named: [number, number][] = [
      [26, 24],
      [9, 9],
      [16, 17],
      [21, 19],
      [27, 25],
      [40, 37],
    ];
    expect(missingPairs("OIT", 2565, 2566, named)).toEqual([]);
  });

  test("every crosswalk names its source and confidence, and maps each item to existing items", () => {
    for (const cw of FACTS.crosswalks) {
      expect(cw.source.length).toBeGreaterThan(10);
      expect(cw.confidence).toMatch(/high|medium|low/);
      const from = FACTS.lists[cw.from]!;
      const to = FACTS.lists[cw.to]!;
      for (const [f, t] of cw.pairs) {
        expect(from.items.some((it) => it.n === f)).toBe(true);
        expect(to.items.some((it) => it.n === t)).toBe(true);
      }
    }
  });
});

describe("frameworks.json has every item title the catalogue knows", () => {
  test("for each framework and instrument, no item the catalogue names is untitled here", () => {
    const gaps: string[] = [];
    for (const [year, byInst] of Object.entries(
      derived.knownTopics as Record<string, Record<string, number[]>>,
    ))
      for (const [inst, numbers] of Object.entries(byInst)) {
        const list = FACTS.lists[listIdFor(Number(year), inst as Instrument)!]!;
        for (const n of numbers)
          if (!list.items.find((it) => it.n === n)?.topic) gaps.push(`${year} ${inst} ${n}`);
      }
    expect(gaps).toEqual([]);
  });
});

describe("frameworks.json gives every item with a title its ประเด็น", () => {
  test("2567: the catalogue's ประเด็น for every IIT, EIT and OIT item", () => {
    const wrong: string[] = [];
    for (const [key, p] of Object.entries(derived.prakaden2567)) {
      const [inst, code] = key.split(":") as [Instrument, string];
      const n = codes(code)[0]!;
      const def = FACTS.lists[listIdFor(2567, inst)!]!.items.find((it) => it.n === n);
      if (def?.prakaden !== p) wrong.push(`${key}: ${def?.prakaden} ≠ ${p}`);
    }
    expect(wrong).toEqual([]);
  });

  test.each([2568, 2569])("%p: every OIT item whose title is known has a ประเด็น, marked inferred", (year) => {
    const list = FACTS.lists[listIdFor(year, "OIT")!]!;
    const gaps = list.items.filter(
      (it) => it.topic !== null && (it.prakaden == null || !it.prakadenInferred),
    );
    expect(gaps.map((it) => `o${it.n} ${it.topic}`)).toEqual([]);
  });

  test("the issue's items no longer land in ข้ออื่น ๆ: 2568 o16, o21; 2569 o8, o9, o15, o20, o25", () => {
    const p = (year: number, n: number) =>
      FACTS.lists[listIdFor(year, "OIT")!]!.items.find((it) => it.n === n)?.prakaden;
    expect([p(2568, 16), p(2568, 21)]).toEqual([6, 7]);
    expect([8, 9, 15, 20, 25].map((n) => p(2569, n))).toEqual([1, 2, 6, 7, 7]);
  });
});

describe("every item of a 2567+ list has a ประเด็น (none falls into ข้ออื่น ๆ)", () => {
  test.each([2567, 2568, 2569])("%p: IIT, EIT and OIT", (year) => {
    const gaps = (["IIT", "EIT", "OIT"] as Instrument[]).flatMap((inst) =>
      FACTS.lists[listIdFor(year, inst)!]!.items.filter((it) => it.prakaden == null).map(
        (it) => `${inst} ${it.n}`,
      ),
    );
    expect(gaps).toEqual([]);
  });

  test("an item whose ประเด็น is placed by position says so", () => {
    for (const year of [2568, 2569]) {
      const list = FACTS.lists[listIdFor(year, "OIT")!]!;
      for (const it of list.items.filter((i) => i.topic === null)) {
        expect(it.prakadenInferred).toBe(true);
        expect(it.prakadenSource).toMatch(/position.*\[INFER\]/);
      }
    }
  });
});
