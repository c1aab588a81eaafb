import { FACTS, crosswalkBetween, itemDef, listIdFor } from "../../src/ita/catalog";
import { itemRecommendation } from "../../src/ita/recommendations";
import { documentOitItem } from "../../src/ita/documentItems";
import { INSTRUMENTS, type Instrument } from "../../src/ita/types";

const years = Object.keys(FACTS.years).map(Number).sort();

/** Every item of every year's lists, once per year. */
const everyItem = years.flatMap((year) =>
  INSTRUMENTS.flatMap((inst) => {
    const id = listIdFor(year, inst)!;
    return FACTS.lists[id]!.items.map((it) => ({ year, inst, id, it }));
  }),
);

describe("every item of every list is titled, placed and has its own recommendation", () => {
  test("a title, or the reason its wording is not known", () => {
    const gaps = everyItem
      .filter(({ it }) => !it.topic && !it.topicUnknown)
      .map(({ id, it }) => `${id} ${it.n}`);
    expect([...new Set(gaps)]).toEqual([]);
  });

  test("an item with no title is only one whose wording no public source gives (never an OIT item from 2567)", () => {
    const untitled = everyItem.filter(({ it, inst, year }) => !it.topic && inst === "OIT" && year >= 2567);
    expect(untitled).toEqual([]);
  });

  test("a ประเด็น for every item of a year grouped by ประเด็น", () => {
    const gaps = everyItem
      .filter(({ year, it }) => FACTS.years[String(year)]!.grouping === "prakaden" && !it.prakaden)
      .map(({ year, inst, it }) => `${year} ${inst} ${it.n}`);
    expect(gaps).toEqual([]);
  });

  test("a recommendation of its own for every titled item (an untitled one takes its indicator's)", () => {
    const generic = everyItem
      .filter(({ it }) => it.topic)
      .filter(({ year, inst, it }) => itemRecommendation(year, inst, it.n).key.startsWith("indicator-"))
      .map(({ year, inst, it }) => `${year} ${inst} ${it.n}`);
    expect(generic).toEqual([]);
  });

  test("the check above can fail: an untitled item takes its indicator's recommendation", () => {
    expect(itemDef(2567, "EIT", 3)?.topic).toBeNull();
    expect(itemRecommendation(2567, "EIT", 3).key).not.toBe(itemRecommendation(2567, "EIT", 2).key);
  });
});

describe("two adjacent years with different lists have a crosswalk that accounts for every item", () => {
  const adjacent = years
    .slice(1)
    .flatMap((year) =>
      INSTRUMENTS.map((inst): [Instrument, number, string, string] => [
        inst,
        year,
        listIdFor(year - 1, inst)!,
        listIdFor(year, inst)!,
      ]).filter(([, , a, b]) => a !== b),
    );

  test("there are such pairs of years to check", () => {
    expect(adjacent.length).toBeGreaterThanOrEqual(7);
  });

  test.each(adjacent)("%s %i: %s → %s", (_inst, _year, from, to) => {
    const cw = crosswalkBetween(from, to);
    expect(cw).toBeDefined();
    const later = new Set([...cw!.pairs.map(([, t]) => t), ...cw!.added.map((a) => a.n)]);
    const earlier = new Set([...cw!.pairs.map(([f]) => f), ...cw!.dropped.map((d) => d.n)]);
    expect(FACTS.lists[to]!.items.filter((it) => !later.has(it.n)).map((it) => it.n)).toEqual([]);
    expect(FACTS.lists[from]!.items.filter((it) => !earlier.has(it.n)).map((it) => it.n)).toEqual([]);
  });
});

describe("this year's facts (ITA 2568 and 2569, issue 21)", () => {
  const oit = (year: number, n: number) => itemDef(year, "OIT", n)?.topic;

  test("OIT 2568 has 28 items; o27 and o28 are the measures and the results report", () => {
    expect(FACTS.lists[listIdFor(2568, "OIT")!]!.items).toHaveLength(28);
    expect(oit(2568, 27)).toBe("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
    expect(oit(2568, 28)).toBe("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
    expect([5, 6, 7].map((n) => oit(2568, n))).toEqual([
      "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน",
      "แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี",
      "รายงานผลการดำเนินงานประจำปี",
    ]);
  });

  test("OIT 2569: o25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร, o26 the report; o2, o5–o7 titled", () => {
    expect(FACTS.lists[listIdFor(2569, "OIT")!]!.items).toHaveLength(26);
    expect(oit(2569, 25)).toBe("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร");
    expect(oit(2569, 26)).toMatch(/^รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน/);
    expect([2, 5, 6, 7].map((n) => oit(2569, n))).toEqual([2, 5, 6, 7].map((n) => oit(2568, n)));
  });

  test("the crosswalk 2568 → 2569 as the headings show: 10, 11 → 10; 21, 22 → 20; 27 → 25; 28 → 26", () => {
    const cw = crosswalkBetween(listIdFor(2568, "OIT")!, listIdFor(2569, "OIT")!)!;
    const to = (n: number) => cw.pairs.filter(([f]) => f === n).map(([, t]) => t);
    expect([10, 11, 21, 22, 27, 28].map(to)).toEqual([[10], [10], [20], [20], [25], [26]]);
    expect([12, 20, 23].map(to)).toEqual([[11], [19], [21]]);
  });

  test("the documents cite the item they answer: 2568 o27/o28, 2569 o25 (by its title) and o26", () => {
    expect(documentOitItem(2568, "measures")).toEqual({ code: "o27", title: oit(2568, 27) });
    expect(documentOitItem(2568, "measures-report")).toEqual({ code: "o28", title: oit(2568, 28) });
    expect(documentOitItem(2569, "measures")).toEqual({
      code: "o25",
      title: "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
    });
    expect(documentOitItem(2569, "measures-report")?.code).toBe("o26");
  });

  test("the 2567 → 2568 pairs that were missing: 7 → 5, 8 → 6, 9 → 7, 34 → 27, 35 → 28", () => {
    const cw = crosswalkBetween(listIdFor(2567, "OIT")!, listIdFor(2568, "OIT")!)!;
    for (const p of [
      [7, 5],
      [8, 6],
      [9, 7],
      [34, 27],
      [35, 28],
    ])
      expect(cw.pairs).toContainEqual(p);
  });

  test("2565 and 2566 weights are said to be assumed, not confirmed", () => {
    expect(FACTS.years["2565"]!.weightsConfirmed).toBe(false);
    expect(FACTS.years["2566"]!.weightsConfirmed).toBe(false);
    expect(FACTS.years["2564"]!.weightsConfirmed).toBe(true);
  });
});
