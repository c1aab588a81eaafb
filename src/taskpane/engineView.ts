import type { ItemResult } from "../analysis/analyse";
import type { Comparison } from "../compare/compareAgencies";
import type { PipelineResult } from "../pipeline";
import type { SelectionCheck } from "./selectionCheck";

/** What the pane shows: the analysis (no document built), the names it lists items under, the comparison. */
export interface EngineView {
  result: PipelineResult;
  /** Each item's group (its ประเด็น from 2567, else its indicator) by groupKey. */
  groups: Record<string, string>;
  /** The levels of the latest year's scheme (the settings' level field); null without a year. */
  levels: readonly string[] | null;
  /** The workbook's agencies compared, when it holds a table of several (a provincial table). */
  comparison: Comparison | null;
  /** The first answer, drawn before the measures are worked out: their titles come with the next one. */
  measuresPending: boolean;
}

/** What Generate writes. */
export type Built = Pick<PipelineResult, "specs" | "lostEdits" | "keep">;

/** What "use the selected table" found, and the sentence that says it. */
export interface SelectionAnswer {
  found: SelectionCheck;
  note: string;
}

/** The key an item's group is found by in EngineView.groups. */
export function groupKey(i: Pick<ItemResult, "prakaden" | "indicator">): string {
  return `${i.prakaden ?? ""}/${i.indicator ?? ""}`;
}
