/**
 * The analysis engine as the pane uses it: recognition, analysis, measures, sheet builders and the ITA data.
 * Loaded as a chunk of its own, in parallel with reading the workbook, so the pane's frame shows first.
 */
import type { ItemResult } from "../analysis/analyse";
import type { Lang } from "../analysis/messages";
import { indicatorName, prakadenName } from "../ita/catalog";
import { translate } from "./i18n";

export { ALL_DOCUMENTS, withHistory } from "../pipeline";
export { levelFor, levelsOfYear } from "../ita/levels";
export { chosenDocuments, runAnalysis } from "./runAnalysis";
export { checkSelection, selectionNote } from "./selectionCheck";
export { compareWorkbook, comparisonRun } from "./comparisonRun";

/** The group an item is listed under: its ประเด็น (2567+) or its indicator. */
export function groupName(i: ItemResult, lang: Lang): string {
  if (i.prakaden !== null)
    return translate(lang, "prakaden", { n: i.prakaden, name: prakadenName(i.prakaden) ?? "" });
  if (i.indicator !== null)
    return translate(lang, "indicatorGroup", { n: i.indicator, name: indicatorName(i.indicator) ?? "" });
  return translate(lang, "otherGroup");
}
