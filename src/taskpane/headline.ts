import type { AnalysisReport } from "../analysis/report";
import type { textIn } from "./i18n";

/** What is below the mark, at every level the workbook has scores for (the summary card's headline). */
export interface Headline {
  /** Items below the mark, and whether the workbook has item scores at all. */
  items: number;
  hasItems: boolean;
  /** The indicators below the mark, by number; whether there are indicator scores. */
  indicators: number[];
  hasIndicators: boolean;
  /** The instruments (IIT, EIT, OIT) below the mark. */
  instruments: string[];
  /** The total is below the mark. */
  total: boolean;
  /** Nothing is below the mark at any level. */
  allPass: boolean;
}

export function headlineOf(report: AnalysisReport): Headline {
  const items = report.items.filter((i) => i.flagged).length;
  const indicators = report.indicators.filter((i) => i.flagged).map((i) => i.number);
  const instruments = report.instruments.filter((i) => i.flagged).map((i) => i.instrument);
  const total = report.total?.flagged ?? false;
  return {
    items,
    hasItems: report.items.length > 0,
    indicators,
    hasIndicators: report.indicators.length > 0,
    instruments,
    total,
    allPass: items === 0 && indicators.length === 0 && instruments.length === 0 && !total,
  };
}

type Text = ReturnType<typeof textIn>;

/**
 * The headline in words: "3 ข้อต่ำกว่า 85" when only items are below; "ต่ำกว่า 85: 3 ข้อ · ตัวชี้วัดที่ 9, 10 ·
 * คะแนนรวม" when more is; what passes, at the finest level the workbook has, when nothing is below.
 */
export function headlineText(h: Headline, mark: number, t: Text): string {
  if (h.allPass)
    return t(h.hasItems ? "allPass" : h.hasIndicators ? "allIndicatorsPass" : "totalPasses", { mark });
  const parts = [
    ...(h.items > 0 ? [t("belowItems", { count: h.items })] : []),
    ...(h.indicators.length ? [t("belowIndicators", { list: h.indicators.join(", ") })] : []),
    ...(h.instruments.length ? [t("belowInstruments", { list: h.instruments.join(", ") })] : []),
    ...(h.total ? [t("belowTotal")] : []),
  ];
  if (parts.length === 1 && h.items > 0) return t("belowMark", { count: h.items, mark });
  return t("belowMarkAt", { mark, parts: parts.join(" · ") });
}
