import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import { textIn } from "../i18n";
import { countNotes } from "../../analysis/noteCount";
import { IndicatorChart } from "./IndicatorChart";
import { IndicatorTable } from "./IndicatorTable";
import { PlannerView, Problems, preloadDetails } from "./lazyDetails";
import { useEffect } from "react";
import type { ResultsProps } from "./Results";

/** After the summary card and the items below the mark: the details folded away (the afterCard chunk). */
export function ResultsDetails({ lang, view, onSelect, ...p }: ResultsProps) {
  const t = textIn(lang);
  // Once these are drawn, the folded sections' forms load: after the card and after this part's own code, so that
  // neither waits for them.
  useEffect(() => void preloadDetails(), []);
  const { report } = view.result;
  const prev = report.indicators.find((i) => i.previous)?.previous?.year ?? null;
  const years: [number | null, number] = [prev, report.latestYear ?? 0];
  return (
    <Accordion multiple collapsible openItems={p.open} onToggle={(_, d) => p.onOpen(d.openItems.map(String))}>
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
            <Problems lang={lang} diagnostics={report.diagnostics} onSelect={onSelect} />
          </AccordionPanel>
        </AccordionItem>
      )}
      {report.planner && report.planner.gains.length > 0 && (
        <AccordionItem value="planner">
          <AccordionHeader as="h2" size="small">
            {t("plannerSection")}
          </AccordionHeader>
          <AccordionPanel>
            <PlannerView lang={lang} planner={report.planner} />
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
  );
}
