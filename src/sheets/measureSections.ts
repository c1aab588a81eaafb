import type { Measure } from "../measures/buildMeasures";
import { describeItems } from "../measures/measureItem";
import type { SheetBuilder } from "./sheetBuilder";
import { TEXT } from "./styles";

export const SECTION_URGENT = "1. ข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน";
export const SECTION_IMPROVE = "2. ประเด็นที่ต้องพัฒนาให้ดีขึ้น";
/** Printed in an urgent section with nothing in it: a sentence, never an empty table. */
export const NOTHING_URGENT = "จากผลการประเมินไม่พบข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน";

/**
 * The two sections of the official documents, urgent then improve: a heading each, then `render` for each entry
 * with its running number across both. An empty urgent section says so in one sentence.
 */
export function writeSections<T>(
  b: SheetBuilder,
  entries: T[],
  measureOf: (e: T) => Measure,
  columns: number,
  render: (e: T, index: number) => void,
): void {
  let index = 0;
  for (const [heading, section] of [
    [SECTION_URGENT, "urgent"],
    [SECTION_IMPROVE, "improve"],
  ] as const) {
    const list = entries.filter((e) => measureOf(e).section === section);
    if (list.length === 0 && section === "improve") continue;
    b.section(heading);
    if (list.length === 0) b.row([{ value: NOTHING_URGENT, style: TEXT, span: columns }]);
    for (const e of list) render(e, ++index);
  }
}

/** "3. มาตรการ…\n(ข้อ I19, I20 (ITA 2566))" — a measure names every item it answers, with the items' ITA year. */
export function measureTitle(m: Measure, index: number): string {
  return m.items.length ? `${index}. ${m.title}\n(${describeItems(m.items)})` : `${index}. ${m.title}`;
}

export function numberedSteps(steps: string[]): string {
  return steps.map((s, i) => `${i + 1}) ${s}`).join("\n");
}
