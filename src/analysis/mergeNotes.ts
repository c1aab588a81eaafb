import type { Diagnostic } from "./types";

/** Notes said once per indicator that read better as one line per year: "ตัวชี้วัดที่ 1–8 ปี 2567 คำนวณจาก…". */
const PER_INDICATOR = new Set(["indicatorFromItems", "indicatorFromSubindicators"]);

/**
 * The per-indicator notes of one kind and year merged into one, naming the indicators as ranges ("1–8", "1, 3,
 * 5–6"), at the place of the first; every other diagnostic as it was, in order.
 */
export function mergeIndicatorNotes(diagnostics: Diagnostic[]): Diagnostic[] {
  const groups = new Map<string, number[]>();
  for (const d of diagnostics)
    if (PER_INDICATOR.has(d.id) && typeof d.params.indicator === "number") {
      const key = `${d.id}|${d.params.year}`;
      groups.set(key, [...(groups.get(key) ?? []), d.params.indicator]);
    }
  const said = new Set<string>();
  return diagnostics.flatMap((d) => {
    if (!PER_INDICATOR.has(d.id) || typeof d.params.indicator !== "number") return [d];
    const key = `${d.id}|${d.params.year}`;
    if (said.has(key)) return [];
    said.add(key);
    return [{ ...d, params: { ...d.params, indicator: ranges(groups.get(key)!) } }];
  });
}

/** 1, 2, 3, 5 → "1–3, 5". */
export function ranges(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return out.join(", ");
}
