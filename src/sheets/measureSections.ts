import type { Measure } from "../measures/buildMeasures";
import { describeItems } from "../measures/measureItem";
import type { SheetBuilder } from "./sheetBuilder";
import { TEXT } from "./styles";

const SECTION_URGENT = "ข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน";
const SECTION_IMPROVE = "ประเด็นที่ต้องพัฒนาให้ดีขึ้น";
/** Measures that keep a passing group's standard: never filed as a weakness to improve. */
const SECTION_KEEP = "ประเด็นที่ควรรักษามาตรฐานและยกระดับให้ดียิ่งขึ้น";
/** Printed in an urgent section with nothing in it: a sentence, never an empty table. */
export const NOTHING_URGENT = "จากผลการประเมินไม่พบข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน";

type SectionId = "urgent" | "improve" | "keep";

/** The section a measure is filed under: a measure that keeps a passing standard has its own. */
function sectionOf(m: Measure): SectionId {
  return m.purpose === "keep" ? "keep" : m.section;
}

/**
 * The sections of the official documents, urgent, improve, then keep: a heading each, then `render` for each entry
 * with its running number across them. An empty urgent section says so in one sentence; the others are left out
 * when empty.
 */
export function writeSections<T>(
  b: SheetBuilder,
  entries: T[],
  measureOf: (e: T) => Measure,
  columns: number,
  render: (e: T, index: number) => void,
): void {
  let index = 0;
  const sections: [string, SectionId][] = [
    [SECTION_URGENT, "urgent"],
    [SECTION_IMPROVE, "improve"],
    [SECTION_KEEP, "keep"],
  ];
  let number = 0;
  for (const [heading, section] of sections) {
    const list = entries.filter((e) => sectionOf(measureOf(e)) === section);
    if (list.length === 0 && section !== "urgent") continue;
    // Numbered as printed: "2." is the keep section when nothing is to improve.
    b.section(`${++number}. ${heading}`);
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
