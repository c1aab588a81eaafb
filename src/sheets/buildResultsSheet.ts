import { compareGroups, groupKey } from "../measures/groups";
import type { ResultRow, ResultsReport } from "../measures/resultRows";
import { measureTitle, numberedSteps, writeSections } from "./measureSections";
import { encodeRecord } from "./measureRecord";
import {
  ID_HEADER,
  OWNER_HEADER,
  PERIOD_HEADER,
  RECORD_HEADER,
  RESULT_HEADER,
  type OfficerEdits,
  keepEdited,
} from "./officerEdits";
import { type DocOptions, OFFICER_NOTE_LEAD, SheetBuilder } from "./sheetBuilder";
import { signaturePair } from "./signature";
import type { SheetSpec } from "./sheetSpec";
import { CENTERED_LINE, PARAGRAPH, TEXT } from "./styles";

const MEASURE_HEADER = "มาตรการ/แนวทาง";
const HEADERS = [
  MEASURE_HEADER,
  "วิธีดำเนินการ",
  OWNER_HEADER,
  PERIOD_HEADER,
  RESULT_HEADER,
  "ผลลัพธ์หรือความสำเร็จของการดำเนินการ",
  ID_HEADER,
  RECORD_HEADER,
];
const WIDTHS = [34, 48, 18, 18, 34, 50, 16, 16];
const VISIBLE = WIDTHS.length - 2;

/**
 * รายงานผลการดำเนินการตามมาตรการ…: last year's measures as adopted, the officer's column ผลการดำเนินการ (kept
 * across runs), and ผลลัพธ์ generated from both years' scores; in the official sections up to a 2566 plan, by ประเด็น
 * from a 2567 plan. Rows the officer filled for measures that no longer arise are kept at the end.
 */
export function buildResultsSheet(
  report: ResultsReport,
  opt: DocOptions,
  edits: OfficerEdits = new Map(),
): SheetSpec {
  const b = new SheetBuilder(WIDTHS, opt, VISIBLE);
  const agency = opt.agency || "หน่วยงาน";
  // Measures rebuilt from scores are a guess at what was adopted: said to the officer on screen, never printed.
  if (report.source === "rebuilt")
    b.officerNote(
      `${OFFICER_NOTE_LEAD}ไม่พบแผ่นมาตรการประจำปีงบประมาณ พ.ศ. ${report.fiscalYear} ที่หน่วยงานประกาศใช้ มาตรการด้านล่างจึงจัดทำจากผลการประเมินปี ${report.previousYear} — โปรดตรวจสอบให้ตรงกับมาตรการที่ประกาศใช้ก่อนลงนาม`,
    );
  b.title("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
  b.line(`ประจำปีงบประมาณ พ.ศ. ${report.fiscalYear}${opt.agency ? ` ${opt.agency}` : ""}`, CENTERED_LINE);
  b.line(
    report.source === "adopted"
      ? `ตามที่${agency} ได้ดำเนินการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${report.previousYear} และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${report.fiscalYear} ทั้งนี้${agency} ได้ดำเนินการตามมาตรการดังกล่าว และได้รับผลการประเมิน ITA ประจำปี พ.ศ. ${report.year} แล้ว โดยมีผลการดำเนินการดังนี้`
      : // Rebuilt from last year's scores: the measures are those the analysis called for; nothing says they
        // were announced or carried out until the officer fills ผลการดำเนินการ.
        `ตามที่${agency} ได้ดำเนินการวิเคราะห์การประเมิน ITA ประจำปี พ.ศ. ${report.previousYear} เพื่อกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${report.fiscalYear} และได้รับผลการประเมิน ITA ประจำปี พ.ศ. ${report.year} แล้ว จึงรายงานผลตามมาตรการที่ได้จากผลการวิเคราะห์ดังนี้`,
    PARAGRAPH,
  );
  b.header(HEADERS);
  const used = new Set<string>();
  const render = ({ measure: m, outcomes }: ResultRow, index: number) => {
    const key = `results:${m.id}`;
    used.add(key);
    const generated: Record<string, string> = {
      [OWNER_HEADER]: m.owner,
      [PERIOD_HEADER]: m.period,
      [RESULT_HEADER]: "",
    };
    const kept = (h: string) => ({ value: keepEdited(edits.get(key), h, generated[h] ?? ""), style: TEXT });
    b.row([
      // Before 2567 the rows are in the official sections, so the title names its indicator; from 2567 the
      // ประเด็น heads its rows already.
      {
        value:
          report.grouping === "indicator"
            ? `${measureTitle(m, index)}\n${m.group.label}`
            : measureTitle(m, index),
        style: TEXT,
      },
      { value: numberedSteps(m.steps), style: TEXT },
      kept(OWNER_HEADER),
      kept(PERIOD_HEADER),
      kept(RESULT_HEADER),
      { value: outcomes.join("\n"), style: TEXT },
      { value: m.id, style: TEXT },
      { value: encodeRecord(m, generated), style: TEXT },
    ]);
  };
  if (report.grouping === "indicator") writeSections(b, report.rows, (r) => r.measure, VISIBLE, render);
  else {
    let index = 0;
    // ประเด็น in their official order (the rows come urgent first), each measure under its own.
    const groups = report.rows
      .map((r) => r.measure.group)
      .filter((g, i, all) => all.findIndex((x) => groupKey(x) === groupKey(g)) === i)
      .sort(compareGroups);
    for (const g of groups) {
      b.section(g.label);
      for (const r of report.rows.filter((x) => groupKey(x.measure.group) === groupKey(g)))
        render(r, ++index);
    }
  }
  const orphans = [...edits].filter(
    ([k, e]) =>
      k.startsWith(`results:${report.fiscalYear}.`) &&
      !used.has(k) &&
      (e.cells[RESULT_HEADER] ?? "").trim() !== "",
  );
  if (orphans.length) {
    b.section("มาตรการที่บันทึกผลไว้แล้ว แต่ไม่อยู่ในผลการวิเคราะห์ครั้งนี้ (คงไว้ตามที่บันทึก)");
    for (const [k, e] of orphans)
      b.row([
        ...HEADERS.slice(0, VISIBLE).map((h) => ({ value: e.cells[h] ?? null, style: TEXT })),
        { value: k.slice("results:".length), style: TEXT },
      ]);
  }
  signaturePair(
    b,
    VISIBLE,
    { role: "ผู้รายงาน", name: opt.writerName, position: opt.writerPosition },
    { role: "ผู้บริหาร", name: opt.executiveName, position: opt.executivePosition },
  );
  return b.build("results", `รายงานผลมาตรการ ${report.fiscalYear}`);
}
