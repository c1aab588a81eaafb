import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../analysis/messages";
import { textIn } from "../i18n";

interface Props {
  lang: Lang;
  sheets: string[];
  /** What changed in the sheets replaced; null the first time. */
  changed: string | null;
  /** The standalone page: says the officer's own file is not changed. */
  downloadHint: boolean;
  /** The standalone page: whether the downloaded file keeps the settings set on the page (said when it does not). */
  keepsSettings?: boolean;
  onOpen?(sheet: string): void;
}

const useStyles = makeStyles({
  links: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
});

/**
 * Generate's result, folded to its title and what changed (the flagged items stay in view above the footer); the
 * sheets' links unfold on demand.
 */
export function WrittenResult({ lang, sheets, changed, downloadHint, keepsSettings, onOpen }: Props) {
  const s = useStyles();
  const t = textIn(lang);
  const [shown, setShown] = useState(false);
  return (
    <MessageBar intent="success" layout="multiline" data-testid="written">
      <MessageBarBody>
        <MessageBarTitle>{t("done", { count: sheets.length })}</MessageBarTitle>
        {changed && (
          <Text block size={200} data-testid="what-changed">
            {changed}
          </Text>
        )}
        {downloadHint && (
          <Text block size={200}>
            {t("downloadHint")}
          </Text>
        )}
        {downloadHint && keepsSettings === false && (
          <Text block size={200} data-testid="settings-not-in-file">
            {t("settingsNotInFile")}
          </Text>
        )}
        <Link as="button" aria-expanded={shown} onClick={() => setShown(!shown)}>
          {shown ? t("hideSheets") : t("showSheets", { count: sheets.length })}
        </Link>
        {shown && (
          <span className={s.links} data-testid="sheet-links">
            {sheets.map((name) =>
              onOpen ? (
                <Link key={name} as="button" onClick={() => onOpen(name)}>
                  {name}
                </Link>
              ) : (
                <span key={name}>{name}</span>
              ),
            )}
          </span>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
