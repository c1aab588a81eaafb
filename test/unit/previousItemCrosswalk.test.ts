import { PreviousItemFinder } from "../../src/analysis/previousItem";
import type { ResolvedItem } from "../../src/analysis/resolveItems";
import type { Diagnostic } from "../../src/analysis/types";
import { crosswalkBetween, listIdFor } from "../../src/ita/catalog";
import type { Channel, Instrument } from "../../src/ita/types";

/** A resolved item with the catalogue's list of its year (or `listId` given), score and title as typed. */
function item(
  year: number,
  instrument: Instrument,
  number: number,
  cell: string,
  more: Partial<ResolvedItem> = {},
): ResolvedItem {
  const channel: Channel | null = more.channel ?? null;
  return {
    year,
    instrument,
    channel,
    number,
    code: `${instrument[0]}${channel ?? ""}${number}`,
    listId: listIdFor(year, instrument) ?? null,
    def: undefined,
    score: 70 + number,
    sheet: `ITA ${year}`,
    cell,
    labelCell: cell,
    text: "",
    title: null,
    ...more,
  };
}

const ids = (ds: Diagnostic[]) => ds.map((d) => [d.id, d.cell, d.params]);

describe("PreviousItemFinder across item lists", () => {
  const oitBC = crosswalkBetween("OIT-B", "OIT-C")!;

  test("OIT 2567 o4 is 2566 o5 and o7 is o4 through the crosswalk, said once per pair of years", () => {
    const diagnostics: Diagnostic[] = [];
    const earlier = [item(2566, "OIT", 4, "B4"), item(2566, "OIT", 5, "B5")];
    const f = new PreviousItemFinder([...earlier, item(2567, "OIT", 4, "C4")], diagnostics);
    expect(f.find(item(2567, "OIT", 4, "C4"))).toEqual({ item: earlier[1], viaCrosswalk: true });
    expect(f.find(item(2567, "OIT", 7, "C7"))).toEqual({ item: earlier[0], viaCrosswalk: true });
    expect(ids(diagnostics)).toEqual([
      [
        "crosswalkUsed",
        null,
        // The catalogue's source and confidence are English notes: not in what the officer reads.
        { instrument: "OIT", from: 2566, to: 2567 },
      ],
    ]);
  });

  test("each instrument and each pair of years has its own note", () => {
    const diagnostics: Diagnostic[] = [];
    const all = [
      item(2565, "OIT", 1, "A1"),
      item(2566, "OIT", 1, "B1"),
      item(2567, "OIT", 1, "C1"),
      item(2566, "IIT", 2, "B2"),
      item(2567, "IIT", 2, "C2"),
    ];
    const f = new PreviousItemFinder(all, diagnostics);
    for (const it of all) f.find(it);
    expect(diagnostics.map((d) => [d.id, d.params.instrument, d.params.from, d.params.to])).toEqual([
      ["crosswalkUsed", "OIT", 2565, 2566],
      ["crosswalkUsed", "OIT", 2566, 2567],
      ["crosswalkUsed", "IIT", 2566, 2567],
    ]);
  });

  test("the same list every year needs no crosswalk and says nothing", () => {
    const diagnostics: Diagnostic[] = [];
    const prev = item(2567, "IIT", 3, "B3");
    const f = new PreviousItemFinder([prev, item(2568, "IIT", 3, "C3")], diagnostics);
    expect(f.find(item(2568, "IIT", 3, "C3"))).toEqual({ item: prev, viaCrosswalk: false });
    expect(f.find(item(2568, "IIT", 4, "C4"))).toBeNull();
    expect(diagnostics).toEqual([]);
  });

  test("an item the crosswalk does not pair is compared by its typed title, once, and said", () => {
    expect(oitBC.pairs.some(([, to]) => to === 29)).toBe(false);
    const diagnostics: Diagnostic[] = [];
    const title = "การเปิดโอกาสให้เกิดการมีส่วนร่วม";
    const prev = item(2566, "OIT", 31, "B31", { title });
    const others = [item(2566, "OIT", 32, "B32", { title: "อื่น ๆ" }), item(2566, "IIT", 9, "B9", { title })];
    const f = new PreviousItemFinder([prev, ...others], diagnostics);
    const now = item(2567, "OIT", 29, "C29", { title: `${title} ` });
    expect(f.find(now)).toEqual({ item: prev, viaCrosswalk: true });
    expect(ids(diagnostics).slice(1)).toEqual([
      ["comparedByTitle", "C29", { code: "O29", year: 2567, previous: "O31", previousYear: 2566 }],
    ]);
    expect(f.find({ ...now, title: null })).toBeNull();
    expect(f.find({ ...now, title: "ไม่มีหัวข้อนี้ในปีก่อน" })).toBeNull();
    expect(diagnostics.filter((d) => d.id === "comparedByTitle")).toHaveLength(1);
  });

  test("two earlier items of the same title are not a match; another channel's title is not either", () => {
    const title = "การรับฟังความคิดเห็น";
    const f = new PreviousItemFinder(
      [item(2566, "OIT", 30, "B30", { title }), item(2566, "OIT", 31, "B31", { title })],
      [],
    );
    expect(f.find(item(2567, "OIT", 29, "C29", { title }))).toBeNull();
    const eit = new PreviousItemFinder([item(2566, "EIT", 9, "B9", { channel: "EP", title })], []);
    expect(eit.find(item(2567, "EIT", 99, "C9", { channel: "ES", title }))).toBeNull();
    expect(eit.find(item(2567, "EIT", 99, "C9", { channel: "EP", title }))?.item.cell).toBe("B9");
  });

  test("lists with no crosswalk between them: said once with empty source, then titles only", () => {
    const diagnostics: Diagnostic[] = [];
    const prev = item(2566, "OIT", 3, "B3", { listId: "OIT-old", title: "แผนปฏิบัติการ" });
    const f = new PreviousItemFinder([prev], diagnostics);
    expect(f.find(item(2567, "OIT", 3, "C3", { listId: "OIT-new" }))).toBeNull();
    expect(f.find(item(2567, "OIT", 5, "C5", { listId: null, title: "แผนปฏิบัติการ" }))?.item).toBe(prev);
    expect(diagnostics.filter((d) => d.id === "noCrosswalk")).toEqual([
      {
        level: "info",
        sheet: null,
        cell: null,
        id: "noCrosswalk",
        params: { instrument: "OIT", from: 2566, to: 2567 },
      },
    ]);
  });

  test("the previous year is the latest earlier one, not the oldest, and never the same year", () => {
    const f = new PreviousItemFinder(
      [item(2566, "IIT", 2, "A2"), item(2567, "IIT", 2, "B2"), item(2568, "IIT", 2, "C2")],
      [],
    );
    expect(f.find(item(2568, "IIT", 2, "C2"))?.item.cell).toBe("B2");
    expect(f.find(item(2567, "IIT", 2, "B2"))?.item.cell).toBe("A2");
    expect(f.find(item(2566, "IIT", 2, "A2"))).toBeNull();
    // IIT 2566 i1 has no 2567 counterpart in the crosswalk: no comparison, rather than the same number.
    expect(f.find(item(2567, "IIT", 1, "B1"))).toBeNull();
  });

  test("channels: the plain code answers a channel's item; another channel alone answers nothing, silently", () => {
    const plain = item(2567, "EIT", 4, "B4");
    const ep = item(2567, "EIT", 4, "B5", { channel: "EP" });
    const diagnostics: Diagnostic[] = [];
    const now = item(2568, "EIT", 4, "C4", { channel: "ES" });
    expect(new PreviousItemFinder([plain, ep], diagnostics).find(now)).toEqual({
      item: plain,
      viaCrosswalk: false,
    });
    expect(new PreviousItemFinder([ep], diagnostics).find(now)).toBeNull();
    expect(diagnostics).toEqual([]);
    new PreviousItemFinder([ep, item(2567, "EIT", 4, "B6", { channel: "ES" })], diagnostics).find({
      ...now,
      channel: null,
    });
    expect(diagnostics.map((d) => [d.level, d.id, d.cell])).toEqual([["info", "ambiguousChannel", "C4"]]);
  });
});
