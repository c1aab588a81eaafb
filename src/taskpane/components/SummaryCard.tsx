import { Badge, Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../analysis/messages";
import type { AnalysisReport } from "../../analysis/report";
import { textIn } from "../i18n";
import { headlineOf, headlineText } from "../headline";
import type { Reading } from "../reading";
import { fixed2, signed } from "./numbers";

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  total: { display: "flex", alignItems: "baseline", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  big: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightBold, lineHeight: 1.1 },
  num: { fontVariantNumeric: "tabular-nums" },
  about: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  unread: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // As wide as its words, not the card (at 1280 px a full-width button reads as a banner).
  action: { alignSelf: "flex-start" },
});

interface Props {
  lang: Lang;
  report: AnalysisReport;
  reading: Reading | null;
  onSelect?(sheet: string, range: string): void;
  /** Opens the field for NACC's published total (offered while the total is computed here, or missing). */
  onEnterTotal?(): void;
}

/** The answer first: the latest total and level beside last year's, the instruments, what is below the mark. */
export function SummaryCard({ lang, report, reading, onSelect, onEnterTotal }: Props) {
  const s = useStyles();
  const [showUnread, setShowUnread] = useState(false);
  const [showWhy, setShowWhy] = useState(false);
  const t = textIn(lang);
  const headline = headlineOf(report);
  const total = report.total;
  const trend = total?.delta ? (total.delta > 0 ? s.up : s.down) : undefined;
  return (
    <section className={s.card} aria-labelledby="summary-title" data-testid="summary">
      <h2 id="summary-title" className={s.title}>
        {t("summaryTitle")} <span data-testid="latest-year">{report.latestYear}</span>
      </h2>
      {total ? (
        <div className={s.total}>
          <span className={s.big}>
            {total.estimate && <span className={s.about}>{t("about")} </span>}
            <span className={s.num} data-testid="total">
              {fixed2(total.score)}
            </span>
          </span>
          {report.level && (
            <Text weight="semibold">
              {t("level")} {report.level.level}
              {report.level.estimate ? ` (${t("estimated")})` : ""}
            </Text>
          )}
          {total.previous && (
            <Text size={200}>
              <span className={trend}>{signed(total.delta)}</span>{" "}
              {t("previousTotal", { year: total.previous.year, score: fixed2(total.previous.score) })}
              {report.level?.previous ? ` (${report.level.previous.level})` : ""}
            </Text>
          )}
        </div>
      ) : (
        <Text size={200}>{t("noTotal")}</Text>
      )}
      {total?.estimate && (
        // Said at once in one line; why (each assumption, and where to type NACC's figure) on demand, so the
        // card and the items below it stay on the first screen.
        <Text size={200} data-testid="total-estimate">
          {showWhy ? (
            t("totalEstimate", { assumed: total.assumed.map((a) => a.text).join("; ") })
          ) : (
            <>
              {t("totalEstimateShort")}{" "}
              <Link as="button" aria-expanded={false} onClick={() => setShowWhy(true)}>
                {t("why")}
              </Link>
            </>
          )}
        </Text>
      )}
      {onEnterTotal && (!total || total.estimate) && (
        <Button
          className={s.action}
          size="small"
          appearance="secondary"
          onClick={onEnterTotal}
          data-testid="enter-total"
        >
          {t("enterTotal")}
        </Button>
      )}
      {report.level?.reason && (
        <Text size={200} data-testid="level-reason">
          {report.level.reason}
        </Text>
      )}
      {report.instruments.length > 0 && (
        <Text size={200} className={s.num} data-testid="instruments">
          {report.instruments.map((i) => `${i.instrument} ${fixed2(i.score)}`).join(" · ")}
        </Text>
      )}
      <div className={s.badges}>
        <Badge
          appearance="tint"
          color={headline.allPass ? "success" : "danger"}
          size="large"
          data-testid="flagged-count"
          data-status={headline.allPass ? "pass" : "below"}
        >
          {headlineText(headline, report.threshold, t)}
        </Badge>
        {reading && reading.rowsUnread > 0 && (
          <>
            <Badge appearance="tint" color="warning" size="large" data-testid="unread">
              {t("unreadRows", { count: reading.rowsUnread })}
            </Badge>
            <Button
              size="small"
              appearance="transparent"
              aria-expanded={showUnread}
              onClick={() => setShowUnread(!showUnread)}
            >
              {showUnread ? t("hide") : t("show")}
            </Button>
          </>
        )}
      </div>
      {showUnread && reading && (
        <ul className={s.unread} data-testid="unread-list">
          {reading.unread.map((u) => (
            <li key={`${u.sheet}!${u.range}`}>
              {onSelect ? (
                <Button size="small" appearance="transparent" onClick={() => onSelect(u.sheet, u.range)}>
                  {`${u.sheet}!${u.range}`}
                </Button>
              ) : (
                <b>{`${u.sheet}!${u.range}`}</b>
              )}{" "}
              <Text size={200}>{u.message}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
