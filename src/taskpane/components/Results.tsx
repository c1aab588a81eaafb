import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../../analysis/messages";
import { textIn } from "../i18n";
import { measureItemCodes } from "../measureCodes";
import { readingOf } from "../reading";
import { type EngineView, groupKey } from "../engineView";
import { FlaggedItems } from "./FlaggedItems";
import { IndicatorChart } from "./IndicatorChart";
import { IndicatorTable } from "./IndicatorTable";
import { Later, PlannerView, Problems } from "./lazyDetails";
import { countNotes } from "../../analysis/noteCount";
import { SummaryCard } from "./SummaryCard";

interface Props {
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

/** The answer first (summary, items below the mark), then the details folded away. */
export function Results({ lang, view, complete, urgentBelow, onSelect, ...p }: Props) {
  const s = useStyles();
  const t = textIn(lang);
  const { report, plan } = view.result;
  const prev = report.indicators.find((i) => i.previous)?.previous?.year ?? null;
  const years: [number | null, number] = [prev, report.latestYear ?? 0];
  const measureOf = (code: string) =>
    plan?.measures.find((m) => measureItemCodes(m.items).includes(code))?.title ?? "";
  return (
    <div className={s.root}>
      {report.latestYear !== null && (
        <>
          <SummaryCard
            lang={lang}
            report={report}
            reading={readingOf(report)}
            onSelect={onSelect}
            onEnterTotal={complete ? () => openField(p, "published-total") : undefined}
          />
          {complete && (
            <FlaggedItems
              lang={lang}
              items={report.items}
              threshold={report.threshold}
              urgentBelow={urgentBelow}
              measureOf={measureOf}
              measuresPending={view.measuresPending}
              groupOf={(i) => view.groups[groupKey(i)] ?? ""}
              onSelect={onSelect}
            />
          )}
        </>
      )}
      {complete && (
        <Accordion
          multiple
          collapsible
          openItems={p.open}
          onToggle={(_, d) => p.onOpen(d.openItems.map(String))}
        >
          <AccordionItem value="sources">
            <AccordionHeader as="h2" size="small">
              {t("sourcesSection", { count: p.tableCount })}
            </AccordionHeader>
            <AccordionPanel>{p.sources}</AccordionPanel>
          </AccordionItem>
          {report.indicators.length > 0 && (
            <AccordionItem value="indicators">
              <AccordionHeader as="h2" size="small">
                {t("indicatorsSection")}
              </AccordionHeader>
              <AccordionPanel>
                <IndicatorChart
                  title={t("chartTitle", { years: years[0] ? `${years[0]}–${years[1]}` : years[1] })}
                  markLabel={t("chartMark", { mark: report.threshold })}
                  years={years}
                  threshold={report.threshold}
                  rows={report.indicators.map((i) => ({
                    number: i.number,
                    name: i.name,
                    previous: i.previous?.score ?? null,
                    score: i.score,
                  }))}
                />
                <IndicatorTable
                  label={t("indicatorsSection")}
                  nameHeader={t("indicator")}
                  changeHeader={t("change")}
                  years={years}
                  rows={report.indicators}
                />
              </AccordionPanel>
            </AccordionItem>
          )}
          {report.diagnostics.length > 0 && (
            <AccordionItem value="diagnostics">
              <AccordionHeader as="h2" size="small">
                {t("diagnostics", { count: countNotes(report.diagnostics) })}
              </AccordionHeader>
              <AccordionPanel>
                <Later>
                  <Problems lang={lang} diagnostics={report.diagnostics} onSelect={onSelect} />
                </Later>
              </AccordionPanel>
            </AccordionItem>
          )}
          {report.planner && report.planner.gains.length > 0 && (
            <AccordionItem value="planner">
              <AccordionHeader as="h2" size="small">
                {t("plannerSection")}
              </AccordionHeader>
              <AccordionPanel>
                <Later>
                  <PlannerView lang={lang} planner={report.planner} />
                </Later>
              </AccordionPanel>
            </AccordionItem>
          )}
          <AccordionItem value="settings">
            <AccordionHeader as="h2" size="small">
              {t("settingsSection")}
            </AccordionHeader>
            <AccordionPanel>{p.settings}</AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </div>
  );
}

/**
 * Opens the settings and puts the cursor in one of their fields (found by its test id), in view — as soon as the
 * opened section has drawn it (tried for up to a second).
 */
function openField(p: Pick<Props, "open" | "onOpen">, testId: string): void {
  p.onOpen(p.open.includes("settings") ? p.open : [...p.open, "settings"]);
  const focus = (tries: number) => {
    const field = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (!field) {
      if (tries > 0) setTimeout(() => focus(tries - 1), 50);
      return;
    }
    field.focus();
    field.scrollIntoView?.({ block: "center" });
  };
  setTimeout(() => focus(20), 0);
}
