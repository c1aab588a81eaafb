import type { ResultsReport } from "../measures/resultRows";
import {
  ID_HEADER,
  OWNER_HEADER,
  PERIOD_HEADER,
  RESULT_HEADER,
  type OfficerEdits,
  keepEdited,
} from "./officerEdits";
import { measureTitle, numberedSteps, writeSections } from "./measureSections";
import { type DocOptions, SheetBuilder } from "./sheetBuilder";
import type { SheetSpec } from "./sheetSpec";
import { CENTERED_LINE, TEXT } from "./styles";

const MEASURE_HEADER = "มาตรการ/แนวทาง";
const HEADERS = [
  MEASURE_HEADER,
  "วิธีดำเนินการ",
  OWNER_HEADER,
  PERIOD_HEADER,
  RESULT_HEADER,
  "ผลลัพธ์หรือความสำเร็จของการดำเนินการ",
  ID_HEADER,
];
const WIDTHS = [34, 48, 18, 18, 34, 50, 16];

/**
 * รายงานผลการดำเนินการตามมาตรการ…: last year's measures, the officer's column ผลการดำเนินการ left for them
 * (kept across runs), and ผลลัพธ์ generated from both years' scores. Rows the officer filled for measures that
 * no longer arise are kept at the end, never dropped.
 */
export function buildResultsSheet(
  report: ResultsReport,
  opt: DocOptions,
  edits: OfficerEdits = new Map(),
): SheetSpec {
  const b = new SheetBuilder(WIDTHS, opt, WIDTHS.length - 1);
  b.title("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
  b.line(`ประจำปีงบประมาณ พ.ศ. ${report.fiscalYear}${opt.agency ? ` ${opt.agency}` : ""}`, CENTERED_LINE);
  b.line(
    `มาตรการจากผลการประเมิน ITA ปี ${report.previousYear} และผลการประเมิน ITA ปี ${report.year}`,
    CENTERED_LINE,
  );
  b.header(HEADERS);
  const used = new Set<string>();
  writeSections(
    b,
    report.rows,
    (r) => r.measure,
    HEADERS.length - 1,
    ({ measure: m, outcomes }, index) => {
      const key = `results:${m.id}`;
      used.add(key);
      b.row([
        { value: `${measureTitle(m, index)}\n${m.group.label}`, style: TEXT },
        { value: numberedSteps(m.steps), style: TEXT },
        { value: m.owner, style: TEXT },
        { value: m.period, style: TEXT },
        { value: keepEdited(edits.get(key), RESULT_HEADER, ""), style: TEXT },
        { value: outcomes.join("\n"), style: TEXT },
        { value: m.id, style: TEXT },
      ]);
    },
  );
  const orphans = [...edits].filter(
    ([k, e]) => k.startsWith("results:") && !used.has(k) && (e.cells[RESULT_HEADER] ?? "").trim() !== "",
  );
  if (orphans.length) {
    b.section("มาตรการที่บันทึกผลไว้แล้ว แต่ไม่อยู่ในผลการวิเคราะห์ครั้งนี้ (คงไว้ตามที่บันทึก)");
    for (const [k, e] of orphans)
      b.row([
        ...HEADERS.slice(0, -1).map((h) => ({ value: e.cells[h] ?? null, style: TEXT })),
        { value: k.slice("results:".length), style: TEXT },
      ]);
  }
  return b.build("results", `รายงานผลมาตรการ ${report.fiscalYear}`);
}
