import { PreviousItemFinder } from "../../src/analysis/previousItem";
import type { ResolvedItem } from "../../src/analysis/resolveItems";
import type { Diagnostic } from "../../src/analysis/types";
import type { Channel, Instrument } from "../../src/ita/types";

/** A resolved item of a shared item list (same listId every year), so no crosswalk is involved. */
const item = (year: number, instrument: Instrument, number: number, channel: Channel | null, cell: string) =>
  ({
    year,
    instrument,
    channel,
    number,
    code: `${instrument}${number}`,
    listId: `${instrument}-shared`,
    def: undefined,
    score: 80,
    sheet: "ITA",
    cell,
    labelCell: cell,
    text: "",
    title: null,
  }) satisfies ResolvedItem;

describe("PreviousItemFinder: years and channels", () => {
  test("the previous year is the latest earlier year with items of that instrument", () => {
    const f = new PreviousItemFinder(
      [item(2565, "IIT", 1, null, "A1"), item(2566, "OIT", 1, null, "A2"), item(2567, "IIT", 1, null, "A3")],
      [],
    );
    expect(f.previousYear(2567, "IIT")).toBe(2565);
    expect(f.previousYear(2567, "OIT")).toBe(2566);
    expect(f.previousYear(2565, "IIT")).toBeNull();
  });

  test("the same channel wins; two other channels are ambiguous and said; a lone one is taken", () => {
    const earlier = [item(2566, "EIT", 1, "EP", "B1"), item(2566, "EIT", 1, "ES", "B2")];
    const diagnostics: Diagnostic[] = [];
    const f = new PreviousItemFinder([...earlier, item(2567, "EIT", 1, "ES", "C1")], diagnostics);
    expect(f.find(item(2567, "EIT", 1, "ES", "C1"))?.item.cell).toBe("B2");
    expect(f.find(item(2567, "EIT", 1, null, "C2"))).toBeNull();
    expect(diagnostics.map((d) => [d.id, d.cell, d.params])).toEqual([
      ["ambiguousChannel", "C2", { code: "E1" }],
    ]);
    const single = new PreviousItemFinder([earlier[0]!], []);
    expect(single.find(item(2567, "EIT", 1, null, "C3"))).toEqual({ item: earlier[0], viaCrosswalk: false });
  });
});
