import type { ItemResult } from "../analysis/analyse";
import { FACTS, indicatorName, prakadenName, yearFacts } from "../ita/catalog";

/** A section of the documents: an indicator (2563–2566) or a ประเด็น (2567+). */
export interface Group {
  kind: "indicator" | "prakaden" | "other";
  number: number;
  label: string;
}

export function groupingOf(year: number): "indicator" | "prakaden" {
  return yearFacts(year)?.grouping ?? "indicator";
}

/** Indicator `n` as a group, named as `year`'s documents print it (indicator 8 is renamed in 2568). */
export function indicatorGroup(n: number, year?: number): Group {
  return { kind: "indicator", number: n, label: `ตัวชี้วัดที่ ${n} ${indicatorName(n, year) ?? ""}`.trim() };
}

export function prakadenGroup(n: number): Group {
  return { kind: "prakaden", number: n, label: `ประเด็นที่ ${n} ${prakadenName(n) ?? ""}`.trim() };
}

const OTHER: Group = { kind: "other", number: 99, label: "ข้ออื่น ๆ (ไม่ทราบประเด็นในกรอบการประเมินปีนี้)" };

/** The group an item belongs to in the documents of its year. */
export function groupOfItem(item: ItemResult, year: number): Group {
  if (groupingOf(year) === "prakaden") {
    if (item.prakaden) return prakadenGroup(item.prakaden);
    return item.indicator ? indicatorGroup(item.indicator, year) : OTHER;
  }
  return item.indicator ? indicatorGroup(item.indicator, year) : OTHER;
}

/** Every group of a year's documents, in order. */
export function allGroups(year: number): Group[] {
  return groupingOf(year) === "prakaden"
    ? FACTS.prakaden.map((p) => prakadenGroup(p.number))
    : FACTS.indicators.map((i) => indicatorGroup(i.number, year));
}

export function groupKey(g: Group): string {
  return `${g.kind === "indicator" ? "I" : g.kind === "prakaden" ? "P" : "X"}${g.number}`;
}

/** The group of a key ("I3", "P2", "X99"), as measure ids carry it, named as `year`'s documents print it. */
export function groupFromKey(key: string, year?: number): Group | null {
  const m = /^([IPX])(\d+)$/.exec(key);
  if (!m) return null;
  const n = Number(m[2]);
  return m[1] === "I" ? indicatorGroup(n, year) : m[1] === "P" ? prakadenGroup(n) : OTHER;
}

const RANK: Record<Group["kind"], number> = { prakaden: 0, indicator: 1, other: 2 };

/** Document order: ประเด็น, then indicators (or indicators alone before 2567), then the rest. */
export function compareGroups(a: Group, b: Group): number {
  return RANK[a.kind] - RANK[b.kind] || a.number - b.number;
}
