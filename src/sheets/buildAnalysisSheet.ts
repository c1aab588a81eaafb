import type { Analysis } from "../analysis/analyse";
import { type MeasurePlan, buildMeasures } from "../measures/buildMeasures";
import { groupOfItem } from "../measures/groups";
import { ANALYSIS_WIDTHS, CLASS_TH, crosswalkNote, itemFigures, scoreRow } from "./analysisRows";
import { scoreNotes, writeScores } from "./analysisScores";
import { writeWeakItems } from "./analysisWeakItems";
import { printedTopic } from "./printedText";
import { type DocOptions, OFFICER_NOTE_LEAD, SheetBuilder } from "./sheetBuilder";
import type { SheetSpec } from "./sheetSpec";
import { CENTERED_LINE } from "./styles";

export { CLASS_TH };

/**
 * The analysis: (1) indicator, instrument and total scores of both years; (2) per ประเด็น or indicator, each
 * weak item with the recommendation and the agency's actions (seed 001's columns), or "ควรรักษามาตรฐานไว้";
 * (3) every item.
 */
export function buildAnalysisSheet(a: Analysis, opt: DocOptions, plan?: MeasurePlan | null): SheetSpec {
  const latest = a.latestYear ?? 0;
  const prev = [...a.years].reverse().find((y) => y < latest);
  const b = new SheetBuilder(ANALYSIS_WIDTHS, opt);
  for (const note of scoreNotes(a, latest, prev)) b.officerNote(`${OFFICER_NOTE_LEAD}${note}`);
  b.title(`ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี พ.ศ. ${latest}`);
  b.line(
    `${opt.agency ? `${opt.agency} — ` : ""}${prev ? `เทียบกับปี พ.ศ. ${prev} — ` : ""}เกณฑ์ผ่าน ${a.threshold} คะแนน`,
    CENTERED_LINE,
  );
  b.header([
    "ตัวชี้วัด / ประเด็น",
    "ข้อ",
    "ประเด็นการประเมิน",
    prev ? `คะแนนปี ${prev}` : "คะแนนปีก่อน",
    `คะแนนปี ${latest}`,
    "เปลี่ยนแปลง",
    "ผลการวิเคราะห์ / ประเด็นที่ต้องแก้ไข/ปรับปรุง",
    "ประเด็นที่ต้องปรับปรุงตามมาตรฐานการปฏิบัติงาน",
    "ข้อเสนอแนะ (เพิ่มเติม)",
  ]);
  const first = writeScores(b, a, latest, prev);
  const measures = plan ?? buildMeasures(a);
  if (measures) writeWeakItems(b, measures);
  // Every item, when the workbook has item scores (an indicator-only workbook has none to list).
  if (a.items.length > 0) b.section("3. คะแนนรายข้อทั้งหมด");
  for (const it of a.items) {
    const g = groupOfItem(it, latest);
    const label =
      g.kind === "other" ? g.label : `${g.kind === "prakaden" ? "ประเด็นที่" : "ตัวชี้วัดที่"} ${g.number}`;
    const topic = `${it.title ?? printedTopic(it.topic)}${crosswalkNote(it)}`;
    b.row(scoreRow(label, it.code, topic, itemFigures(it), CLASS_TH[it.class]));
  }
  const spec = b.build("analysis", `วิเคราะห์ ITA ${latest}`);
  // Indicator scores by year: the two score columns of section 1 (numbers; with Thai digits they are text).
  if (a.indicators.length > 0 && !opt.thaiDigits) {
    const series = [...(prev ? [{ name: String(prev), col: 3 }] : []), { name: String(latest), col: 4 }];
    const start = first;
    spec.chart = {
      title: "คะแนนตัวชี้วัดรายปี",
      rows: { first: start, last: start + a.indicators.length - 1 },
      series,
      anchor: { row: first, col: ANALYSIS_WIDTHS.length + 1 },
    };
  }
  return spec;
}
