import { assumptionText } from "../analysis/estimateText";
import { type Lang, message } from "../analysis/messages";
import type { PlannerAssumption } from "./coefficients";
import type { Planner } from "./planner";

/** An assumption in the user's words ("น้ำหนักแบบวัดปี 2568 … เป็นค่าที่สันนิษฐาน…"). */
export function plannerAssumptionText(id: PlannerAssumption, year: number, lang: Lang): string {
  return id === "oitSplit" ? message("assumption.oitSplit", { year }, lang) : assumptionText(id, year, lang);
}

/**
 * The planner in the JSON report: gains largest first and targets nearest first as built, each assumption with its
 * words beside its id (`assumed`), so that every figure says whether it is an estimate and why.
 */
export function plannerJson(p: Planner | null, lang: Lang) {
  if (!p) return null;
  const words = (a: PlannerAssumption[] | undefined) =>
    a?.length ? { assumed: a.map((id) => ({ id, text: plannerAssumptionText(id, p.year, lang) })) } : {};
  return {
    year: p.year,
    current: p.current,
    instruments: p.instruments,
    gains: p.gains.map((g) => ({ ...g, ...words(g.assumption) })),
    targets: p.targets.map((t) => ({ ...t, ...words(t.assumption) })),
    unplaced: p.unplaced,
  };
}
