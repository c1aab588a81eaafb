import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import type { Lang } from "../../analysis/messages";
import { App } from "../App";
import { errorText } from "../errorText";
import { createFileHost } from "../fileHost";
import { fetchSample } from "../lazyXlsx";
import { languageOf, rememberLanguage, rememberedLanguage, textIn } from "../i18n";
import type { PaneHost } from "../paneHost";
import { FirstRun } from "./FirstRun";
import { DiscardConfirm } from "./DiscardConfirm";
import { PaneHeader } from "./PaneHeader";

type Opened = { name: string; arrayBuffer(): Promise<ArrayBuffer> };

const useStyles = makeStyles({
  page: { maxWidth: "760px", margin: "0 auto", minHeight: "100vh", boxSizing: "border-box" },
  start: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  dragging: { backgroundColor: tokens.colorBrandBackground2 },
});

/** The page: a header, a drop zone and the sample before a file; the pane on the file after. */
export function StandalonePage() {
  const s = useStyles();
  const [lang, setLang] = useState<Lang>(() => rememberedLanguage(languageOf(navigator.language)));
  const [host, setHost] = useState<PaneHost | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState(0);
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const t = textIn(lang);
  // Documents made and not downloaded: opening another file asks first (what it asks to do waits here).
  const [undownloaded, setUndownloaded] = useState(false);
  const [asking, setAsking] = useState<(() => void) | null>(null);
  const whenDiscardable = (action: () => void) => () => (undownloaded ? setAsking(() => action) : action());
  const onUndownloaded = useCallback((u: boolean) => setUndownloaded(u), []);

  const open = async (file: Opened | undefined) => {
    if (!file) return;
    setError(null);
    setUndownloaded(false);
    // Said at once, in words: the file is read in a worker, and the page stays usable meanwhile.
    setReading(file.name);
    try {
      const h = await createFileHost(file, lang);
      setOpened((n) => n + 1);
      setHost(h);
    } catch (e) {
      setHost(null);
      setError(errorText(lang, e));
    } finally {
      setReading(null);
    }
  };
  const changeLang = (l: Lang) => {
    rememberLanguage(l);
    setLang(l);
  };
  const fileInput = (
    <input
      ref={input}
      type="file"
      hidden
      aria-label={t("openFile")}
      accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
      data-testid="file"
      onChange={(e) => void open(e.target.files?.[0])}
    />
  );
  const openOther = (
    <Button size="small" onClick={whenDiscardable(() => input.current?.click())}>
      {t("openOther")}
    </Button>
  );
  return (
    <div className={s.page}>
      {host ? (
        <>
          {fileInput}
          {asking && (
            <DiscardConfirm
              title={t("discardTitle")}
              body={t("discardBody", { button: t("download") })}
              confirm={t("discardConfirm")}
              cancel={t("discardCancel")}
              onCancel={() => setAsking(null)}
              onConfirm={() => {
                setAsking(null);
                asking();
              }}
            />
          )}
          <App
            key={opened}
            host={{ ...host, lang }}
            headerAction={openOther}
            onSample={whenDiscardable(() => void fetchSample().then(open))}
            onUndownloaded={onUndownloaded}
          />
        </>
      ) : (
        <main className={s.start}>
          <PaneHeader lang={lang} onLang={changeLang} subtitle />
          {reading && (
            <Spinner size="small" label={t("readingFile", { name: reading })} data-testid="reading" />
          )}
          {error && (
            <MessageBar intent="error" layout="multiline" data-testid="error">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          <div
            className={mergeClasses(s.drop, dragging && s.dragging)}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              void open(e.dataTransfer.files[0]);
            }}
            data-testid="drop-zone"
          >
            {fileInput}
            <Button appearance="primary" onClick={() => input.current?.click()}>
              {t("openFile")}
            </Button>
            <Caption1>{t("dropHere")}</Caption1>
            <Caption1>{t("openFileHint")}</Caption1>
          </div>
          <FirstRun
            lang={lang}
            where="start"
            onSample={() =>
              void fetchSample()
                .then(open)
                .catch((e) => setError(errorText(lang, e)))
            }
          />
        </main>
      )}
    </div>
  );
}
