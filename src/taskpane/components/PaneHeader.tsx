import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../../analysis/messages";
import { translate } from "../i18n";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

interface Props {
  lang: Lang;
  onLang(lang: Lang): void;
  /** The standalone page's "open another file". */
  action?: ReactNode;
  subtitle?: boolean;
}

/** The title, the page's own action and the ไทย | EN switch. */
export function PaneHeader({ lang, onLang, action, subtitle }: Props) {
  const s = useStyles();
  const other: Lang = lang === "th" ? "en" : "th";
  return (
    <header>
      <div className={s.header}>
        <h1 className={s.title}>{translate(lang, "title")}</h1>
        <div className={s.actions}>
          {action}
          <Button
            size="small"
            appearance="subtle"
            lang={other}
            title={translate(lang, "switchLanguageLabel")}
            onClick={() => onLang(other)}
            data-testid="lang-switch"
          >
            {translate(lang, "switchLanguage")}
          </Button>
        </div>
      </div>
      {subtitle && <Caption1 block>{translate(lang, "subtitle")}</Caption1>}
    </header>
  );
}
