import { message } from "../analysis/messages";
import { mean, round2 } from "../analysis/round";
import type { Comparison } from "../compare/compareAgencies";
import { type CompareOrder, sortedAgencies } from "../compare/compareOrder";
import { HIGH_MARK, type RowFrame, agencyRow, countBelow, indicatorSummary, meanOf } from "./compareRows";
import { pageBreaks } from "./pageBreaks";
import { type DocOptions, OFFICER_NOTE_LEAD, SheetBuilder } from "./sheetBuilder";
import type { SheetSpec } from "./sheetSpec";
import { CENTERED_LINE, HEADER } from "./styles";

/** How many years of totals the table shows (every year is in the JSON report). */
const TOTAL_YEARS = 3;

/**
 * The comparison of agencies, one row each: rank by the latest total, totals of the last three years, level,
 * change, how many indicators are below the mark, and the ten indicators of the latest year as a heat table (value
 * and fill; bold below the mark). Then each indicator's mean and count below the mark, the legend, and the agencies
 * with no total of that year (unranked, each with its latest). What could not be read is a note to the officer
 * above the print area, never printed: it is the tool's to say, not the document's.
 */
export function buildCompareSheet(c: Comparison, opt: DocOptions, order: CompareOrder = "total"): SheetSpec {
  const year = c.year ?? c.years[c.years.length - 1] ?? 0;
  const shown = c.years.filter((y) => y <= year).slice(-TOTAL_YEARS);
  const f: RowFrame = { shown, year, threshold: c.threshold };
  const widths = [8, 28, ...shown.map(() => 10.5), 13, 14, 13, ...Array<number>(10).fill(10.5)];
  const b = new SheetBuilder(widths, opt);
  for (const n of c.notRead)
    b.officerNote(`${OFFICER_NOTE_LEAD}อ่านไม่ได้: ${n.name} (${n.where}) — ${message(n.id, n.params, "th")}`);
  b.title(`ผลการประเมิน ITA ปี พ.ศ. ${year} เปรียบเทียบรายหน่วยงาน`);
  b.line(`${summaryLine(c, year)}${orderText(order)}`, CENTERED_LINE);
  const prev = shown[shown.length - 2];
  const band = b.subHeader([
    { value: "อันดับ", style: HEADER },
    { value: "หน่วยงาน", style: HEADER },
    { value: "คะแนนรวม", style: HEADER, span: shown.length },
    { value: `ระดับ ${year}`, style: HEADER },
    { value: prev ? `เปลี่ยนแปลง\n(${prev}→${year})` : "เปลี่ยนแปลง", style: HEADER },
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
  const listed = sortedAgencies(c, order);
  const ranked = listed.filter((a) => a.rank !== null);
  const first = b.rowCount;
  for (const a of ranked) b.row(agencyRow(a, f));
  const last = b.rowCount - 1;
  b.row(indicatorSummary("ค่าเฉลี่ย", f, (n) => meanOf(ranked, n), true));
  b.row(
    indicatorSummary(
      `จำนวนหน่วยงานที่ต่ำกว่า ${c.threshold}`,
      f,
      (n) => countBelow(ranked, n, c.threshold),
      false,
    ),
  );
  b.line(legend(c, year));
  const unranked = listed.filter((a) => a.rank === null);
  if (unranked.length > 0) {
    b.section(`หน่วยงานที่ไม่มีคะแนนรวมปี ${year} (ไม่จัดอันดับ ไม่รวมในค่าเฉลี่ย)`);
    for (const a of unranked) b.row(agencyRow(a, f));
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
  if (last >= first && !opt.thaiDigits)
    spec.chart = {
      title: `คะแนนรวม ITA ปี ${year} รายหน่วยงาน`,
      rows: { first, last },
      series: [{ name: String(year), col: 2 + shown.length - 1 }],
      categoryColumn: 1,
      anchor: { row: first, col: widths.length + 1 },
    };
  return spec;
}

function summaryLine(c: Comparison, year: number): string {
  const scored = c.agencies.filter((a) => a.rank !== null);
  const below = scored.filter((a) => a.latest!.total! < c.threshold).length;
  const avg = scored.length ? round2(mean(scored.map((a) => a.latest!.total!))).toFixed(2) : "–";
  return `${scored.length} หน่วยงานที่มีคะแนนรวมปี ${year} · อันดับตามคะแนนรวมปี ${year} · ต่ำกว่า ${c.threshold}: ${below} · คะแนนรวมเฉลี่ย ${avg}`;
}

/** How the rows are listed, when not by rank: said under the title, as the rank column no longer runs 1, 2, 3. */
function orderText(order: CompareOrder): string {
  if (order === "total") return "";
  if (order === "change") return " · เรียงตามการเปลี่ยนแปลง (ลดลงมากก่อน)";
  if (order === "below") return " · เรียงให้หน่วยงานที่ต่ำกว่าเกณฑ์ขึ้นก่อน";
  return ` · เรียงตามตัวชี้วัดที่ ${order.slice("indicator:".length)} (ต่ำไปสูง)`;
}

/** What the marks mean; the asterisk and the missing indicators only where the table has them. */
function legend(c: Comparison, year: number): string {
  const now = c.agencies.flatMap((a) => (a.rank !== null && a.latest ? [a.latest] : []));
  const parts = [
    `ตัวเลขตัวหนาบนพื้นสีแดง = ต่ำกว่าเกณฑ์ ${c.threshold}`,
    `พื้นสีเหลือง = ${c.threshold}–${HIGH_MARK}`,
    `พื้นสีเขียว = ${HIGH_MARK} ขึ้นไป`,
  ];
  const estimated = c.agencies.some((a) =>
    a.years.some((y) => y.totalSource === "computed" || y.levelEstimate || y.estimatedIndicators.length > 0),
  );
  if (estimated) parts.push("* = ประมาณการ: คำนวณจากคะแนนรายข้อหรือตัวชี้วัด ไม่ใช่ตัวเลขที่ ป.ป.ช. ประกาศ");
  const absent = Array.from({ length: 10 }, (_, i) => i + 1).filter(
    (n) => !now.some((y) => y.indicators[n] !== undefined),
  );
  if (absent.length > 0 && absent.length < 10)
    parts.push(`ข้อมูลที่อ่านไม่มีคะแนนปี ${year} ของตัวชี้วัดที่ ${numbers(absent)}`);
  return parts.join(" · ");
}

/** "1–8", "1, 3, 9–10". */
function numbers(ns: number[]): string {
  const runs: number[][] = [];
  for (const n of ns) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === n - 1) run.push(n);
    else runs.push([n]);
  }
  return runs.map((r) => (r.length > 1 ? `${r[0]}–${r[r.length - 1]}` : String(r[0]))).join(", ");
}
