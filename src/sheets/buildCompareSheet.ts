import { mean, round2 } from "../analysis/round";
import type { ComparedAgency, ComparedYear, Comparison } from "../compare/compareAgencies";
import { type CompareOrder, sortedAgencies } from "../compare/compareOrder";
import { message } from "../analysis/messages";
import { pageBreaks } from "./pageBreaks";
import { type DocOptions, SheetBuilder } from "./sheetBuilder";
import type { CellStyle, SheetSpec, SpecCell } from "./sheetSpec";
import { CENTER, CENTERED_LINE, FLAGGED, HEADER, NUMBER, TEXT, deltaStyle } from "./styles";

/** How many years of totals the table shows (every year is in the JSON report). */
const TOTAL_YEARS = 3;
/** Fills of the indicator heat table: below the mark (with bold, so it reads in black and white), near, well above. */
const NEAR: CellStyle = { ...NUMBER, fill: "FFF2CC" };
const HIGH: CellStyle = { ...NUMBER, fill: "E2EFDA" };
/** A figure computed here, not published: its number with an asterisk, explained under the table. */
const ESTIMATE_FORMAT = '0.00"*"';

/**
 * The comparison of agencies, one row each: rank by the latest total, totals of the last three years, level,
 * change, how many indicators are below the mark, and the ten indicators of the latest year as a heat table (value
 * and fill; bold below the mark). Then the mean and the count below the mark per indicator, and the agencies that
 * could not be read, each with why.
 */
export function buildCompareSheet(c: Comparison, opt: DocOptions, order: CompareOrder = "total"): SheetSpec {
  const year = c.year ?? c.years[c.years.length - 1] ?? 0;
  const shown = c.years.filter((y) => y <= year).slice(-TOTAL_YEARS);
  const widths = [8, 26, ...shown.map(() => 9), 9, 10, 10, ...Array<number>(10).fill(9.5)];
  const b = new SheetBuilder(widths, opt);
  b.title(`ผลการประเมิน ITA ปี พ.ศ. ${year} เปรียบเทียบรายหน่วยงาน`);
  b.line(summaryLine(c, year), CENTERED_LINE);
  const band = b.subHeader([
    { value: "อันดับ", style: HEADER },
    { value: "หน่วยงาน", style: HEADER },
    { value: "คะแนนรวม", style: HEADER, span: shown.length },
    { value: `ระดับ ${year}`, style: HEADER },
    { value: "เปลี่ยนแปลง", style: HEADER },
    { value: `ตัวชี้วัดต่ำกว่า ${c.threshold}`, style: HEADER },
    { value: `คะแนนรายตัวชี้วัด ปี ${year}`, style: HEADER, span: 10 },
  ]);
  const single = [0, 1, 2 + shown.length, 3 + shown.length, 4 + shown.length];
  const header = b.header(
    widths.map((_, col) =>
      single.includes(col)
        ? ""
        : col < 2 + shown.length
          ? String(shown[col - 2])
          : String(col - 4 - shown.length),
    ),
  );
  const first = b.rowCount;
  for (const a of sortedAgencies(c, order)) b.row(agencyRow(a, shown, year, c.threshold));
  const last = b.rowCount - 1;
  const scored = c.agencies.filter((a) => a.latest?.year === year);
  b.row(indicatorSummary("ค่าเฉลี่ย", shown.length, (n) => meanOf(scored, n), c.threshold));
  b.row(
    indicatorSummary(`จำนวนหน่วยงานที่ต่ำกว่า ${c.threshold}`, shown.length, (n) =>
      countBelow(scored, n, c.threshold),
    ),
  );
  b.line(
    `ตัวเลขตัวหนาบนพื้นสีแดง = ต่ำกว่าเกณฑ์ ${c.threshold} · * = ประมาณการ: คำนวณจากคะแนนตัวชี้วัด ไม่ใช่ตัวเลขที่ ป.ป.ช. ประกาศ · คะแนนรายตัวชี้วัดเป็นของปี ${year}`,
  );
  if (c.notRead.length > 0) {
    b.section(`หน่วยงานที่อ่านคะแนนไม่ได้ (${c.notRead.length})`);
    for (const n of c.notRead)
      b.row([
        { value: "–", style: CENTER },
        { value: n.name, style: TEXT },
        { value: `${message(n.id, n.params, "th")} (${n.where})`, style: TEXT, span: widths.length - 2 },
      ]);
  }
  const built = b.build("compare", `เปรียบเทียบ ITA ${year}`);
  // The two header rows print on every page; a column with one heading is merged down both.
  const patched: SheetSpec = {
    ...built,
    merges: [...built.merges, ...single.map((col) => ({ top: band, left: col, bottom: header, right: col }))],
    print: { ...built.print, repeatRows: { first: band, last: header }, rowBreaks: undefined },
  };
  const breaks = pageBreaks(patched);
  const spec: SheetSpec = breaks.length
    ? { ...patched, print: { ...patched.print, rowBreaks: breaks } }
    : patched;
  const totalCol = 2 + shown.length - 1;
  if (last >= first && !opt.thaiDigits)
    spec.chart = {
      title: `คะแนนรวม ITA ปี ${year} รายหน่วยงาน`,
      rows: { first, last },
      series: [{ name: String(year), col: totalCol }],
      categoryColumn: 1,
      anchor: { row: first, col: widths.length + 1 },
    };
  return spec;
}

function summaryLine(c: Comparison, year: number): string {
  const scored = c.agencies.filter((a) => a.latest?.year === year && a.latest.total !== null);
  const below = scored.filter((a) => a.latest!.total! < c.threshold).length;
  const avg = scored.length ? round2(mean(scored.map((a) => a.latest!.total!))).toFixed(2) : "–";
  const notRead = c.notRead.length ? ` · อ่านไม่ได้ ${c.notRead.length} หน่วยงาน` : "";
  return `${scored.length} หน่วยงานที่มีคะแนนรวมปี ${year} · ต่ำกว่า ${c.threshold}: ${below} · คะแนนรวมเฉลี่ย ${avg}${notRead}`;
}

function agencyRow(a: ComparedAgency, shown: number[], year: number, threshold: number): SpecCell[] {
  const byYear = new Map(a.years.map((y) => [y.year, y]));
  const now = a.latest?.year === year ? a.latest : null;
  const delta = a.delta && a.delta.to === year ? a.delta : null;
  const sinceOther = delta && delta.from !== shown[shown.length - 2];
  return [
    { value: a.rank ?? "–", style: CENTER },
    {
      value: a.latest && a.latest.year !== year ? `${a.name} (คะแนนล่าสุดปี ${a.latest.year})` : a.name,
      style: TEXT,
    },
    ...shown.map((y) => totalCell(byYear.get(y), threshold)),
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
      value: now ? now.below.length : "–",
      style: now && now.below.length > 0 ? { ...CENTER, bold: true } : CENTER,
    },
    ...Array.from({ length: 10 }, (_, i) => heatCell(now, i + 1, threshold)),
  ];
}

function totalCell(y: ComparedYear | undefined, threshold: number): SpecCell {
  if (!y || y.total === null) return { value: "–", style: CENTER };
  const style = y.total < threshold ? FLAGGED : NUMBER;
  return {
    value: y.total,
    style: y.totalSource === "computed" ? { ...style, numFmt: ESTIMATE_FORMAT } : style,
  };
}

function heatCell(y: ComparedYear | null, n: number, threshold: number): SpecCell {
  const v = y?.indicators[n];
  if (v === undefined) return { value: "–", style: CENTER };
  const style = v < threshold ? FLAGGED : v < 95 ? NEAR : HIGH;
  return {
    value: v,
    style: y!.estimatedIndicators.includes(n) ? { ...style, numFmt: ESTIMATE_FORMAT } : style,
  };
}

function indicatorSummary(
  label: string,
  totals: number,
  value: (n: number) => number | null,
  threshold?: number,
): (SpecCell & { span?: number })[] {
  return [
    { value: label, style: { ...TEXT, bold: true }, span: 2 + totals + 3 },
    ...Array.from({ length: 10 }, (_, i) => {
      const v = value(i + 1);
      if (v === null) return { value: "–", style: CENTER };
      const flagged = threshold !== undefined && v < threshold;
      return {
        value: v,
        style: threshold === undefined ? { ...CENTER, bold: v > 0 } : flagged ? FLAGGED : NUMBER,
      };
    }),
  ];
}

function meanOf(agencies: ComparedAgency[], n: number): number | null {
  const v = agencies.flatMap((a) => a.latest?.indicators[n] ?? []);
  return v.length ? round2(mean(v)) : null;
}

function countBelow(agencies: ComparedAgency[], n: number, threshold: number): number | null {
  const v = agencies.flatMap((a) => a.latest?.indicators[n] ?? []);
  return v.length ? v.filter((x) => x < threshold).length : null;
}
