import type { Analysis, ItemResult } from "../analysis/analyse";
import {
  fillYears,
  indicatorRecommendation,
  itemRecommendation,
  type Recommendation,
} from "../ita/recommendations";
import {
  type Group,
  compareGroups,
  groupKey,
  groupOfItem,
  groupsWithoutWeakItems,
  indicatorGroup,
} from "./groups";

export interface Measure {
  /** Stable across runs: the group and the recommendation it comes from (officer edits are matched by it). */
  id: string;
  group: Group;
  section: "urgent" | "improve";
  /** The weak items it answers (codes), or the weak indicator ("ตัวชี้วัดที่ 5") when no item is known. */
  items: string[];
  title: string;
  steps: string[];
  owner: string;
  period: string;
  monitoring: string;
  recommendation: string;
  oitRefs: string[];
}

export interface MeasurePlan {
  /** The assessment year the measures answer. */
  assessmentYear: number;
  /** The fiscal year of the measures (the year after the assessment). */
  fiscalYear: number;
  measures: Measure[];
  /** Groups with data and no weak item: "ควรรักษามาตรฐานไว้". */
  keep: Group[];
}

/**
 * The measures for the weak items of the analysed year: one per recommendation and group, naming every item
 * it answers; urgent when any of its items is urgent. Weak indicators with no item scores get an indicator
 * measure.
 */
export function buildMeasures(a: Analysis, fiscalYearOverride?: number): MeasurePlan | null {
  const year = a.latestYear;
  if (year === null) return null;
  const fiscalYear = fiscalYearOverride ?? year + 1;
  const byId = new Map<string, Measure>();
  const weakGroups = new Set<string>();
  const weak = a.items.filter((i) => i.flagged);
  for (const it of weak) {
    const rec = itemRecommendation(year, it.instrument, it.number);
    const group = groupOfItem(it, year);
    add(byId, group, rec, [it], fiscalYear);
    weakGroups.add(groupKey(group));
  }
  for (const ind of a.indicators.filter((i) => i.flagged)) {
    const covered = a.items.some((it) => it.indicator === ind.number);
    if (covered) continue;
    const group = indicatorGroup(ind.number);
    add(
      byId,
      group,
      indicatorRecommendation(ind.number, year),
      [],
      fiscalYear,
      `ตัวชี้วัดที่ ${ind.number}`,
      ind.class === "urgent",
    );
    weakGroups.add(groupKey(group));
  }
  const measures = [...byId.values()].sort((x, y) =>
    x.section === y.section ? compareGroups(x.group, y.group) : x.section === "urgent" ? -1 : 1,
  );
  return {
    assessmentYear: year,
    fiscalYear,
    measures,
    keep: groupsWithoutWeakItems(year, a.items, a.indicators, weakGroups),
  };
}

function add(
  byId: Map<string, Measure>,
  group: Group,
  rec: Recommendation,
  items: ItemResult[],
  fiscalYear: number,
  label?: string,
  urgent = false,
): void {
  const id = `${groupKey(group)}.${rec.key}`;
  const codes = label ? [label] : items.map((i) => i.code);
  const isUrgent = urgent || items.some((i) => i.class === "urgent");
  const existing = byId.get(id);
  if (existing) {
    existing.items.push(...codes);
    if (isUrgent) existing.section = "urgent";
    return;
  }
  byId.set(id, {
    id,
    group,
    section: isUrgent ? "urgent" : "improve",
    items: codes,
    title: rec.measure,
    steps: rec.steps.map((s) => fillYears(s, fiscalYear)),
    owner: fillYears(rec.owner, fiscalYear),
    period: fillYears(rec.period, fiscalYear),
    monitoring: fillYears(rec.monitoring, fiscalYear),
    recommendation: rec.text,
    oitRefs: rec.oitRefs,
  });
}
