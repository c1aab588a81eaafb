import type { MeasurePlan } from "./buildMeasures";
import { itemCodes } from "./measureItem";

/** The `measures` of the JSON report. */
export function measuresJson(plan: MeasurePlan | null) {
  return (plan?.measures ?? []).map((m) => ({
    id: m.id,
    group: m.group.label,
    section: m.section,
    purpose: m.purpose,
    items: itemCodes(m.items),
    indicators: m.items.flatMap((i) => (i.kind === "indicator" ? [i.number] : [])),
    title: m.title,
    steps: m.steps,
    owner: m.owner,
    period: m.period,
    monitoring: m.monitoring,
    recommendation: m.recommendation,
  }));
}
