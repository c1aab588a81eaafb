import data from "./recommendations.json";
import { isKnownYear, listIdFor } from "./catalog";
import { oitTopic } from "./recommendations";

const TOPICS: Record<string, Record<string, number>> = data.oitTopics;

/**
 * The OIT item of an ITA year that a document answers: "measures" (the measures plan) or "measures-report" (the
 * report on them), e.g. 2569 → o26 "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน".
 * Null when that year's list has no such item, or when the year's list is not known yet (a FY2570 plan is assessed
 * by ITA 2570, whose criteria the catalogue does not have: citing 2569's item numbers there would be a guess).
 */
export function documentOitItem(
  itaYear: number,
  topic: "measures" | "measures-report",
): { code: string; title: string } | null {
  if (!isKnownYear(itaYear)) return null;
  const list = listIdFor(itaYear, "OIT");
  const n = list ? TOPICS[topic]?.[list] : undefined;
  if (n === undefined) return null;
  return { code: `o${n}`, title: oitTopic(itaYear, n) ?? "" };
}
