import type { Lang } from "../../analysis/messages";
import { translate } from "../i18n";

const NAMES: Record<string, "docAnalysis" | "docMeasures" | "docResults" | "docMemo" | "docAnnouncement"> = {
  analysis: "docAnalysis",
  measures: "docMeasures",
  results: "docResults",
  memo: "docMemo",
  announcement: "docAnnouncement",
};

/** A document's name in the officer's language; a kind this pane does not know yet shows as its id. */
export function documentName(kind: string, lang: Lang): string {
  const key = NAMES[kind];
  return key ? translate(lang, key) : kind;
}
