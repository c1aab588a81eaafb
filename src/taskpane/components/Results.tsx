import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../../analysis/messages";
import { readingOf } from "../reading";
import { type EngineView, groupKey } from "../engineView";
import { measureItemCodes } from "../measureCodes";
import { FlaggedItems } from "./FlaggedItems";
import { ResultsDetails, preloadAfterCard } from "./lazyParts";
import { preloadDetails } from "./lazyDetails";
import { PaneBoundary } from "./PaneBoundary";
import { SummaryCard } from "./SummaryCard";

export interface ResultsProps {
  lang: Lang;
  view: EngineView;
  /** False for the first drawing: the summary card alone. */
  complete: boolean;
  urgentBelow: number;
  onSelect?(sheet: string, cell: string): void;
  /** The folded sections below the answer: data used, settings. */
  sources: ReactNode;
  settings: ReactNode;
  tableCount: number;
  /** Which folded sections are open (the pane opens settings when the agency is missing). */
  open: string[];
  onOpen(open: string[]): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * The answer first (the summary card), then the items below the mark, then the details folded away, whose code
 * starts loading when the items are drawn (ResultsDetails, in the afterCard chunk).
 */
export function Results(p: ResultsProps) {
  const s = useStyles();
  const { view } = p;
  const { report, plan } = view.result;
  const measureOf = (code: string) =>
    plan?.measures.find((m) => measureItemCodes(m.items).includes(code))?.title ?? "";
  return (
    <div className={s.root}>
      {report.latestYear !== null && (
        <SummaryCard
          lang={p.lang}
          report={report}
          reading={readingOf(report)}
          onSelect={p.onSelect}
          onEnterTotal={p.complete ? () => openField(p, "published-total") : undefined}
        />
      )}
      {p.complete && report.latestYear !== null && (
        <FlaggedItems
          lang={p.lang}
          items={report.items}
          threshold={report.threshold}
          urgentBelow={p.urgentBelow}
          measureOf={measureOf}
          measuresPending={view.measuresPending}
          groupOf={(i) => view.groups[groupKey(i)] ?? ""}
          onSelect={p.onSelect}
        />
      )}
      {p.complete && (
        // Its own boundary: folded sections whose code failed to load say so, and the card and the items stay.
        <PaneBoundary lang={p.lang} resetKey={view}>
          <ResultsDetails {...p} />
        </PaneBoundary>
      )}
    </div>
  );
}

/**
 * Opens the settings and puts the cursor in one of their fields (found by its test id), in view — as soon as the
 * opened section has drawn it: once the sections' and the forms' code has loaded, tried for up to a second more.
 */
function openField(p: Pick<ResultsProps, "open" | "onOpen">, testId: string): void {
  p.onOpen(p.open.includes("settings") ? p.open : [...p.open, "settings"]);
  void Promise.all([preloadAfterCard(), preloadDetails()]).then(() =>
    setTimeout(() => focusField(testId, 20), 0),
  );
}

function focusField(testId: string, tries: number): void {
  const field = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (!field) {
    if (tries > 0) setTimeout(() => focusField(testId, tries - 1), 50);
    return;
  }
  field.focus();
  field.scrollIntoView?.({ block: "center" });
}
