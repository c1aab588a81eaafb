import type { Analysis, IndicatorResult, ItemResult } from "../analysis/analyse";
import { prakadenOfIndicator } from "../ita/catalog";
import {
  type Recommendation,
  fillYears,
  indicatorRecommendation,
  itemRecommendation,
  keepRecommendation,
} from "../ita/recommendations";
import {
  type Group,
  allGroups,
  compareGroups,
  groupKey,
  groupOfItem,
  groupingOf,
  indicatorGroup,
} from "./groups";
import type { MeasureItem } from "./measureItem";
import { oitMeasure } from "./oitMeasure";

/** What a measure says: the texts of its row in the measures and results documents. */
export interface MeasureText {
  title: string;
  steps: string[];
  owner: string;
  period: string;
  monitoring: string;
  recommendation: string;
  oitRefs: string[];
}

export interface Measure extends MeasureText {
  /** Stable across runs of one fiscal year: fiscal year, group and the recommendation it comes from. */
  id: string;
  group: Group;
  section: "urgent" | "improve";
  /** Corrective for weak items; keep for a group whose items all pass (keep and raise the standard). */
  purpose: "corrective" | "keep";
  /** The items (or indicators) it answers, with their ITA year. */
  items: MeasureItem[];
}

/** One group of the documents (an indicator up to 2566, a ประเด็น from 2567) with its scores and measures. */
export interface GroupPlan {
  group: Group;
  /** The group's items of the assessed year, IIT/EIT first, then OIT. */
  items: ItemResult[];
  indicators: IndicatorResult[];
  weak: boolean;
  urgent: boolean;
  /** The analysis sentences: the recommendation of each weak item, or why the standard is kept. */
  analysis: string[];
  measures: Measure[];
}

export interface MeasurePlan {
  /** The assessment year the measures answer. */
  assessmentYear: number;
  /** The fiscal year of the measures (the year after the assessment). */
  fiscalYear: number;
  grouping: "indicator" | "prakaden";
  /** Every group of the year, in order, each with at least one measure. */
  groups: GroupPlan[];
  /** Every measure: urgent first, then in group order. */
  measures: Measure[];
}

/**
 * The measures for the analysed year: every group gets one — corrective for its weak items (IIT/EIT items that
 * share a recommendation share a measure; the group's weak OIT items share one), keep-and-raise when all pass.
 */
export function buildMeasures(a: Analysis, fiscalYearOverride?: number): MeasurePlan | null {
  const year = a.latestYear;
  if (year === null) return null;
  const fiscalYear = fiscalYearOverride ?? a.documentYear ?? year + 1;
  // Indicators scored without items are listed under their ประเด็น from 2567 (seed 002's grouping); those under
  // none (6 and 10) as indicators of their own.
  const ownGroup = (i: IndicatorResult) =>
    !covered(a, i) && (groupingOf(year) === "indicator" || prakadenOfIndicator(i.number) === null);
  const groups = [...allGroups(year), ...a.items.map((it) => groupOfItem(it, year))]
    .concat(a.indicators.filter(ownGroup).map((i) => indicatorGroup(i.number, year)))
    .filter((g, i, all) => all.findIndex((x) => groupKey(x) === groupKey(g)) === i)
    .sort(compareGroups)
    .map((g) => groupPlan(a, year, fiscalYear, g));
  const measures = groups
    .flatMap((g) => g.measures)
    .sort((x, y) => (x.section === y.section ? 0 : x.section === "urgent" ? -1 : 1));
  return { assessmentYear: year, fiscalYear, grouping: groupingOf(year), groups, measures };
}

function covered(a: Analysis, ind: IndicatorResult): boolean {
  return a.items.some((it) => it.indicator === ind.number);
}

function groupPlan(a: Analysis, year: number, fiscalYear: number, group: Group): GroupPlan {
  const key = groupKey(group);
  const ORDER = { IIT: 0, EIT: 1, OIT: 2 };
  const items = a.items
    .filter((it) => groupKey(groupOfItem(it, year)) === key)
    .sort((x, y) => ORDER[x.instrument] - ORDER[y.instrument]);
  // An indicator scored without items belongs to its own group, or from 2567 to its ประเด็น (seed 002).
  const scoredHere = (i: IndicatorResult) =>
    (group.kind === "indicator" && i.number === group.number) ||
    (group.kind === "prakaden" && prakadenOfIndicator(i.number) === group.number);
  const indicators = a.indicators.filter(
    (i) =>
      items.some((it) => it.indicator === i.number) ||
      (!covered(a, i) && scoredHere(i)) ||
      (group.kind === "indicator" && i.number === group.number),
  );
  const weakIndicators = a.indicators.filter((i) => i.flagged && !covered(a, i) && scoredHere(i));
  const weak = items.filter((i) => i.flagged);
  const id = (k: string) => `${fiscalYear}.${key}.${k}`;
  const measures: Measure[] = [];
  const byKey = new Map<string, { rec: Recommendation; items: ItemResult[] }>();
  for (const it of weak.filter((i) => i.instrument !== "OIT")) {
    const rec = itemRecommendation(year, it.instrument, it.number);
    const entry = byKey.get(rec.key) ?? { rec, items: [] };
    entry.items.push(it);
    byKey.set(rec.key, entry);
  }
  for (const { rec, items: its } of byKey.values())
    measures.push(
      fromRecommendation(
        id(rec.key),
        group,
        rec,
        its.map((i) => itemOf(year, i)),
        urgentOf(its),
        fiscalYear,
      ),
    );
  const weakOit = weak.filter((i) => i.instrument === "OIT");
  if (weakOit.length) {
    const m = oitMeasure(year, weakOit, fiscalYear);
    measures.push({
      ...m,
      id: id("oit"),
      group,
      section: urgentOf(weakOit) ? "urgent" : "improve",
      purpose: "corrective",
      items: weakOit.map((i) => itemOf(year, i)),
    });
  }
  for (const ind of weakIndicators) {
    const rec = indicatorRecommendation(ind.number, year);
    const item: MeasureItem = { kind: "indicator", year, number: ind.number };
    measures.push(fromRecommendation(id(rec.key), group, rec, [item], ind.class === "urgent", fiscalYear));
  }
  const analysis = [...new Set(measures.flatMap((m) => m.recommendation.split("\n")))];
  if (measures.length === 0) {
    const keep = keepMeasure(group, items, fiscalYear, id("keep"));
    measures.push(keep);
    analysis.push(
      items.length || indicators.length
        ? keep.recommendation
        : // No score for this group: a sentence the officer would write, no claim about scores (the measures
          // sheet tells the officer above the document).
          `หน่วยงานกำหนด${keep.title} เพื่อรักษามาตรฐานและยกระดับการปฏิบัติงานให้ดียิ่งขึ้นต่อไป`,
    );
  }
  const urgent = measures.some((m) => m.section === "urgent");
  return {
    group,
    items,
    indicators,
    weak: weak.length + weakIndicators.length > 0,
    urgent,
    analysis,
    measures,
  };
}

function itemOf(year: number, it: ItemResult): MeasureItem {
  return { kind: "item", year, instrument: it.instrument, number: it.number, code: it.code };
}

function urgentOf(items: ItemResult[]): boolean {
  return items.some((i) => i.class === "urgent");
}

function fromRecommendation(
  id: string,
  group: Group,
  rec: Recommendation,
  items: MeasureItem[],
  urgent: boolean,
  fiscalYear: number,
): Measure {
  const fill = (s: string) => fillYears(s, fiscalYear);
  return {
    id,
    group,
    section: urgent ? "urgent" : "improve",
    purpose: "corrective",
    items,
    title: rec.measure,
    steps: rec.steps.map(fill),
    owner: fill(rec.owner),
    period: fill(rec.period),
    monitoring: fill(rec.monitoring),
    recommendation: rec.text,
    oitRefs: rec.oitRefs,
  };
}

/** Keep and raise the standard of a group whose items all pass (its own steps, owner, period, monitoring). */
function keepMeasure(group: Group, items: ItemResult[], fiscalYear: number, id: string): Measure {
  const onlyOit = items.length > 0 && items.every((i) => i.instrument === "OIT");
  const t =
    group.kind === "other"
      ? keepRecommendation("indicator", onlyOit ? 9 : 1)!
      : keepRecommendation(group.kind, group.number)!;
  const fill = (s: string) => fillYears(s, fiscalYear);
  return {
    id,
    group,
    section: "improve",
    purpose: "keep",
    items: [],
    title: t.measure,
    steps: t.steps.map(fill),
    owner: fill(t.owner),
    period: fill(t.period),
    monitoring: fill(t.monitoring),
    recommendation: t.observation,
    oitRefs: [],
  };
}
