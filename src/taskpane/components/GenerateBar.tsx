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
import { useEffect, useRef } from "react";
import type { Lang } from "../../analysis/messages";
import { textIn } from "../i18n";

/** What Generate ended with: the sheets written, or the error and what to do. */
export type Outcome = { kind: "done"; sheets: string[] } | { kind: "error"; message: string };

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
  onOpen?(sheet: string): void;
  /** The standalone page: after writing, the main button is the download. */
  onDownload?(): void;
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
});

/** The sticky footer: what will be written, Generate, the step in words, then the result right under it. */
export function GenerateBar(p: Props) {
  const s = useStyles();
  const t = textIn(p.lang);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (p.outcome) result.current?.focus();
  }, [p.outcome]);
  const done = p.outcome?.kind === "done";
  return (
    <footer className={s.bar} data-testid="generate-bar">
      <Text size={200}>{t("willWrite", { docs: p.documents.join(", ") })}</Text>
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
      <div role="status" aria-live="polite">
        {p.step && <ProgressBar aria-label={p.step} />}
        {p.step && <Text size={200}>{p.step}</Text>}
      </div>
      <div ref={result} tabIndex={-1} aria-live="assertive" data-testid="outcome">
        {p.outcome?.kind === "done" && (
          <MessageBar intent="success" layout="multiline" data-testid="written">
            <MessageBarBody>
              <MessageBarTitle>{t("done", { count: p.outcome.sheets.length })}</MessageBarTitle>
              {p.onDownload && <Text block>{t("downloadHint")}</Text>}
              <span className={s.links}>
                {p.outcome.sheets.map((name) =>
                  p.onOpen ? (
                    <Link key={name} as="button" onClick={() => p.onOpen!(name)}>
                      {name}
                    </Link>
                  ) : (
                    <span key={name}>{name}</span>
                  ),
                )}
              </span>
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
