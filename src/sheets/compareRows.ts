import { mean, round2 } from "../analysis/round";
import type { ComparedAgency, ComparedYear } from "../compare/compareAgencies";
import type { CellStyle, SpecCell } from "./sheetSpec";
import { CENTER, ESTIMATE_FORMAT, FLAGGED, NUMBER, TEXT, deltaStyle, scoreCell } from "./styles";

/** Fills of the indicator heat table: below the mark (with bold, so it reads in black and white), near, well above. */
const NEAR: CellStyle = { ...NUMBER, fill: "FFF2CC" };
const HIGH: CellStyle = { ...NUMBER, fill: "E2EFDA" };
/** The mark between the near and the well-above fill. */
export const HIGH_MARK = 95;

/** The cells a row of the table is made of, given where the year columns are. */
export interface RowFrame {
  /** The years of the total columns, oldest first; the last is the comparison's year. */
  shown: number[];
  year: number;
  threshold: number;
}

/** One agency: rank, name, totals of the shown years, level, change, indicators below the mark, the ten indicators. */
export function agencyRow(a: ComparedAgency, f: RowFrame): SpecCell[] {
  const byYear = new Map(a.years.map((y) => [y.year, y]));
  const now = a.latest?.year === f.year ? a.latest : null;
  const delta = a.delta && a.delta.to === f.year ? a.delta : null;
  const sinceOther = delta && delta.from !== f.shown[f.shown.length - 2];
  const older = a.latest && a.latest.year !== f.year ? a.latest : null;
  const known = now ? Object.keys(now.indicators).length : 0;
  return [
    { value: a.rank ?? "–", style: CENTER },
    { value: older ? `${a.name} (${latestTotal(older)})` : a.name, style: TEXT },
    ...f.shown.map((y) => {
      const t = byYear.get(y);
      return scoreCell(t?.total, f.threshold, t?.totalSource === "computed");
    }),
    { value: now?.level ? `${now.level}${now.levelEstimate ? "*" : ""}` : "–", style: CENTER },
    delta
      ? sinceOther
        ? {
            value: `${delta.change > 0 ? "+" : ""}${delta.change.toFixed(2)} (จาก ${delta.from})`,
            style: CENTER,
          }
        : { value: delta.change, style: deltaStyle(delta.change) }
      : { value: "–", style: CENTER },
    {
      // Out of the indicators the table gives: "0 จาก 2" where it prints only two of the ten.
      value: !now ? "–" : known < 10 ? `${now.below.length} จาก ${known}` : now.below.length,
      style: now && now.below.length > 0 ? { ...CENTER, bold: true } : CENTER,
    },
    ...Array.from({ length: 10 }, (_, i) => heatCell(now, i + 1, f.threshold)),
  ];
}

/** An unranked agency's latest total: "คะแนนรวมล่าสุดปี 2567: 92.93* ผ่านดี*", or that it has none. */
function latestTotal(y: ComparedYear): string {
  if (y.total === null) return `ไม่มีคะแนนรวม ข้อมูลล่าสุดปี ${y.year}`;
  const level = y.level ? ` ${y.level}${y.levelEstimate ? "*" : ""}` : "";
  return `คะแนนรวมล่าสุดปี ${y.year}: ${y.total.toFixed(2)}${y.totalSource === "computed" ? "*" : ""}${level}`;
}

function heatCell(y: ComparedYear | null, n: number, threshold: number): SpecCell {
  const v = y?.indicators[n];
  if (v === undefined) return { value: "–", style: CENTER };
  const style = v < threshold ? FLAGGED : v < HIGH_MARK ? NEAR : HIGH;
  return {
    value: v,
    style: y!.estimatedIndicators.includes(n) ? { ...style, numFmt: ESTIMATE_FORMAT } : style,
  };
}

/** A row under the ranked agencies: a label across the left columns, then one figure per indicator. */
export function indicatorSummary(
  label: string,
  f: RowFrame,
  value: (n: number) => number | null,
  flag: boolean,
): (SpecCell & { span?: number })[] {
  return [
    { value: label, style: { ...TEXT, bold: true }, span: 2 + f.shown.length + 3 },
    ...Array.from({ length: 10 }, (_, i): SpecCell => {
      const v = value(i + 1);
      if (v === null) return { value: "–", style: CENTER };
      if (!flag) return { value: v, style: { ...CENTER, bold: v > 0 } };
      return { value: v, style: v < f.threshold ? FLAGGED : NUMBER };
    }),
  ];
}

export function meanOf(agencies: ComparedAgency[], n: number): number | null {
  const v = agencies.flatMap((a) => a.latest?.indicators[n] ?? []);
  return v.length ? round2(mean(v)) : null;
}

export function countBelow(agencies: ComparedAgency[], n: number, threshold: number): number | null {
  const v = agencies.flatMap((a) => a.latest?.indicators[n] ?? []);
  return v.length ? v.filter((x) => x < threshold).length : null;
}
