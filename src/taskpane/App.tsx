import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import type { SheetGrid } from "../analysis/grid";
import type { Lang } from "../analysis/messages";
import type { PipelineResult } from "../pipeline";
import { agencyFromGrids } from "../analysis/agencyName";
import { PaneBoundary } from "./components/PaneBoundary";
import { PaneBody } from "./components/lazyParts";
import { PaneHeader } from "./components/PaneHeader";
import { SettingsForm, SourcesPanel } from "./components/lazyDetails";
import { errorText } from "./errorText";
import { rememberLanguage, rememberedLanguage, sizeText, textIn, translate } from "./i18n";
import { DEFAULT_PANE_SETTINGS, type PaneHost, type PaneSettings } from "./paneHost";
import { fetchSample, loadWorkbookGrids } from "./lazyXlsx";
import { mark } from "./timing";
import { paneEngine } from "./useEngine";
import { ALL_DOCUMENTS } from "../documentKinds";
import { useGenerate } from "./useGenerate";
import { useLeaveWarning } from "./useLeaveWarning";
import { useSelectionTable } from "./useSelectionTable";
import { type SavedSettings, readSavedSettings } from "./savedSettings";
import { SavedSettingsNote } from "./components/SavedSettingsNote";
import type { ReadSize } from "../workbook/port";
import { type FirstRead, type Opening, startFirstRead } from "./firstRead";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

interface Props {
  host: PaneHost;
  /** The standalone page's "open another file", shown in the header. */
  headerAction?: ReactNode;
  /** The standalone page's bundled sample, or Excel's "add a sample sheet". */
  onSample?(): void;
  /** The standalone page: whether documents were made and not downloaded (another file would lose them). */
  onUndownloaded?(undownloaded: boolean): void;
  /** Excel: the read started before the pane mounted (taken instead of reading `host` again). */
  firstRead?: FirstRead;
}

/** What the pane takes from its opening read: the saved settings, or a guess at the agency from the grids. */
function openedWith({ grids, raw }: Opening) {
  const read = readSavedSettings(raw);
  const saved = read.settings;
  const guess = saved.agency ? null : agencyFromGrids(grids);
  return {
    grids,
    settings: { ...saved, ...(guess ? { agency: guess } : {}) },
    agencyGuessed: guess !== null,
    savedNote: read.unreadable || read.dropped.length > 0 ? read : null,
  };
}

/** The pane: the answer (summary, items below the mark), the details folded away, Generate always in reach. */
export function App({ host, headerAction, onSample, onUndownloaded, firstRead }: Props) {
  const styles = useStyles();
  // A first read already settled is drawn in the pane's first frame: no spinner, no second render.
  const [opened] = useState(() => {
    const value = firstRead?.value;
    if (!value) return null;
    try {
      const o = openedWith(value);
      mark("ita:grids");
      return o;
    } catch {
      return null; // the effect takes the read again and says what failed, in the pane
    }
  });
  const [lang, setLang] = useState<Lang>(() => rememberedLanguage(host.lang));
  const [grids, setGrids] = useState<SheetGrid[] | null>(opened?.grids ?? null);
  const [settings, setSettings] = useState<PaneSettings>({
    ...DEFAULT_PANE_SETTINGS,
    ...opened?.settings,
  });
  const [agencyGuessed, setAgencyGuessed] = useState(opened?.agencyGuessed ?? false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [readSize, setReadSize] = useState<ReadSize | null>(firstRead?.size ?? null);
  const [open, setOpen] = useState<string[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [savedNote, setSavedNote] = useState<SavedSettings | null>(opened?.savedNote ?? null);
  /** The host the first read belongs to, until the pane has taken it. */
  const firstReadOf = useRef<PaneHost | null>(host);
  const [previous, setPrevious] = useState<{ name: string; grids: SheetGrid[] } | null>(null);
  const seenTables = useRef(new Map<string, PipelineResult["report"]["tables"][number]>());
  const openSection = (name: string) => setOpen((o) => (o.includes(name) ? o : [...o, name]));
  const { step, outcome, undownloaded, generate, download, fail } = useGenerate({
    host,
    lang,
    settings,
    onGrids: setGrids,
    onOpenSettings: () => openSection("settings"),
  });
  useLeaveWarning(undownloaded, translate(lang, "leaveWarning"));
  useEffect(() => onUndownloaded?.(undownloaded), [undownloaded, onUndownloaded]);
  // New input gives the results a fresh try after an engine exception.
  const inputKey = useMemo(() => ({}), [grids, settings, lang]);

  const engine = paneEngine();
  const t = useMemo(() => textIn(lang), [lang]);

  useEffect(() => {
    // The read started before the pane mounted is taken once: drawn in the first frame if it had settled.
    const first = firstReadOf.current === host ? firstRead : undefined;
    firstReadOf.current = null;
    if (first && opened) return;
    const read = first ?? startFirstRead(host);
    read.listen(setReadSize);
    if (read.size) setReadSize(read.size);
    void (async () => {
      try {
        const o = openedWith(await read.result);
        if (o.savedNote) setSavedNote(o.savedNote);
        setSettings((s) => ({ ...s, ...o.settings }));
        setAgencyGuessed(o.agencyGuessed);
        mark("ita:grids");
        setGrids(o.grids);
      } catch (e) {
        setLoadError(errorText(lang, e));
      }
    })();
    // The workbook is read once per host; a language switch does not read it again.
  }, [host]);

  const changeLang = (l: Lang) => {
    rememberLanguage(l);
    setLang(l);
  };
  const select = host.select
    ? (sheet: string, cell?: string) => void host.select!(sheet, cell).catch(fail)
    : undefined;

  const selection = useSelectionTable({
    host,
    engine,
    lang,
    grids,
    settings,
    setSettings,
    setGrids,
    setNote,
    showSources: () => openSection("sources"),
    fail,
  });
  const addSelection = selection.addSelection;

  // Excel: the bundled sample's score sheets become new sheets of this workbook; the page loads the file itself.
  const addSheet = host.addSheet;
  const trySample = addSheet
    ? () =>
        void fetchSample()
          .then(loadWorkbookGrids)
          .then(async (sample) => {
            const names: string[] = [];
            for (const g of sample) names.push(await addSheet(`ตัวอย่าง ${g.name}`.slice(0, 31), g));
            setNote(t("sampleAdded", { sheet: names.join(", ") }));
            setGrids(await host.readGrids());
          })
          .catch(fail)
    : onSample;

  const choosePrevious = (file: File | null) => {
    if (!file) return setPrevious(null);
    loadWorkbookGrids(file)
      .then((g) => setPrevious({ name: file.name, grids: g }))
      .catch(fail);
  };

  const tablesOf = (result: PipelineResult) => {
    for (const tb of result.report.tables) seenTables.current.set(`${tb.sheet}!${tb.range}`, tb);
    return [...seenTables.current]
      .filter(
        ([key]) =>
          result.report.tables.some((x) => `${x.sheet}!${x.range}` === key) ||
          settings.excludedTables.includes(key),
      )
      .map(([, tb]) => tb);
  };

  // Hidden sheets with scores: the ones left out (said by the engine) and the ones the officer ticked.
  const hiddenSheetsOf = (r: PipelineResult) => [
    ...new Set([
      ...r.report.diagnostics.filter((d) => d.code === "hiddenNotRead").map((d) => d.sheet ?? ""),
      ...settings.includeHidden,
    ]),
  ];

  return (
    <main className={styles.root} lang={lang}>
      <PaneHeader lang={lang} onLang={changeLang} action={headerAction} />
      {loadError && (
        <MessageBar intent="error" layout="multiline" data-testid="error">
          <MessageBarBody>
            <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
            {loadError}
          </MessageBarBody>
        </MessageBar>
      )}
      {savedNote && (
        <SavedSettingsNote
          lang={lang}
          saved={savedNote}
          onRepair={() =>
            void host
              .writeSettings(settings)
              .then(() => setSavedNote(null))
              .catch(fail)
          }
        />
      )}
      {!grids && !loadError && <Spinner label={readingText(lang, readSize)} data-testid="reading-workbook" />}
      {grids && (
        <PaneBoundary lang={lang} resetKey={inputKey}>
          <PaneBody
            lang={lang}
            engine={engine}
            kind={host.kind}
            grids={grids}
            settings={settings}
            previousGrids={previous?.grids ?? null}
            urgentBelow={settings.urgentBelow}
            step={step}
            outcome={outcome}
            open={open}
            onOpen={setOpen}
            onAgency={(agency) => setSettings((s) => ({ ...s, agency }))}
            onDefaultYear={selection.setDefaultYear}
            selectionYearless={selection.yearless}
            onGenerate={(run, confirmed, needsAgency) => void generate(run, confirmed, needsAgency)}
            onSelect={select}
            onDownload={download}
            onSample={trySample}
            onUseSelection={addSelection}
            note={note}
            tableCount={(r) => tablesOf(r).length}
            sources={(r) => (
              <SourcesPanel
                lang={lang}
                tables={tablesOf(r)}
                hiddenSheets={hiddenSheetsOf(r)}
                settings={settings}
                onSettings={setSettings}
                note={note}
                onSelect={select}
                onUseSelection={addSelection}
              />
            )}
            settingsForm={(view) => (
              <SettingsForm
                lang={lang}
                documentKinds={ALL_DOCUMENTS}
                settings={settings}
                defaultFiscalYear={view.result.plan?.fiscalYear ?? null}
                assessedYear={
                  view.result.analysis.latestYear === null || view.levels === null
                    ? null
                    : { year: view.result.analysis.latestYear, levels: view.levels }
                }
                agencyGuessed={agencyGuessed}
                agencyMissing={outcome?.kind === "error" && !settings.agency.trim()}
                onChange={setSettings}
                previous={previous ? { name: previous.name, sheets: previous.grids.length } : null}
                onPreviousFile={choosePrevious}
              />
            )}
          />
        </PaneBoundary>
      )}
    </main>
  );
}

/** What the pane is reading, in words: with its size once the host has said it (a large workbook takes a while). */
function readingText(lang: Lang, size: ReadSize | null): string {
  return !size || size.cells === 0 ? translate(lang, "loading") : sizeText(lang, "readingSize", size);
}
