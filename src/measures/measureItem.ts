import type { Instrument } from "../ita/types";

/** What a measure answers: an item of an ITA year, or an indicator with no item scores. Data, not text. */
export type MeasureItem =
  | { kind: "item"; year: number; instrument: Instrument; number: number; code: string }
  | { kind: "indicator"; year: number; number: number };

/**
 * "ข้อ I8, O12 (ITA 2566)" — the items a measure answers, with the ITA year their codes belong to (codes mean
 * nothing without their year); indicators as "ตัวชี้วัดที่ 5 (ITA 2566)".
 */
export function describeItems(items: MeasureItem[]): string {
  const years = [...new Set(items.map((i) => i.year))].sort((a, b) => a - b);
  return years
    .map((year) => {
      const codes = itemCodes(items.filter((i) => i.year === year));
      const inds = items.flatMap((i) => (i.year === year && i.kind === "indicator" ? [i.number] : []));
      const parts = [
        ...(codes.length ? [`ข้อ ${codes.join(", ")}`] : []),
        ...(inds.length ? [`ตัวชี้วัดที่ ${inds.join(", ")}`] : []),
      ];
      return `${parts.join(" และ ")} (ITA ${year})`;
    })
    .join("; ");
}

/** The item codes a measure answers (indicators left out). */
export function itemCodes(items: MeasureItem[]): string[] {
  return items.flatMap((i) => (i.kind === "item" ? [i.code] : []));
}
