import { yearFacts } from "../ita/catalog";
import type { Instrument } from "../ita/types";
import { type Lang, message } from "./messages";
import type { AssumptionId, LevelShortfall } from "./scoreAssumptions";

/** How a figure is said in the JSON report: an estimate with what it assumes, or not one. */
export type EstimateFields =
  { estimate: false } | { estimate: true; assumed: { id: AssumptionId; text: string }[] };

/** The report's estimate fields of a figure of `year` with these assumptions (none: not an estimate). */
export function estimateFields(
  year: number,
  assumptions: readonly AssumptionId[] | undefined,
  lang: Lang,
  weights?: Record<Instrument, number>,
): EstimateFields {
  if (!assumptions?.length) return { estimate: false };
  return {
    estimate: true,
    assumed: assumptions.map((id) => ({ id, text: assumptionText(id, year, lang, weights) })),
  };
}

/** One assumption in the user's words, e.g. "น้ำหนักแบบวัดปี 2567 (IIT 30 EIT 30 OIT 40) เป็นค่าที่สันนิษฐาน…". */
export function assumptionText(
  id: AssumptionId,
  year: number,
  lang: Lang,
  weights = yearFacts(year)?.weights,
): string {
  const pct = (w: number | undefined) => (w === undefined ? "?" : String(Math.round(w * 100)));
  return message(
    `assumption.${id}`,
    { year, iit: pct(weights?.IIT), eit: pct(weights?.EIT), oit: pct(weights?.OIT) },
    lang,
  );
}

/** "ผ่าน ไม่ใช่ ผ่านดี เพราะ EIT 83.10 ต่ำกว่า 85 — …". */
export function shortfallText(level: string, s: LevelShortfall, lang: Lang): string {
  const below = s.below
    .map((b) => `${b.instrument} ${b.score.toFixed(2)}`)
    .join(lang === "th" ? " และ " : " and ");
  return message("levelShortfall", { level, notLevel: s.notLevel, below, mark: s.mark }, lang);
}
