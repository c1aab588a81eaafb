import { estimateNote } from "../planner/gainText";
import type { Analysis } from "../analysis/analyse";
import { indicatorName } from "../ita/catalog";
import type { Measure } from "../measures/buildMeasures";
import { type MeasureWorth, measuresByWorth } from "../planner/measureWorth";
import type { Gain, Planner, Target } from "../planner/planner";
import { plannerAssumptionText } from "../planner/plannerJson";
import { plannerAssumptions } from "../planner/coefficients";
import { printedTopic } from "./printedText";
import { type DocOptions, SheetBuilder } from "./sheetBuilder";
import { signaturePair } from "./signature";
import type { SheetSpec } from "./sheetSpec";
import { CENTER, CENTERED_LINE, HEADER, NUMBER, PARAGRAPH, TEXT } from "./styles";

const WIDTHS = [8, 14, 58, 10, 14, 14, 18, 22];
/** How many of the largest gains the plan lists. */
const TOP_GAINS = 15;

/**
 * แผนยกระดับผล ITA {ปี+1}: what the assessed year's scores need to reach each level above the current one (the
 * gap, the instruments' marks, whether it can be reached), the cheapest path to the next one, and the scores worth
 * most raised to 100, then the measures ordered by what they are worth — every figure said to be an estimate where it rests on an assumption, with why, on the page.
 */
export function buildPlanSheet(
  p: Planner,
  a: Analysis,
  opt: DocOptions,
  measures: Measure[] = [],
): SheetSpec {
  const b = new SheetBuilder(WIDTHS, opt);
  const estimate = [...p.gains, ...p.targets].some((x) => x.certainty !== "confirmed");
  const about = (s: string) => `${s}${estimate ? " (ประมาณ)" : ""}`;
  b.title(`แผนยกระดับผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ. ${p.year + 1}`);
  b.line(
    `${opt.agency ? `${opt.agency} — ` : ""}จากผลการประเมิน ITA ประจำปี พ.ศ. ${p.year}${current(p)}`,
    CENTERED_LINE,
  );
  if (p.targets.length > 0) {
    b.section(about("1. เป้าหมายระดับผลการประเมิน"));
    b.subHeader([
      { value: "ระดับ", style: HEADER, span: 2 },
      { value: "สิ่งที่ต้องทำให้ได้", style: HEADER },
      { value: "ทำได้", style: HEADER },
      { value: "คะแนนรวมขาดอีก", style: HEADER },
      { value: "คะแนนรวมตามแผน", style: HEADER },
      { value: "ระดับตามแผน", style: HEADER, span: 2 },
    ]);
    for (const t of p.targets)
      b.row([
        { value: t.level, style: CENTER, span: 2 },
        { value: needsText(t), style: TEXT },
        { value: t.reachable ? "ได้" : "ไม่ได้", style: CENTER },
        { value: t.gap, style: NUMBER },
        { value: t.reachable ? t.projectedTotal : null, style: NUMBER },
        { value: t.reachable ? (t.projectedLevel ?? "") : "แม้ทุกข้อได้ 100", style: CENTER, span: 2 },
      ]);
    const next = p.targets.find((t) => t.reachable);
    if (next) {
      b.section(about(`2. แนวทางที่เพิ่มคะแนนน้อยที่สุดเพื่อให้อยู่ในระดับ ${next.level}`));
      stepsTable(b, next.steps, a);
    }
  }
  let part = p.targets.length > 0 ? 3 : 1;
  b.section(about(`${part}. ข้อที่เพิ่มคะแนนรวมได้มากที่สุดเมื่อได้ 100 คะแนน`));
  gainsTable(b, p.gains.slice(0, TOP_GAINS), a);
  const worth = measuresByWorth(measures, p.gains, p.year);
  if (worth.length > 0) {
    b.section(about(`${++part}. มาตรการเรียงตามคะแนนรวมที่อาจเพิ่มได้`));
    worthTable(b, worth);
  }
  const assumed = plannerAssumptions(...[...p.gains, ...p.targets].map((x) => x.assumption));
  if (assumed.length)
    b.line(
      `ตัวเลขที่ระบุว่าประมาณเป็นค่าที่หน่วยงานคำนวณเอง ไม่ใช่ค่าที่ ป.ป.ช. ประกาศ เพราะ${assumed
        .map((id) => plannerAssumptionText(id, p.year, "th"))
        .join(" และ")}`,
      PARAGRAPH,
    );
  else b.line("ตัวเลขในแผนนี้คำนวณตามหลักเกณฑ์การคำนวณคะแนนของ ป.ป.ช. ประจำปีนั้น", PARAGRAPH);
  signaturePair(
    b,
    WIDTHS.length,
    { role: "ผู้จัดทำ", name: opt.writerName, position: opt.writerPosition },
    { role: "ผู้เห็นชอบ", name: opt.executiveName, position: opt.executivePosition },
  );
  return b.build("plan", `แผนยกระดับผล ITA ${p.year + 1}`);
}

function current(p: Planner): string {
  if (p.current.total === null) return "";
  const about = p.current.estimate ? "ประมาณ" : "";
  return ` ได้คะแนนรวม${about} ${p.current.total.toFixed(2)} คะแนน${p.current.level ? ` ระดับ ${p.current.level}${about ? ` (${about})` : ""}` : ""}`;
}

/** "คะแนนรวมเพิ่มอีก 3.55 คะแนน และ EIT จาก 83.10 เป็นอย่างน้อย 85.00". */
function needsText(t: Target): string {
  const parts = [
    ...(t.gap > 0 ? [`คะแนนรวมเพิ่มอีก ${t.gap.toFixed(2)} คะแนน`] : []),
    ...t.instruments
      .filter((i) => i.needs > 0)
      .map((i) => `${i.instrument} จาก ${i.score.toFixed(2)} เป็นอย่างน้อย ${(i.score + i.needs).toFixed(2)}`),
  ];
  return parts.join(" และ ");
}

const whatOf = (kind: Gain["kind"], code: string, a: Analysis) => {
  if (kind === "indicator")
    return [`ตัวชี้วัดที่ ${code}`, indicatorName(Number(code), a.latestYear ?? undefined) ?? ""];
  const it = a.items.find((i) => i.code === code);
  return [code, it ? (it.title ?? printedTopic(it.topic)) : ""];
};

/** A raise as a row of the plan's tables: the score, from what to what, and the points of total it adds. */
interface RaiseRow {
  kind: Gain["kind"];
  code: string;
  instrument: string;
  from: number;
  to: number;
  totalGain: number;
  /** The last column's text. */
  note: string;
}

/** One of the plan's tables: numbered raises with what each publishes or improves, and the points they add. */
function raisesTable(
  b: SheetBuilder,
  rows: RaiseRow[],
  a: Analysis,
  targetHeader: string,
  noteHeader: string,
): void {
  const headers = ["ลำดับ", "ข้อ", "เรื่อง", "แบบวัด", "คะแนนปัจจุบัน", targetHeader, "คะแนนรวมเพิ่มขึ้น", noteHeader];
  b.subHeader(headers.map((value) => ({ value, style: HEADER })));
  rows.forEach((r, k) => {
    const [code, what] = whatOf(r.kind, r.code, a);
    b.row([
      { value: k + 1, style: CENTER },
      { value: code!, style: CENTER },
      { value: what!, style: TEXT },
      { value: r.instrument, style: CENTER },
      { value: r.from, style: NUMBER },
      { value: r.to, style: NUMBER },
      { value: r.totalGain, style: NUMBER },
      { value: r.note, style: CENTER },
    ]);
  });
}

function stepsTable(b: SheetBuilder, steps: Target["steps"], a: Analysis): void {
  const note = (i: string) => (i === "OIT" ? "เผยแพร่ให้ครบตามเกณฑ์" : "ยกระดับการรับรู้");
  raisesTable(
    b,
    steps.map((s) => ({ ...s, note: note(s.instrument) })),
    a,
    "คะแนนเป้าหมาย",
    "หมายเหตุ",
  );
}

/** The measures, largest worth first: what each answers and the points of total its items would add at 100. */
function worthTable(b: SheetBuilder, worth: MeasureWorth[]): void {
  b.subHeader([
    { value: "ลำดับ", style: HEADER },
    { value: "มาตรการ", style: HEADER, span: 3 },
    { value: "ข้อที่มาตรการตอบ", style: HEADER, span: 2 },
    { value: "คะแนนรวมเพิ่มขึ้นเมื่อทุกข้อได้ 100", style: HEADER },
    { value: "ความแน่นอน", style: HEADER },
  ]);
  worth.forEach((w, k) => {
    b.row([
      { value: k + 1, style: CENTER },
      { value: w.measure.title, style: TEXT, span: 3 },
      {
        value: w.gains.map((g) => (g.kind === "item" ? g.code : `ตัวชี้วัดที่ ${g.code}`)).join(", "),
        style: TEXT,
        span: 2,
      },
      { value: w.totalGain, style: NUMBER },
      {
        value: w.estimate ? estimateNote(w.range) : "ตามเกณฑ์ ป.ป.ช.",
        style: CENTER,
      },
    ]);
  });
}

function gainsTable(b: SheetBuilder, gains: Gain[], a: Analysis): void {
  const rows = gains.map((g) => ({
    kind: g.kind,
    code: g.code,
    instrument: g.instrument,
    from: g.score,
    to: 100,
    totalGain: g.totalGainAt100,
    note: g.certainty === "confirmed" ? "ตามเกณฑ์ ป.ป.ช." : estimateNote(g.range),
  }));
  raisesTable(b, rows, a, "เป้าหมาย", "ความแน่นอน");
}
