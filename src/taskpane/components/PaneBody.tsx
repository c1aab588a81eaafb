import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import type { SheetGrid } from "../../analysis/grid";
import type { Lang } from "../../analysis/messages";
import type { PipelineResult } from "../../pipeline";
import { withHistory } from "../../documentKinds";
import { chosenDocuments } from "../chosenDocuments";
import type { EngineView } from "../engineView";
import type { PaneSettings } from "../paneHost";
import { mark, measureSince } from "../timing";
import type { Engine } from "../useEngine";
import { textIn } from "../i18n";
import { Analysing } from "./Analysing";
import { documentName } from "./documentNames";
import { FirstRun } from "./FirstRun";
import type { Outcome } from "./GenerateBar";
import { GenerateBar } from "./lazyParts";
import { PaneBoundary } from "./PaneBoundary";
import { Results } from "./Results";
import type { Yearless } from "./YearAsk";
import { AgencyAsk, CompareCard, YearAsk } from "./lazyDetails";
import type { GenerateRun } from "../useGenerate";

interface Props {
  lang: Lang;
  engine: Engine;
  kind: "excel" | "file";
  grids: SheetGrid[];
  settings: PaneSettings;
  previousGrids: SheetGrid[] | null;
  urgentBelow: number;
  step: string | null;
  outcome: Outcome | null;
  open: string[];
  onOpen(open: string[]): void;
  /** The agency's name typed in the footer's field. */
  onAgency(agency: string): void;
  /** Generate: `run` builds the documents from the workbook as read inside Generate. */
  onGenerate(run: GenerateRun, confirmed?: boolean, needsAgency?: boolean): void;
  onSelect?(sheet: string, cell?: string): void;
  onDownload?(): void;
  onSample?(): void;
  onUseSelection?(): void;
  /** What the last "use the selected table" found. */
  note: string | null;
  /** The selected table had no year: its year is asked for. */
  selectionYearless?: Yearless | null;
  /** The year typed for tables without one. */
  onDefaultYear(year: number | null): void;
  /** The folded sections' contents, given the result (they need its tables and years). */
  sources(result: PipelineResult): ReactNode;
  settingsForm(view: EngineView): ReactNode;
  tableCount(result: PipelineResult): number;
}

/**
 * Asks the engine about the grids and shows the answer; rendered inside the error boundary, which says an engine
 * failure. While a new answer is worked out (a setting changed) the last one stays on screen.
 */
export function PaneBody(p: Props) {
  const { engine, grids, settings, lang, previousGrids } = p;
  // The whole answer (with the measures) is asked at once. Until the first one arrives, a small workbook is
  // answered in this very drawing without the measures; a large one waits, said in words.
  const whole = useView(engine, grids, settings, lang, previousGrids);
  const waiting = whole.value === null;
  // The light engine may still be loading when the workbook is read: the first answer is drawn once it is.
  const [nowReady, setNowReady] = useState(false);
  const first = useMemo(() => {
    if (!waiting) return null;
    mark("ita:analysis:start");
    const v = engine.viewNow(grids, settings, lang, previousGrids);
    if (v) measureSince("ita:analysis", "ita:analysis:start");
    return v;
  }, [engine, grids, settings, lang, previousGrids, waiting, nowReady]);
  const drawn = first !== null;
  useEffect(() => {
    if (drawn || !waiting) return;
    let live = true;
    void engine.viewNowReady().then(() => live && setNowReady(true));
    return () => {
      live = false;
    };
  }, [engine, drawn, waiting]);
  if (whole.error !== null) throw whole.error;
  const view = whole.value ?? first;
  if (!view) return <Analysing lang={lang} grids={grids} />;
  return <PaneView {...p} view={view} />;
}

/** The engine's answer for this input: null until the first one arrives. */
function useView(
  engine: Engine,
  grids: SheetGrid[],
  settings: PaneSettings,
  lang: Lang,
  previous: SheetGrid[] | null,
): { value: EngineView | null; error: Error | null } {
  const [value, setValue] = useState<EngineView | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    mark("ita:view:start");
    engine.view(grids, settings, lang, previous).then(
      (v) => {
        if (!live) return;
        measureSince("ita:view", "ita:view:start");
        setValue(v);
      },
      (e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [engine, grids, settings, lang, previous]);
  return { value, error };
}

/** The answer: the summary card drawn on its own first, then the rest. */
function PaneView(p: Props & { view: EngineView }) {
  const { lang, engine, grids, settings, previousGrids, view } = p;
  const result = view.result;
  // The answer first: the summary card is drawn on its own, and the items below the mark right after it; the folded
  // sections and Generate are drawn with them, once their code has loaded (it starts loading then).
  const [complete, setComplete] = useState(false);
  useEffect(() => setComplete(true), []);
  const found = p.tableCount(result) > 0;
  const yearless = p.selectionYearless ?? (found ? null : yearlessTable(result));
  const documents = chosenDocuments(settings);
  const build = (now: SheetGrid[]) => engine.build(now, settings, lang, documents, previousGrids);
  const agency = useAgencyAsk(settings.agency, p.outcome);
  const generate = (confirmed?: boolean) => {
    if (agency.stop()) return;
    p.onGenerate(build, confirmed);
  };
  const t = textIn(lang);
  const comparison = view.comparison;
  return (
    <>
      {comparison && (
        <CompareCard
          lang={lang}
          comparison={comparison}
          busy={p.step !== null}
          onWrite={(order) => p.onGenerate((now) => engine.compareRun(now, settings, order), false, false)}
        />
      )}
      {yearless && (
        <YearAsk
          lang={lang}
          table={yearless}
          year={settings.defaultYear}
          onYear={p.onDefaultYear}
          onSelect={p.onSelect}
        />
      )}
      {!found && !yearless && (
        <FirstRun
          lang={lang}
          where={p.kind}
          readSheets={readSheets(grids)}
          onSample={p.onSample}
          onUseSelection={p.onUseSelection}
          note={p.note}
        />
      )}
      {(found || result.report.diagnostics.length > 0) && (
        <Results
          lang={lang}
          view={view}
          complete={complete}
          urgentBelow={p.urgentBelow}
          onSelect={p.onSelect}
          sources={p.sources(result)}
          settings={p.settingsForm(view)}
          tableCount={p.tableCount(result)}
          open={p.open}
          onOpen={p.onOpen}
        />
      )}
      {complete && result.report.latestYear !== null && (
        // Its own boundary: a footer whose code failed to load says so, and the card and the items stay.
        <PaneBoundary lang={lang} resetKey={view}>
          <GenerateBar
            lang={lang}
            documents={(result.report.history !== null ? withHistory(documents) : documents).map((k) =>
              documentName(k, lang),
            )}
            replaces={grids.filter((g) => g.generated).length}
            step={p.step}
            outcome={p.outcome}
            onGenerate={() => generate()}
            onConfirm={() => generate(true)}
            onOpen={p.onSelect ? (sheet) => p.onSelect!(sheet) : undefined}
            onDownload={p.onDownload}
            ask={
              agency.shown && (
                <AgencyAsk
                  label={t("agency")}
                  missing={t("agencyMissing")}
                  value={settings.agency}
                  tried={agency.tried}
                  input={agency.input}
                  onChange={p.onAgency}
                />
              )
            }
          />
        </PaneBoundary>
      )}
    </>
  );
}

/**
 * The agency field in the footer: shown while the workbook gives no agency name, and kept while the officer types
 * it (it would vanish after the first letter otherwise) until the documents are written. Generate with the field
 * empty stops before reading anything, says why under the field and puts the cursor in it.
 */
function useAgencyAsk(agency: string, outcome: Outcome | null) {
  const empty = !agency.trim();
  const [asked, setAsked] = useState(empty);
  const [tried, setTried] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (empty) setAsked(true);
  }, [empty]);
  useEffect(() => {
    if (outcome?.kind === "done" && !empty) setAsked(false);
  }, [outcome, empty]);
  const stop = () => {
    if (!empty) return false;
    setAsked(true);
    setTried(true);
    setTimeout(() => {
      input.current?.focus();
      input.current?.scrollIntoView?.({ block: "nearest" });
    }, 0);
    return true;
  };
  return { shown: asked || empty, tried, input, stop };
}

/** The first table read without its year, when no table was read at all. */
function yearlessTable(r: PipelineResult): Yearless | null {
  const d = r.report.diagnostics.find((x) => x.code === "noYear" || x.code === "noYearManyColumns");
  if (!d || d.sheet === null) return null;
  return {
    sheet: d.sheet,
    cell: d.cell ?? "A1",
    ...(d.code === "noYearManyColumns" ? { many: d.message } : {}),
  };
}

/** The officer's sheets that hold anything: a workbook of other data is told apart from an empty one. */
function readSheets(grids: SheetGrid[]): string[] {
  return grids
    .filter((g) => !g.generated && !g.hidden && g.rows.some((r) => r.some((v) => v !== null && v !== "")))
    .map((g) => g.name);
}
