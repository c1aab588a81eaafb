import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { SheetGrid } from "../analysis/grid";
import { partNames } from "../analysis/messages";
import { DEFAULT_SETTINGS } from "../analysis/settings";
import { ALL_DOCUMENTS, runPipeline } from "../pipeline";
import type { GeneratedKind } from "../sheets/sheetSpec";
import { Generate } from "./components/Generate";
import { Problems } from "./components/Problems";
import { Results } from "./components/Results";
import { SettingsForm } from "./components/SettingsForm";
import { Sources } from "./components/Sources";
import { translate } from "./i18n";
import { DEFAULT_PANE_SETTINGS, PaneError, type PaneHost, type PaneSettings } from "./paneHost";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

/** The pane: sources → settings → results → generate, over whatever host it runs in. */
export function App({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const lang = host.lang;
  const [grids, setGrids] = useState<SheetGrid[] | null>(null);
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_PANE_SETTINGS);
  const [documents, setDocuments] = useState<GeneratedKind[]>(ALL_DOCUMENTS);
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  const fail = useCallback(
    (e: unknown) => {
      if (e instanceof PaneError && e.kind !== "unexpected")
        setError(translate(lang, e.kind) + (e.detail ? ` (${e.detail})` : ""));
      else setError(translate(lang, "unexpected", { detail: e instanceof Error ? e.message : String(e) }));
    },
    [lang],
  );

  const load = useCallback(async () => {
    try {
      const [saved, g] = await Promise.all([host.readSettings(), host.readGrids()]);
      if (saved) setSettings((s) => ({ ...s, ...saved }));
      setGrids(g);
    } catch (e) {
      fail(e);
    }
  }, [host, fail]);

  useEffect(() => {
    void load();
  }, [load]);

  const run = useCallback(
    (docs: GeneratedKind[]) =>
      grids &&
      runPipeline(
        grids,
        { ...DEFAULT_SETTINGS, threshold: settings.threshold },
        { agency: settings.agency, font: { name: settings.font, size: 16 }, thaiDigits: settings.thaiDigits },
        lang,
        {
          documents: docs,
          excludedTables: settings.excludedTables,
          fiscalYear: settings.fiscalYear ?? undefined,
          defaultYear: settings.defaultYear ?? undefined,
        },
      ),
    [grids, settings, lang],
  );
  const result = useMemo(() => run([]), [run]);

  const generate = async () => {
    const r = run(documents);
    if (!r) return;
    setBusy(true);
    setError(null);
    try {
      setWritten(await host.writeSheets(r.specs));
      setGrids(await host.readGrids());
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const select = host.select
    ? (sheet: string, cell?: string) => void host.select!(sheet, cell).catch(fail)
    : undefined;
  const download = host.download
    ? async () => {
        const { name, blob } = await host.download!();
        const a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = name;
        a.click();
        URL.revokeObjectURL(a.href);
      }
    : undefined;

  return (
    <main className={styles.root} lang={lang}>
      <header>
        <Title3 as="h1">{translate(lang, "title")}</Title3>
        <Caption1 block>{translate(lang, "subtitle")}</Caption1>
      </header>
      {error && (
        <MessageBar intent="error" layout="multiline" data-testid="error">
          <MessageBarBody>
            <MessageBarTitle>{translate(lang, "errorTitle")}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {host.unsupported && host.unsupported.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="separate">
          <MessageBarBody>
            {translate(lang, "separate", { parts: partNames(host.unsupported, lang) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {!grids && !error && <Spinner label={translate(lang, "loading")} />}
      {result && (
        <>
          <Sources
            lang={lang}
            tables={result.report.tables}
            excluded={settings.excludedTables}
            onToggle={(key, include) =>
              setSettings({
                ...settings,
                excludedTables: include
                  ? settings.excludedTables.filter((k) => k !== key)
                  : [...settings.excludedTables, key],
              })
            }
            onSelect={select}
            onUseSelection={
              host.readSelection
                ? () =>
                    void host.readSelection!()
                      .then((g) => g && setGrids([...(grids ?? []), g]))
                      .catch(fail)
                : undefined
            }
          />
          {result.report.tables.length === 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{translate(lang, "sourcesNoneHint")}</MessageBarBody>
            </MessageBar>
          )}
          <SettingsForm
            lang={lang}
            settings={settings}
            defaultFiscalYear={result.plan?.fiscalYear ?? null}
            onChange={setSettings}
            onSave={host.kind === "excel" ? () => void host.writeSettings(settings).catch(fail) : undefined}
          />
          {result.report.latestYear !== null && <Results lang={lang} result={result} onSelect={select} />}
          <Problems lang={lang} diagnostics={result.report.diagnostics} onSelect={select} />
          {result.report.latestYear !== null && (
            <Generate
              lang={lang}
              documents={documents}
              onDocuments={setDocuments}
              busy={busy}
              written={written}
              onGenerate={() => void generate()}
              onOpen={select ? (sheet) => select(sheet) : undefined}
              onDownload={download ? () => void download().catch(fail) : undefined}
            />
          )}
        </>
      )}
    </main>
  );
}
