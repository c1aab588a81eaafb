import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ReactNode, type RefObject, useEffect, useRef, useState } from "react";
import type { Lang } from "../../analysis/messages";
import type { LostEdit } from "../../sheets/carryRowEdits";
import { textIn } from "../i18n";
import { extrasText } from "../../i18n/partText";
import { WrittenResult } from "./WrittenResult";

/**
 * What Generate ended with: the sheets written; the error and what to do; or, before writing anything, the text
 * typed into the earlier documents that the new ones would not hold, for the officer to confirm.
 */
export type Outcome =
  | {
      kind: "done";
      sheets: string[];
      /** What changed in the sheets replaced; null the first time. */ changed: string | null;
      /** A file opened in the browser: whether its download keeps the page's settings. */
      keepsSettings?: boolean;
    }
  | { kind: "error"; message: string }
  | { kind: "confirmLost"; lost: LostEdit[] };

interface Props {
  lang: Lang;
  /** The documents' names, for "จะเขียน: …". */
  documents: string[];
  /** Earlier generated sheets that writing will replace. */
  replaces: number;
  /** The step being done, in words; null when idle. */
  step: string | null;
  outcome: Outcome | null;
  onGenerate(): void;
  /** Generate although typed text would not be kept (after confirmLost). */
  onConfirm?(): void;
  onOpen?(sheet: string): void;
  /** The standalone page: after writing, the main button is the download. */
  onDownload?(): void;
  /** What must be filled in before Generate (the agency's name), shown above the button. */
  ask?: ReactNode;
}

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    boxShadow: tokens.shadow4,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  links: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalL },
});

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The sticky footer: what will be written, Generate, the step in words, then the result right under it. */
export function GenerateBar(p: Props) {
  const s = useStyles();
  const t = textIn(p.lang);
  const result = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLElement>(null);
  useEffect(() => {
    if (p.outcome) result.current?.focus();
  }, [p.outcome]);
  useScrollPaddingFor(bar);
  const done = p.outcome?.kind === "done";
  const [docsShown, setDocsShown] = useState(false);
  return (
    <footer ref={bar} className={s.bar} data-testid="generate-bar">
      {p.ask}
      {p.replaces > 0 && !done && (
        <Text size={200} data-testid="will-replace">
          {t("willReplace", { count: p.replaces })}
        </Text>
      )}
      <div className={s.row}>
        {done && p.onDownload ? (
          <Button appearance="primary" onClick={p.onDownload}>
            {t("download")}
          </Button>
        ) : null}
        <Button
          appearance={done && p.onDownload ? "secondary" : "primary"}
          disabled={p.step !== null || p.documents.length === 0}
          onClick={p.onGenerate}
        >
          {t("generate")}
        </Button>
      </div>
      {!done && (
        // One line, after the button (Tab reaches Generate first); the documents' names on demand.
        <Text size={200} data-testid="will-write">
          {docsShown ? (
            t("willWrite", { docs: p.documents.join(", ") })
          ) : (
            <>
              {t("willWriteCount", { count: p.documents.length })}{" "}
              <Link as="button" onClick={() => setDocsShown(true)}>
                {t("showDocs")}
              </Link>
            </>
          )}
        </Text>
      )}
      <div role="status" aria-live="polite">
        {p.step && <ProgressBar aria-label={p.step} />}
        {p.step && <Text size={200}>{p.step}</Text>}
      </div>
      <div ref={result} tabIndex={-1} aria-live="assertive" data-testid="outcome">
        {p.outcome?.kind === "done" && (
          <WrittenResult
            lang={p.lang}
            sheets={p.outcome.sheets}
            changed={p.outcome.changed}
            downloadHint={p.onDownload !== undefined}
            keepsSettings={p.outcome.keepsSettings}
            onOpen={p.onOpen}
          />
        )}
        {p.outcome?.kind === "confirmLost" && (
          <MessageBar intent="warning" layout="multiline" data-testid="confirm-lost">
            <MessageBarBody>
              <MessageBarTitle>{t("lostTitle", { count: p.outcome.lost.length })}</MessageBarTitle>
              <ul className={s.list}>
                {p.outcome.lost.slice(0, 5).map((e) => (
                  <li key={`${e.sheet}!${e.cell}`}>
                    {e.extras
                      ? t("lostExtras", { sheet: e.sheet, what: extrasText(e.extras, p.lang) })
                      : t("lostItem", { sheet: e.sheet, cell: e.cell, text: short(e.text) })}
                  </li>
                ))}
              </ul>
              <Text block>{t("lostHint")}</Text>
              {p.onConfirm && (
                <Button size="small" onClick={p.onConfirm}>
                  {t("lostConfirm")}
                </Button>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {p.outcome?.kind === "error" && (
          <MessageBar intent="error" layout="multiline" data-testid="error">
            <MessageBarBody>
              <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
              {p.outcome.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </footer>
  );
}

/**
 * Keeps the page's scroll padding as tall as the sticky footer, so an element reached with Tab is scrolled clear of
 * it, never hidden under it (WCAG 2.2 SC 2.4.11); follows the footer as it grows and shrinks.
 */
function useScrollPaddingFor(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = bar.current;
    const root = document.documentElement;
    if (!el || typeof ResizeObserver === "undefined") return;
    const set = () =>
      (root.style.scrollPaddingBottom = `${Math.ceil(el.getBoundingClientRect().height) + 8}px`);
    set();
    const watch = new ResizeObserver(set);
    watch.observe(el);
    return () => {
      watch.disconnect();
      root.style.scrollPaddingBottom = "";
    };
  }, [bar]);
}
