import { indicatorsOf, itemList } from "../ita/catalog";
import { INSTRUMENTS } from "../ita/types";
import type { ResolvedItem } from "./resolveItems";
import type { Diagnostic } from "./types";
import type { YearScores } from "./yearScores";

/**
 * Says exactly why a year has no total or level: which indicators are missing, and — for OIT from 2567 —
 * that the rule making indicators 9/10 from item scores is not known, so they must come from the NACC report.
 */
export function explainMissing(
  y: YearScores,
  yearItems: ResolvedItem[],
  needsAllInstruments: boolean,
  diagnostics: Diagnostic[],
): void {
  const say = (id: string, params: Record<string, string | number>) =>
    diagnostics.push({ level: "info", sheet: null, cell: null, id, params: { year: y.year, ...params } });
  const missing = INSTRUMENTS.filter((i) => !y.instruments.has(i)).map((inst) => {
    const lacking = indicatorsOf(inst).filter((n) => !y.indicators.has(n));
    return `${inst} (${lacking.join(", ")})`;
  });
  const oitList = itemList(y.year, "OIT");
  const oitItemsOnly =
    yearItems.some((i) => i.instrument === "OIT") &&
    oitList?.aggregate === null &&
    indicatorsOf("OIT").some((n) => !y.indicators.has(n)) &&
    !y.instruments.has("OIT");
  if (oitItemsOnly) say("oitRuleUnknown", {});
  if (!y.total && missing.length) say("noTotal", { missing: missing.join("; ") });
  if (y.total && !y.level && needsAllInstruments && missing.length)
    say("noLevel", { missing: missing.join("; "), total: y.total.score.toFixed(2) });
}
