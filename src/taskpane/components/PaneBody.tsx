import { type ReactNode, useEffect, useMemo, useState } from "react";
import type { SheetGrid } from "../../analysis/grid";
import type { Lang } from "../../analysis/messages";
import type { PipelineResult } from "../../pipeline";
import type { PaneSettings } from "../paneHost";
import { mark, measureSince } from "../timing";
import type { Engine } from "../useEngine";
import { documentName } from "./documentNames";
import { FirstRun } from "./FirstRun";
import { GenerateBar, type Outcome } from "./GenerateBar";
import { Results } from "./Results";

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
  /** Generate: `run` builds the documents from the workbook as read inside Generate. */
  onGenerate(run: (grids: SheetGrid[]) => PipelineResult, confirmed?: boolean): void;
  onSelect?(sheet: string, cell?: string): void;
  onDownload?(): void;
  onSample?(): void;
  onUseSelection?(): void;
  /** What the last "use the selected table" found. */
  note: string | null;
  /** The folded sections' contents, given the result (they need its tables and years). */
  sources(result: PipelineResult): ReactNode;
  settingsForm(result: PipelineResult): ReactNode;
  tableCount(result: PipelineResult): number;
}

/** Runs the engine on the grids and shows the answer; rendered inside the error boundary. */
export function PaneBody(p: Props) {
  const { lang, engine, grids, settings, previousGrids } = p;
  const result = useMemo(() => {
    mark("ita:analysis:start");
    const r = engine.runAnalysis(grids, settings, lang, [], previousGrids);
    measureSince("ita:analysis", "ita:analysis:start");
    return r;
  }, [engine, grids, settings, lang, previousGrids]);
  // The answer first: the summary card is drawn on its own; the items, the folded sections and Generate follow
  // right after, so the officer sees the total while the rest is laid out.
  const [complete, setComplete] = useState(false);
  useEffect(() => setComplete(true), []);
  const found = p.tableCount(result) > 0;
  const documents = engine.chosenDocuments(settings);
  const build = (now: SheetGrid[]) => engine.runAnalysis(now, settings, lang, documents, previousGrids);
  return (
    <>
      {!found && (
        <FirstRun
          lang={lang}
          where={p.kind}
          onSample={p.onSample}
          onUseSelection={p.onUseSelection}
          note={p.note}
        />
      )}
      {(found || result.report.diagnostics.length > 0) && (
        <Results
          lang={lang}
          engine={engine}
          result={result}
          complete={complete}
          urgentBelow={p.urgentBelow}
          onSelect={p.onSelect}
          sources={p.sources(result)}
          settings={p.settingsForm(result)}
          tableCount={p.tableCount(result)}
          open={p.open}
          onOpen={p.onOpen}
        />
      )}
      {complete && result.report.latestYear !== null && (
        <GenerateBar
          lang={lang}
          documents={documents.map((k) => documentName(k, lang))}
          replaces={grids.filter((g) => g.generated).length}
          step={p.step}
          outcome={p.outcome}
          onGenerate={() => p.onGenerate(build)}
          onConfirm={() => p.onGenerate(build, true)}
          onOpen={p.onSelect ? (sheet) => p.onSelect!(sheet) : undefined}
          onDownload={p.onDownload}
        />
      )}
    </>
  );
}
