import { printedTopic } from "./printedText";
import { signaturePair } from "./signature";
import type { GroupPlan, Measure, MeasurePlan } from "../measures/buildMeasures";
import { measureTitle, numberedSteps, writeSections } from "./measureSections";
import { encodeRecord } from "./measureRecord";
import {
  ID_HEADER,
  MONITORING_HEADER,
  type OfficerEdits,
  OWNER_HEADER,
  PERIOD_HEADER,
  RECORD_HEADER,
  keepEdited,
} from "./officerEdits";
import { type DocOptions, OFFICER_NOTE_LEAD, SheetBuilder } from "./sheetBuilder";
import type { SheetSpec } from "./sheetSpec";
import { CENTER, CENTERED_LINE, FLAGGED, HEADER, NUMBER, TEXT } from "./styles";

const TITLE_HEADER = "มาตรการ";
const STEPS_HEADER = "ขั้นตอน/วิธีการปฏิบัติ";
const HEADERS = [
  "ประเด็น/ตัวชี้วัด",
  TITLE_HEADER,
  STEPS_HEADER,
  OWNER_HEADER,
  PERIOD_HEADER,
  MONITORING_HEADER,
  ID_HEADER,
  RECORD_HEADER,
];
const WIDTHS = [24, 34, 54, 20, 20, 30, 16, 16];
/** The id and the record of what was generated are hidden columns. */
const VISIBLE = WIDTHS.length - 2;

export const URGENT_LABEL = "ข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน";
export const IMPROVE_LABEL = "ประเด็นที่ต้องพัฒนาให้ดีขึ้น";
export const KEEP_LABEL = "รักษามาตรฐานและยกระดับให้ดียิ่งขึ้น";

/**
 * มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน, for the fiscal year after the assessment: up to 2566 the ten
 * indicators in the two official sections (seeds 000, 004) and one for the standards kept; from 2567 the seven ประเด็น in order, each with its
 * items and scores, the analysis and its measures, urgency shown within the ประเด็น (seeds 002, 003).
 */
export function buildMeasuresSheet(
  plan: MeasurePlan,
  opt: DocOptions,
  edits: OfficerEdits = new Map(),
): SheetSpec {
  const b = new SheetBuilder(WIDTHS, opt, VISIBLE);
  const measureRow = (m: Measure, index: number, first: string) => writeMeasure(b, m, index, first, edits);
  const unscored = plan.groups.filter((g) => g.items.length === 0 && g.indicators.length === 0);
  if (unscored.length > 0)
    b.officerNote(
      `${OFFICER_NOTE_LEAD}ไม่พบคะแนนของ${unscored.map((g) => g.group.label.split(" ").slice(0, 2).join(" ")).join(", ")} ในแฟ้มนี้ จึงกำหนดมาตรการรักษามาตรฐานไว้ — ตรวจสอบคะแนนของปี ${plan.assessmentYear}`,
    );
  b.title("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
  b.line(`ประจำปีงบประมาณ พ.ศ. ${plan.fiscalYear}${opt.agency ? ` ${opt.agency}` : ""}`, CENTERED_LINE);
  b.line(
    `จากผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี พ.ศ. ${plan.assessmentYear}`,
    CENTERED_LINE,
  );
  if (plan.grouping === "indicator") {
    b.header(HEADERS);
    writeSections(
      b,
      plan.measures,
      (m) => m,
      VISIBLE,
      (m, index) => measureRow(m, index, m.group.label),
    );
  } else {
    let index = 0;
    for (const g of plan.groups) index = prakadenBlock(b, g, plan.assessmentYear, index, measureRow);
  }
  signaturePair(
    b,
    VISIBLE,
    { role: "ผู้จัดทำ", name: opt.writerName, position: opt.writerPosition },
    { role: "ผู้อนุมัติ", name: opt.executiveName, position: opt.executivePosition },
  );
  return b.build("measures", `มาตรการ ITA ${plan.fiscalYear}`);
}

/**
 * A measure's row: the officer's real edits of its title, steps, owner, period and monitoring kept (matched by the
 * measure's id, so they follow it when the order changes); what was generated recorded.
 */
function writeMeasure(b: SheetBuilder, m: Measure, index: number, first: string, edits: OfficerEdits): void {
  const edit = edits.get(`measures:${m.id}`);
  const generated = {
    [TITLE_HEADER]: measureTitle(m, index),
    [STEPS_HEADER]: numberedSteps(m.steps),
    [OWNER_HEADER]: m.owner,
    [PERIOD_HEADER]: m.period,
    [MONITORING_HEADER]: m.monitoring,
  };
  b.row([
    { value: first, style: TEXT },
    // Titles and steps were not recorded before: an earlier sheet's are the tool's, not the officer's.
    ...Object.entries(generated).map(([h, text]) => ({
      value: keepEdited(edit, h, text, h !== TITLE_HEADER && h !== STEPS_HEADER),
      style: TEXT,
    })),
    { value: m.id, style: TEXT },
    { value: encodeRecord(m, generated), style: TEXT },
  ]);
}

/** One ประเด็น: its IIT/EIT items, its OIT items, the analysis, then its measures. Returns the last measure number. */
function prakadenBlock(
  b: SheetBuilder,
  g: GroupPlan,
  year: number,
  start: number,
  measureRow: (m: Measure, index: number, first: string) => void,
): number {
  b.section(`${g.group.label}${g.urgent ? ` — มี${URGENT_LABEL}` : ""}`);
  // A ประเด็น without item scores shows no empty items table.
  if (g.items.length > 0)
    b.subHeader([
      { value: "ข้อ", style: HEADER },
      { value: "ข้อคำถาม / ข้อมูลที่ต้องเปิดเผย", style: HEADER, span: 2 },
      { value: `คะแนน ITA ${year}`, style: HEADER },
      { value: "ผลการประเมิน", style: HEADER, span: 2 },
    ]);
  for (const it of g.items)
    b.row([
      { value: `${it.instrument} ${it.code}`, style: CENTER },
      { value: it.title ?? printedTopic(it.topic), style: TEXT, span: 2 },
      { value: it.score, style: it.flagged ? FLAGGED : NUMBER },
      { value: itemVerdict(it.class), style: TEXT, span: 2 },
    ]);
  // Without item scores, the indicators the ประเด็น holds (seed 002's grouping) with theirs.
  const indicators = g.items.length === 0 ? g.indicators : [];
  if (indicators.length > 0)
    b.subHeader([
      { value: "ตัวชี้วัด", style: HEADER },
      { value: "ชื่อตัวชี้วัด", style: HEADER, span: 2 },
      { value: `คะแนน ITA ${year}`, style: HEADER },
      { value: "ผลการประเมิน", style: HEADER, span: 2 },
    ]);
  for (const ind of indicators)
    b.row([
      { value: `ตัวชี้วัดที่ ${ind.number}`, style: CENTER },
      { value: ind.name, style: TEXT, span: 2 },
      { value: ind.score, style: ind.flagged ? FLAGGED : NUMBER },
      { value: itemVerdict(ind.class), style: TEXT, span: 2 },
    ]);
  b.row([
    { value: "ผลการวิเคราะห์", style: TEXT },
    { value: g.analysis.join("\n"), style: TEXT, span: VISIBLE - 1 },
  ]);
  b.subHeader(HEADERS.map((value) => ({ value, style: HEADER })));
  let index = start;
  for (const m of [...g.measures].sort((x, y) => rank(x) - rank(y)))
    measureRow(
      m,
      ++index,
      m.purpose === "keep" ? KEEP_LABEL : m.section === "urgent" ? URGENT_LABEL : IMPROVE_LABEL,
    );
  return index;
}

function rank(m: Measure): number {
  return m.section === "urgent" ? 0 : m.purpose === "corrective" ? 1 : 2;
}

function itemVerdict(c: string): string {
  return c === "urgent"
    ? "ต่ำกว่าเกณฑ์ — ต้องแก้ไขโดยเร่งด่วน"
    : c === "improve"
      ? "ต่ำกว่าเกณฑ์ — ต้องพัฒนาให้ดีขึ้น"
      : c === "declined"
        ? "ผ่านเกณฑ์ แต่คะแนนลดลง"
        : "ผ่านเกณฑ์";
}
