import type { Measure } from "../measures/buildMeasures";
import type { SheetBuilder } from "./sheetBuilder";
import { TEXT } from "./styles";

export const SECTION_URGENT = "1. ข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน";
export const SECTION_IMPROVE = "2. ประเด็นที่ต้องพัฒนาให้ดีขึ้น";

/**
 * The two sections of the official documents, urgent then improve: a heading each, then `render` for each entry
 * with its running number across both, or "— ไม่มี —" for an empty section. `after` adds rows to a section's end.
 */
export function writeSections<T>(
  b: SheetBuilder,
  entries: T[],
  measureOf: (e: T) => Measure,
  columns: number,
  render: (e: T, index: number) => void,
  after?: (section: Measure["section"]) => void,
): void {
  let index = 0;
  for (const [heading, section] of [
    [SECTION_URGENT, "urgent"],
    [SECTION_IMPROVE, "improve"],
  ] as const) {
    b.section(heading);
    const list = entries.filter((e) => measureOf(e).section === section);
    if (list.length === 0)
      b.row([
        { value: "— ไม่มี —", style: TEXT },
        ...Array.from({ length: columns - 1 }, () => ({ value: null, style: TEXT })),
      ]);
    for (const e of list) render(e, ++index);
    after?.(section);
  }
}

/** "3. มาตรการ…\n(ข้อ I19, I20)" — a measure names every item it answers. */
export function measureTitle(m: Measure, index: number): string {
  const codes = m.items.filter((c) => !c.startsWith("ตัวชี้วัด"));
  const indicators = m.items.filter((c) => c.startsWith("ตัวชี้วัด"));
  const named = [...(codes.length ? [`ข้อ ${codes.join(", ")}`] : []), ...indicators].join("; ");
  return `${index}. ${m.title}\n(${named})`;
}

export function numberedSteps(steps: string[]): string {
  return steps.map((s, i) => `${i + 1}) ${s}`).join("\n");
}
