import type { Lang } from "../../analysis/messages";
import { translate } from "../i18n";

type DocKey =
  | "docAnalysis"
  | "docMeasures"
  | "docResults"
  | "docMeasuresMemo"
  | "docMeasuresAnnouncement"
  | "docResultsMemo"
  | "docPlan"
  | "docHistory"
  | "docCompare";

const NAMES: Record<string, DocKey> = {
  analysis: "docAnalysis",
  measures: "docMeasures",
  results: "docResults",
  measuresMemo: "docMeasuresMemo",
  measuresAnnouncement: "docMeasuresAnnouncement",
  resultsMemo: "docResultsMemo",
  plan: "docPlan",
  history: "docHistory",
  compare: "docCompare",
};

/** A document's name in the officer's language; a kind this pane does not know yet shows as its id. */
export function documentName(kind: string, lang: Lang): string {
  const key = NAMES[kind];
  return key ? translate(lang, key) : kind;
}
