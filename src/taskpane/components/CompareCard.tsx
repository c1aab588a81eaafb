import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../analysis/messages";
import { mean, round2 } from "../../analysis/round";
import type { ComparedAgency, Comparison } from "../../compare/compareAgencies";
import { type CompareOrder, isCompareOrder, sortedAgencies } from "../../compare/compareOrder";
import { comparePaneTextIn } from "../../i18n/comparePaneText";
import { fixed2, signed } from "./numbers";

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: "collapse", width: "100%", fontVariantNumeric: "tabular-nums" },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "left",
    verticalAlign: "top",
  },
  num: { textAlign: "right" },
  figure: { whiteSpace: "nowrap" },
  below: {
    display: "block",
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  // The name takes the width the figures leave: it wraps at words, the figures never.
  name: { width: "100%" },
  down: { color: tokens.colorPaletteRedForeground1 },
  up: { color: tokens.colorPaletteGreenForeground1 },
  action: { alignSelf: "flex-start" },
});

/** How many agencies the card lists; the sheet has them all. */
const SHOWN = 10;

interface Props {
  lang: Lang;
  comparison: Comparison;
  busy: boolean;
  onWrite(order: CompareOrder): void;
}

/**
 * A workbook of several agencies (a provincial table): who is where in the latest year, sorted as the officer
 * asks, and the comparison sheet on demand. The analysis below stays the first agency's, and says so.
 */
export function CompareCard({ lang, comparison: c, busy, onWrite }: Props) {
  const s = useStyles();
  const t = comparePaneTextIn(lang);
  const [order, setOrder] = useState<CompareOrder>("total");
  const scored = c.agencies.filter((a) => a.rank !== null);
  const rows = sortedAgencies(c, order);
  const n = order.startsWith("indicator:") ? Number(order.slice(10)) : null;
  const first = c.agencies.find((a) => a.years.length > 0);
  return (
    <section className={s.card} aria-labelledby="compare-title" data-testid="compare">
      <h2 id="compare-title" className={s.title}>
        {t("title", { count: c.agencies.length + c.notRead.length })}
      </h2>
      <Text>
        {t("overview", {
          year: c.year ?? "–",
          mark: c.threshold,
          below: scored.filter((a) => a.latest!.total! < c.threshold).length,
          mean: scored.length ? fixed2(round2(mean(scored.map((a) => a.latest!.total!)))) : "–",
        })}
      </Text>
      <Field label={t("order")}>
        <Select value={order} onChange={(_, d) => isCompareOrder(d.value) && setOrder(d.value)}>
          <option value="total">{t("byTotal")}</option>
          <option value="below">{t("byBelow")}</option>
          <option value="change">{t("byChange")}</option>
          {Array.from({ length: 10 }, (_, i) => (
            <option key={i} value={`indicator:${i + 1}`}>
              {t("byIndicator", { n: i + 1 })}
            </option>
          ))}
        </Select>
      </Field>
      <table className={s.table}>
        <thead>
          <tr>
            <th className={s.cell}>{t("rank")}</th>
            <th className={`${s.cell} ${s.name}`}>{t("agency")}</th>
            <th className={`${s.cell} ${s.num}`}>{n === null ? t("total") : t("indicator", { n })}</th>
            <th className={`${s.cell} ${s.num}`}>{t("change")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((a) => (
            <AgencyRow key={`${a.name}|${a.where}`} a={a} n={n} year={c.year} threshold={c.threshold} t={t} />
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && <Text>{t("more", { count: rows.length - SHOWN })}</Text>}
      {c.notRead.length > 0 && <Text>{t("notRead", { count: c.notRead.length })}</Text>}
      {first && <Text size={200}>{t("firstOnly", { name: first.name })}</Text>}
      <Button className={s.action} appearance="secondary" disabled={busy} onClick={() => onWrite(order)}>
        {t("write")}
      </Button>
    </section>
  );
}

function AgencyRow(p: {
  a: ComparedAgency;
  n: number | null;
  year: number | null;
  threshold: number;
  t: ReturnType<typeof comparePaneTextIn>;
}) {
  const s = useStyles();
  const { a, n, threshold } = p;
  const now = a.latest?.year === p.year ? a.latest : null;
  const value = n === null ? (now?.total ?? null) : (now?.indicators[n] ?? null);
  const estimate =
    n === null ? now?.totalSource === "computed" : (now?.estimatedIndicators.includes(n) ?? false);
  const change = a.delta?.to === p.year ? a.delta.change : null;
  return (
    <tr>
      <td className={s.cell}>{a.rank ?? "–"}</td>
      <td className={`${s.cell} ${s.name}`}>{a.name}</td>
      <td className={`${s.cell} ${s.num}`}>
        <span className={s.figure}>
          {value === null ? "–" : `${estimate ? `${p.t("estimate")} ` : ""}${fixed2(value)}`}
        </span>
        {value !== null && value < threshold && (
          <span className={s.below}>{p.t("below", { mark: threshold })}</span>
        )}
      </td>
      <td className={`${s.cell} ${s.num} ${s.figure} ${change === null ? "" : change < 0 ? s.down : s.up}`}>
        {change === null ? "–" : signed(change)}
      </td>
    </tr>
  );
}
