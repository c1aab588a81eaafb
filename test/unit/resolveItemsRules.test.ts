import { resolveItems } from "../../src/analysis/resolveItems";
import { LAST_YEAR } from "../../src/ita/catalog";
import type { Diagnostic, ItemLabel, ItemObservation } from "../../src/analysis/types";

/** An observation of 2567 (IIT list C: 15 items, i1–i3 indicator 1, i10–i12 indicator 4) at row `row`. */
function obs(label: Partial<ItemLabel>, row: number, more: Partial<ItemObservation> = {}): ItemObservation {
  return {
    sheet: "ITA",
    cell: `C${row}`,
    labelCell: `A${row}`,
    year: 2567,
    score: 80,
    title: null,
    label: { instrument: "IIT", channel: null, number: 1, form: "explicit", raw: "I1", text: "", ...label },
    ...more,
  };
}

const said = (ds: Diagnostic[]) => ds.map((d) => [d.level, d.id, d.cell, d.params]);

/** A label as typed, long and with spaces around it: a diagnostic quotes it trimmed and cut short. */
const LONG = "  ข้อความยาวที่พิมพ์ไว้ในช่องรหัสข้อคำถามเกินกว่าสี่สิบตัวอักษรแน่นอน  ";

describe("resolveItems: numbers, repairs and refusals", () => {
  test("a bare number that cannot be right is repaired and said: beyond the list, or under another indicator", () => {
    const diagnostics: Diagnostic[] = [];
    const out = resolveItems(
      [
        obs({ number: 12, form: "number", raw: " 12 ", indicatorContext: 1 }, 2),
        obs({ number: 17, form: "number", raw: "17" }, 3),
        obs({ number: 12, form: "number", raw: "12", indicatorContext: 4 }, 4, { year: 2568 }),
        obs({ number: 11, form: "number", raw: "11" }, 5, { year: 2569 }),
        obs({ number: 10, form: "number", raw: "10" }, 6, { year: 2566 }),
        obs({ number: 7, form: "number", raw: "7", indicatorContext: 1 }, 7, { year: 2565 }),
      ],
      diagnostics,
    );
    expect(out.map((i) => [i.year, i.code, i.number])).toEqual([
      [2567, "I2", 2],
      [2567, "I7", 7],
      [2568, "I12", 12],
      [2569, "I11", 11],
      [2566, "I10", 10],
      [2565, "I7", 7],
    ]);
    expect(said(diagnostics)).toEqual([
      ["info", "ocrRepair", "A2", { raw: "12", code: "I2", indicator: 1, number: 12 }],
      ["info", "ocrRepair", "A3", { raw: "17", code: "I7", indicator: 3, number: 17 }],
    ]);
  });

  test("a code beyond the year's list is refused at its label, with the list's length", () => {
    const diagnostics: Diagnostic[] = [];
    const out = resolveItems(
      [obs({ number: 16, raw: "I16" }, 2), obs({ number: 21, form: "number", raw: "21" }, 3), obs({}, 4)],
      diagnostics,
    );
    expect(out.map((i) => i.code)).toEqual(["I1"]);
    expect(said(diagnostics)).toEqual([
      ["warning", "codeOutOfRange", "A2", { code: "I16", year: 2567, count: 15 }],
      ["warning", "codeOutOfRange", "A3", { code: "I21", year: 2567, count: 15 }],
    ]);
  });

  test("a label with no instrument, or a Thai zero, is said once per cell however many years it holds", () => {
    const diagnostics: Diagnostic[] = [];
    const noInst = { instrument: null, raw: LONG };
    const zero = { number: 9, form: "thai-zero" as const, raw: ` o๐9${LONG}` };
    const out = resolveItems(
      [
        obs(noInst, 2),
        obs(noInst, 2, { year: 2568, cell: "D2" }),
        obs({ ...zero, instrument: "OIT" }, 3),
        obs({ ...zero, instrument: "OIT" }, 3, { year: 2568, cell: "D3" }),
      ],
      diagnostics,
    );
    expect(out.map((i) => [i.year, i.code])).toEqual([
      [2567, "O9"],
      [2568, "O9"],
    ]);
    expect(said(diagnostics)).toEqual([
      ["warning", "noInstrument", "A2", { raw: LONG.trim().slice(0, 40) }],
      ["info", "thaiZero", "A3", { raw: ` o๐9${LONG}`.trim().slice(0, 20), code: "O9" }],
    ]);
  });

  test("the second score of a code in one year is refused at its score cell, naming the first", () => {
    const diagnostics: Diagnostic[] = [];
    const out = resolveItems(
      [obs({}, 2, { score: 80 }), obs({}, 9, { sheet: "อื่น", score: 70 }), obs({}, 3, { year: 2568 })],
      diagnostics,
    );
    expect(out.map((i) => [i.year, i.score])).toEqual([
      [2567, 80],
      [2568, 80],
    ]);
    expect(said(diagnostics)).toEqual([
      ["warning", "duplicateItem", "C9", { code: "I1", year: 2567, first: "ITA!C2" }],
    ]);
  });

  test("an item keeps its channel only in EIT, its list, definition, title and a score of 2 decimals", () => {
    const [eit, iit] = resolveItems(
      [
        obs({ instrument: "EIT", channel: "ES", number: 4, text: "ขั้นตอน" }, 2, {
          score: 85.555,
          title: "ขั้นตอน",
        }),
        obs({ channel: "EP" }, 3, { score: 84.994 }),
      ],
      [],
    );
    expect(eit).toMatchObject({
      code: "ES4",
      channel: "ES",
      listId: "EIT-C",
      score: 85.56,
      text: "ขั้นตอน",
      title: "ขั้นตอน",
      sheet: "ITA",
      cell: "C2",
      labelCell: "A2",
    });
    expect(eit!.def?.indicator).toBe(7);
    expect(iit).toMatchObject({ code: "I1", channel: null, listId: "IIT-C", score: 84.99 });
  });

  test("repairs only where the number cannot be right: at the list's end, under its own indicator, and 1x → x ≥ 1", () => {
    const diagnostics: Diagnostic[] = [];
    const out = resolveItems(
      [
        obs({ number: 15, form: "number", raw: "15" }, 2),
        obs({ number: 14, form: "number", raw: "14", indicatorContext: 1 }, 3),
        obs({ number: 12, form: "number", raw: "12", indicatorContext: 9, instrument: "OIT" }, 4, {
          year: 2568,
        }),
        obs({ number: 11, form: "number", raw: `11${LONG}`, instrument: "EIT" }, 5),
        obs({ number: 10, form: "number", raw: "10", instrument: "EIT" }, 6),
      ],
      diagnostics,
    );
    expect(out.map((i) => i.code)).toEqual(["I15", "I14", "O12", "E1"]);
    expect(said(diagnostics)).toEqual([
      ["info", "ocrRepair", "A5", { raw: `11${LONG}`.slice(0, 40), code: "E1", indicator: 6, number: 11 }],
      ["warning", "codeOutOfRange", "A6", { code: "E10", year: 2567, count: 9 }],
    ]);
  });

  test("a year after the catalogue's last, or before its first, is a warning", () => {
    const diagnostics: Diagnostic[] = [];
    resolveItems([obs({}, 2, { year: LAST_YEAR + 1 }), obs({}, 3, { year: 2500 })], diagnostics);
    expect(said(diagnostics)).toEqual([
      ["warning", "laterYear", "A2", { year: LAST_YEAR + 1, used: LAST_YEAR }],
      ["warning", "unknownYear", "A3", { year: 2500 }],
    ]);
  });
});
