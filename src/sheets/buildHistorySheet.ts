import type { History } from "../analysis/history";
import type { ItemTrail } from "../analysis/itemTrails";
import { delta2 } from "../analysis/round";
import { indicatorName } from "../ita/catalog";
import { INSTRUMENTS } from "../ita/types";
import { type DocOptions, SheetBuilder } from "./sheetBuilder";
import type { SheetRange, SheetSpec, SpecCell } from "./sheetSpec";
import { CENTER, CENTERED_LINE, FLAGGED, HEADER, TEXT, deltaStyle, scoreCell } from "./styles";

/**
 * The agency's own history: (1) each year's total, level, instruments and ten indicators, one row a year, with the
 * change from the first year to the last; (2) each item of the latest year followed back across renumberings, its
 * code each year where it changed (through NACC's crosswalks, chained year by year; several items merged into one).
 */
export function buildHistorySheet(h: History, threshold: number, opt: DocOptions): SheetSpec {
  const first = h.years[0]!;
  const last = h.years[h.years.length - 1]!;
  const widths = [16, 10.5, 12, 10.5, 10.5, 10.5, ...Array<number>(10).fill(10.5)];
  const b = new SheetBuilder(widths, opt);
  b.title(`ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ย้อนหลัง ปี พ.ศ. ${first}–${last}`);
  b.line(
    `${opt.agency ? `${opt.agency} — ` : ""}ตัวชี้วัดทั้ง 10 ตัวเป็นชุดเดียวกันทุกปี · เกณฑ์ผ่าน ${threshold} คะแนน`,
    CENTERED_LINE,
  );
  // The years' table fits one page (seven years at most): its header is not the one repeated on every page.
  const head = b.subHeader(
    ["ปี", "คะแนนรวม", "ระดับ", ...INSTRUMENTS, ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัด ${i + 1}`)].map(
      (value) => ({ value, style: HEADER }),
    ),
  );
  const top = b.rowCount;
  for (const y of h.years) b.row(yearRow(h, y, threshold));
  const bottom = b.rowCount - 1;
  b.row(changeRow(h, first, last));
  b.line(legend(h, threshold));
  b.line(`ชื่อตัวชี้วัด: ${indicatorNames(last)}`);
  const trailHead = h.items.length > 0 ? [writeTrails(b, h, threshold)] : [];
  const built = b.build("history", `ITA ย้อนหลัง ${first}-${last}`);
  // On screen the years' header stays in view; in print the items' header repeats on the pages of the items.
  const spec: SheetSpec = {
    ...built,
    merges: [...built.merges, ...trailHead],
    freeze: { rows: head + 1, columns: 0 },
  };
  if (!opt.thaiDigits && Object.keys(h.total).length > 1)
    spec.chart = {
      title: `คะแนนรวม ITA ปี ${first}–${last}`,
      rows: { first: top, last: bottom },
      series: [{ name: "คะแนนรวม", col: 1 }],
      anchor: { row: top, col: widths.length + 1 },
    };
  return spec;
}

function yearRow(h: History, y: number, threshold: number): SpecCell[] {
  const k = String(y);
  const level = h.level[k];
  return [
    { value: y, style: CENTER },
    scoreCell(h.total[k], threshold, h.estimated.total.includes(y)),
    { value: level ? `${level}${h.estimated.level.includes(y) ? "*" : ""}` : "–", style: CENTER },
    ...INSTRUMENTS.map((i) =>
      scoreCell(h.instruments[i][k], threshold, h.estimated.instruments[i].includes(y)),
    ),
    ...Array.from({ length: 10 }, (_, i) =>
      scoreCell(
        h.indicators[String(i + 1)]?.[k],
        threshold,
        h.estimated.indicators[String(i + 1)]?.includes(y),
      ),
    ),
  ];
}

/** The change of each figure from the first year to the last; "–" unless both years have it; "*" if either is estimated. */
function changeRow(h: History, first: number, last: number): SpecCell[] {
  const change = (byYear: Record<string, number> | undefined, estimated: number[] = []): SpecCell => {
    const [a, b] = [byYear?.[String(first)], byYear?.[String(last)]];
    if (a === undefined || b === undefined) return { value: "–", style: CENTER };
    const d = delta2(a, b);
    const style = deltaStyle(d);
    const star = estimated.includes(first) || estimated.includes(last);
    return { value: d, style: star ? { ...style, numFmt: '+0.00"*";-0.00"*";0.00"*"' } : style };
  };
  return [
    { value: `เปลี่ยนแปลง\n(${first}→${last})`, style: { ...TEXT, bold: true } },
    change(h.total, h.estimated.total),
    { value: "", style: CENTER },
    ...INSTRUMENTS.map((i) => change(h.instruments[i], h.estimated.instruments[i])),
    ...Array.from({ length: 10 }, (_, i) =>
      change(h.indicators[String(i + 1)], h.estimated.indicators[String(i + 1)]),
    ),
  ];
}

/** What the marks mean (the asterisk only where a figure is estimated), and why OIT's indicators may be missing. */
function legend(h: History, threshold: number): string {
  const parts = [`ตัวเลขตัวหนาบนพื้นสีแดง = ต่ำกว่าเกณฑ์ ${threshold}`];
  const e = h.estimated;
  const estimated = [e.total, e.level, ...Object.values(e.instruments), ...Object.values(e.indicators)].some(
    (ys) => ys.length > 0,
  );
  if (estimated) parts.push("* = ประมาณการ: คำนวณจากคะแนนรายข้อหรือตัวชี้วัด ไม่ใช่ตัวเลขที่ ป.ป.ช. ประกาศ");
  const noOit = h.years.filter(
    (y) => y >= 2567 && (h.indicators["9"]?.[y] === undefined || h.indicators["10"]?.[y] === undefined),
  );
  if (noOit.length > 0)
    parts.push(
      "ตัวชี้วัดที่ 9–10 ตั้งแต่ปี 2567 คำนวณจากรายข้อไม่ได้ (ป.ป.ช. ไม่ได้ประกาศวิธีรวมข้อ OIT): ใส่คะแนนจาก ITAS ในชีตได้",
    );
  return parts.join(" · ");
}

function indicatorNames(year: number): string {
  return Array.from({ length: 10 }, (_, i) => `${i + 1} ${indicatorName(i + 1, year) ?? ""}`.trim()).join(
    ", ",
  );
}

/** The items of the latest year, each followed back: its score each year, and its code there where it differs. */
function writeTrails(b: SheetBuilder, h: History, threshold: number): SheetRange {
  const latest = h.years[h.years.length - 1]!;
  b.section(
    `คะแนนรายข้อย้อนหลัง ตามข้อของปี ${latest} (I = IIT, E = EIT, O = OIT; ปีที่ข้อมีเลขอื่น บอกเลขข้อของปีนั้นไว้ในวงเล็บ)`,
  );
  const span = 16 - 1 - h.years.length;
  const r = b.header(["ข้อ", ...h.years.map(String), "การเปลี่ยนเลขข้อ", ...Array<string>(span - 1).fill("")]);
  for (const t of h.items) b.row(trailRow(t, h.years, threshold));
  return { top: r, left: 1 + h.years.length, bottom: r, right: 15 };
}

function trailRow(t: ItemTrail, years: number[], threshold: number): (SpecCell & { span?: number })[] {
  const at = new Map(t.steps.map((s) => [s.year, s]));
  return [
    { value: t.code, style: CENTER },
    ...years.map((y): SpecCell => {
      const s = at.get(y);
      if (!s) return { value: "–", style: CENTER };
      if (s.code === t.code) return scoreCell(s.score, threshold);
      const style = s.score < threshold ? { ...FLAGGED, numFmt: undefined, wrap: true } : CENTER;
      return { value: `${s.score.toFixed(2)}\n(${s.code})`, style };
    }),
    { value: renumbering(t, years[0]!), style: TEXT, span: 16 - 1 - years.length },
  ];
}

/** Where the item's number changed, newest first: "2566 I21 → 2567 I10", "2568 O21+O22 รวมเป็น 2569 O20". */
export function renumbering(t: ItemTrail, first: number): string {
  const said: string[] = [];
  for (let i = 1; i < t.steps.length; i++) {
    const [after, before] = [t.steps[i - 1]!, t.steps[i]!];
    if (before.hop === "merged")
      said.push(`${before.year} ${before.merged!.join("+")} รวมเป็น ${after.year} ${after.code}`);
    else if (before.code !== after.code)
      said.push(`${before.year} ${before.code} → ${after.year} ${after.code}`);
  }
  const last = t.steps[t.steps.length - 1]!;
  // A trail that stops before the first year: no item of the year before matches (a new item, or no score).
  if (last.year > first && last.hop !== "merged") said.push(`ไม่พบข้อที่ตรงกันก่อนปี ${last.year}`);
  return said.length ? said.join(" · ") : "เลขข้อเดียวกันทุกปี";
}
