import type { MeasurePlan } from "./buildMeasures";

/** The `measures` of the JSON report. */
export function measuresJson(plan: MeasurePlan | null) {
  return (plan?.measures ?? []).map((m) => ({
    id: m.id,
    group: m.group.label,
    section: m.section,
    items: m.items,
    title: m.title,
    steps: m.steps,
    owner: m.owner,
    period: m.period,
    monitoring: m.monitoring,
    recommendation: m.recommendation,
  }));
}
