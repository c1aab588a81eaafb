import {
  Badge,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../analysis/messages";
import type { PipelineResult } from "../../pipeline";
import { CLASS_TH } from "../../sheets/buildAnalysisSheet";
import { translate } from "../i18n";
import { IndicatorChart } from "./IndicatorChart";

interface Props {
  lang: Lang;
  result: PipelineResult;
  onSelect?(sheet: string, cell: string): void;
}

const CLASS_EN = {
  urgent: "urgent",
  improve: "to improve",
  declined: "passes, lower",
  keep: "keep",
} as const;
const COLOR = { urgent: "danger", improve: "warning", declined: "informative", keep: "success" } as const;

function signed(d: number | null): string {
  return d === null ? "–" : `${d > 0 ? "+" : ""}${d.toFixed(2)}`;
}

/** Totals, the indicator table with both years and coloured change, a chart, the flagged items and their measures. */
export function Results({ lang, result, onSelect }: Props) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const { report, plan } = result;
  const prev = report.indicators.find((i) => i.previous)?.previous?.year ?? null;
  const flagged = report.items.filter((i) => i.flagged);
  const measureOf = (code: string) =>
    plan?.measures.find((m) => m.items.some((i) => i.kind === "item" && i.code === code))?.title ?? "";
  const cellLink = (sheet: string | null, cell: string | null, label: string) =>
    onSelect && sheet && cell ? (
      <Button
        appearance="transparent"
        size="small"
        title={`${t("goToCell")} ${sheet}!${cell}`}
        onClick={() => onSelect(sheet, cell)}
      >
        {label}
      </Button>
    ) : (
      label
    );
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{t("results")}</h2>
      <Text block>
        {t("latest")}: <b data-testid="latest-year">{report.latestYear}</b>
        {report.total && (
          <>
            {" — "}
            {t("total")} <b data-testid="total">{report.total.score.toFixed(2)}</b>
            {report.level && ` (${t("level")} ${report.level.level})`}
          </>
        )}
      </Text>
      <Table size="extra-small" aria-label={t("indicators")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("indicator")}</TableHeaderCell>
            <TableHeaderCell>{prev ?? ""}</TableHeaderCell>
            <TableHeaderCell>{report.latestYear}</TableHeaderCell>
            <TableHeaderCell>{t("change")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.indicators.map((i) => (
            <TableRow key={i.number}>
              <TableCell>{cellLink(i.sheet, i.cell, `${i.number}. ${i.name}`)}</TableCell>
              <TableCell>{i.previous?.score.toFixed(2) ?? "–"}</TableCell>
              <TableCell
                style={i.flagged ? { color: tokens.colorPaletteRedForeground1, fontWeight: 600 } : undefined}
              >
                {i.score.toFixed(2)}
              </TableCell>
              <TableCell
                style={{
                  color:
                    i.delta === null || i.delta === 0
                      ? undefined
                      : i.delta > 0
                        ? tokens.colorPaletteGreenForeground1
                        : tokens.colorPaletteRedForeground1,
                }}
              >
                {signed(i.delta)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {report.indicators.length > 0 && (
        <IndicatorChart
          title={t("chartTitle")}
          years={[prev, report.latestYear ?? 0]}
          threshold={report.threshold}
          rows={report.indicators.map((i) => ({
            number: i.number,
            previous: i.previous?.score ?? null,
            score: i.score,
          }))}
        />
      )}
      <h3>
        {t("flagged")} ({flagged.length})
      </h3>
      {flagged.length === 0 ? (
        <Text data-testid="nothing-flagged">{t("nothingFlagged")}</Text>
      ) : (
        <ul aria-label={t("flagged")} data-testid="flagged">
          {flagged.map((i) => (
            <li key={i.code}>
              {cellLink(i.sheet, i.cell, `${i.code} ${i.score.toFixed(2)}`)}{" "}
              <Badge color={COLOR[i.class]} appearance="tint">
                {lang === "th" ? CLASS_TH[i.class] : CLASS_EN[i.class]}
              </Badge>
              <Text size={200} block>
                {t("recommendation")}: {measureOf(i.code)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
