import { relabelDuplicatesByTitle } from "../../src/analysis/duplicateByTitle";
import type { Diagnostic, ItemObservation } from "../../src/analysis/types";
import type { Channel, Instrument } from "../../src/ita/types";

const STATS = "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"; // OIT 2567 o24
const PARTICIPATION = "การเปิดโอกาสให้เกิดการมีส่วนร่วม"; // OIT 2567 o25

function obs(
  row: number,
  number: number,
  title: string | null,
  more: {
    instrument?: Instrument;
    channel?: Channel | null;
    form?: "explicit" | "number";
    year?: number;
  } = {},
): ItemObservation {
  const raw = `o${number} ${title ?? ""}`;
  return {
    sheet: "s",
    cell: `B${row}`,
    labelCell: `A${row}`,
    year: more.year ?? 2567,
    score: 100,
    title,
    label: {
      instrument: more.instrument ?? "OIT",
      channel: more.channel ?? null,
      number,
      form: more.form ?? "explicit",
      raw,
      text: raw,
    },
  };
}

const numbers = (o: ItemObservation[]) => o.map((x) => x.label.number);

describe("a code printed twice whose title names a missing item (seed 003's second o๒๔)", () => {
  test("the row whose title is another item's is read as that item, with a warning at its cell", () => {
    const d: Diagnostic[] = [];
    const out = relabelDuplicatesByTitle([obs(2, 24, STATS), obs(3, 24, PARTICIPATION)], d);
    expect(numbers(out)).toEqual([24, 25]);
    expect(d).toEqual([
      {
        level: "warning",
        sheet: "s",
        cell: "A3",
        id: "codeFromTitle",
        params: {
          raw: `o24 ${PARTICIPATION}`.slice(0, 20),
          code: "O25",
          printed: "O24",
          title: PARTICIPATION,
        },
      },
    ]);
  });

  test("two rows titled as two missing items are each moved and each said, the typed code trimmed", () => {
    const d: Diagnostic[] = [];
    const nogift = "ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่"; // o26
    const third = { ...obs(4, 24, nogift), label: { ...obs(4, 24, nogift).label, raw: `   o24 ${nogift}` } };
    const out = relabelDuplicatesByTitle([obs(2, 24, STATS), obs(3, 24, PARTICIPATION), third], d);
    expect(numbers(out)).toEqual([24, 25, 26]);
    expect(d.map((x) => [x.cell, x.params.code, x.params.raw])).toEqual([
      ["A3", "O25", `o24 ${PARTICIPATION}`.slice(0, 20)],
      ["A4", "O26", `o24 ${nogift}`.slice(0, 20)],
    ]);
  });

  test("a bare number neither counts as a duplicate nor is moved", () => {
    const d: Diagnostic[] = [];
    const bare = obs(2, 24, STATS, { form: "number" });
    expect(numbers(relabelDuplicatesByTitle([bare, obs(3, 24, PARTICIPATION)], d))).toEqual([24, 24]);
    const twice = [obs(2, 24, STATS), obs(3, 24, STATS), obs(4, 24, PARTICIPATION, { form: "number" })];
    expect(numbers(relabelDuplicatesByTitle(twice, d))).toEqual([24, 24, 24]);
    expect(d).toEqual([]);
  });

  test("a label read for two score cells is said once", () => {
    const d: Diagnostic[] = [];
    const twice = [
      obs(2, 24, STATS),
      obs(3, 24, PARTICIPATION),
      { ...obs(3, 24, PARTICIPATION), cell: "C3" },
    ];
    expect(numbers(relabelDuplicatesByTitle(twice, d))).toEqual([24, 25, 25]);
    expect(d.map((x) => x.cell)).toEqual(["A3"]);
  });

  test("nothing moves when the code is printed once, the named item is present, or the title is its own", () => {
    const d: Diagnostic[] = [];
    expect(numbers(relabelDuplicatesByTitle([obs(2, 24, PARTICIPATION)], d))).toEqual([24]);
    const present = [obs(2, 24, STATS), obs(3, 24, PARTICIPATION), obs(4, 25, PARTICIPATION)];
    expect(numbers(relabelDuplicatesByTitle(present, d))).toEqual([24, 24, 25]);
    expect(numbers(relabelDuplicatesByTitle([obs(2, 24, STATS), obs(3, 24, STATS)], d))).toEqual([24, 24]);
    expect(numbers(relabelDuplicatesByTitle([obs(2, 24, STATS), obs(3, 24, "ชื่ออื่นที่ไม่มีในรายการ")], d))).toEqual(
      [24, 24],
    );
    expect(numbers(relabelDuplicatesByTitle([obs(2, 24, STATS), obs(3, 24, null)], d))).toEqual([24, 24]);
    expect(d).toEqual([]);
  });

  test("a code whose own topic the catalogue does not know is never moved: nothing says its title is wrong", () => {
    // 2566 I3 has no known topic; the second row's title is I7's.
    const d: Diagnostic[] = [];
    const budget = "ท่านทราบข้อมูลเกี่ยวกับงบประมาณของหน่วยงานหรือของส่วนงานที่ท่านปฏิบัติหน้าที่ มากน้อยเพียงใด";
    const iit = { year: 2566, instrument: "IIT" as const };
    const out = relabelDuplicatesByTitle([obs(2, 3, null, iit), obs(3, 3, budget, iit)], d);
    expect(numbers(out)).toEqual([3, 3]);
    expect(d).toEqual([]);
  });

  test("bare numbers, other years, other channels and unknown years are not duplicates of each other", () => {
    const d: Diagnostic[] = [];
    const bare = [obs(2, 24, STATS, { form: "number" }), obs(3, 24, PARTICIPATION, { form: "number" })];
    expect(numbers(relabelDuplicatesByTitle(bare, d))).toEqual([24, 24]);
    const years = [obs(2, 24, STATS), obs(3, 24, PARTICIPATION, { year: 2566 })];
    expect(numbers(relabelDuplicatesByTitle(years, d))).toEqual([24, 24]);
    const eit = (row: number, channel: Channel) =>
      obs(row, 1, "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านและผู้อื่นอย่างเท่าเทียมกัน", { instrument: "EIT", channel });
    expect(numbers(relabelDuplicatesByTitle([eit(2, "EP"), eit(3, "ES")], d))).toEqual([1, 1]);
    const unknownYear = [obs(2, 24, STATS, { year: 2500 }), obs(3, 24, PARTICIPATION, { year: 2500 })];
    expect(numbers(relabelDuplicatesByTitle(unknownYear, d))).toEqual([24, 24]);
    expect(d).toEqual([]);
  });

  test("the same EIT code twice in one channel: the row titled as E2 becomes E2", () => {
    const d: Diagnostic[] = [];
    const e1 = "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่าน เป็นไปตามขั้นตอนและระยะเวลา";
    const e2 = "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านและผู้อื่นอย่างเท่าเทียมกัน";
    const out = relabelDuplicatesByTitle(
      [
        obs(2, 1, e1, { instrument: "EIT", channel: "ES" }),
        obs(3, 1, e2, { instrument: "EIT", channel: "ES" }),
      ],
      d,
    );
    expect(numbers(out)).toEqual([1, 2]);
    expect(d.map((x) => [x.cell, x.params.code, x.params.printed])).toEqual([["A3", "ES2", "ES1"]]);
  });
});
