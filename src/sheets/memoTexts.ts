import type { Analysis } from "../analysis/analyse";
import { documentOitItem } from "../ita/documentItems";
import type { MeasurePlan } from "../measures/buildMeasures";
import type { Planner } from "../planner/planner";
import { INSTRUMENTS } from "../ita/types";
import { formatScore } from "../measures/outcomeSentence";
import type { ResultsReport } from "../measures/resultRows";
import type { MemoText } from "./buildMemoSheet";
import type { DocOptions } from "./sheetBuilder";
import { DOTS } from "./signature";

const NACC =
  "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)";

/**
 * The year's result as the memo may state it: " ได้คะแนนรวม 88.12 คะแนน ระดับ A" when the total is NACC's (printed in
 * the sheet or entered from ITAS). A total the tool computed on an assumption is never stated as the result: the
 * instrument scores are, as estimates when they are ("ได้คะแนนแบบวัดประมาณ IIT … EIT … OIT … คะแนน"), with a
 * level only when it was read or entered. Nothing when no figure is known.
 */
function resultOf(a: Analysis, year: number): { text: string; estimate: boolean } {
  const y = a.scoresByYear.find((s) => s.year === year);
  if (!y) return { text: "", estimate: false };
  const level = y.level && !y.levelAssumptions?.length ? ` ระดับ ${y.level}` : "";
  if (y.total && !y.total.assumptions?.length)
    return { text: ` ได้คะแนนรวม ${formatScore(y.total.score)} คะแนน${level}`, estimate: false };
  const parts = INSTRUMENTS.flatMap((i) => {
    const s = y.instruments.get(i);
    return s ? [`${i} ${formatScore(s.score)}`] : [];
  });
  if (parts.length === 0) return { text: level ? ` ได้${level.trim()}` : "", estimate: false };
  const estimate = INSTRUMENTS.some((i) => y.instruments.get(i)?.assumptions?.length);
  return { text: ` ได้คะแนนแบบวัด${estimate ? "ประมาณ" : ""} ${parts.join(" ")} คะแนน${level}`, estimate };
}

/** Said once after the sentence that states estimated scores: what they are. */
const ESTIMATE_CLAUSE = " ซึ่งเป็นค่าประมาณที่คำนวณจากคะแนนรายข้อ ไม่ใช่คะแนนที่ ป.ป.ช. ประกาศ";

/**
 * " จำนวน 14 มาตรการ" when the report follows the measures sheet the agency adopted; nothing when the measures were
 * rebuilt from last year's scores, since their number need not be the number the agency announced.
 */
function adoptedCount(report: ResultsReport): string {
  return report.source === "adopted" ? ` จำนวน ${report.rows.length} มาตรการ` : "";
}

/** Both years' totals where known: " ได้คะแนนรวม 85.21 คะแนน ระดับ ผ่าน (ปี พ.ศ. 2565 ได้คะแนนรวม …)"; " แล้ว" when none is. */
function totals(a: Analysis, previousYear: number, year: number): string {
  const now = resultOf(a, year);
  const before = resultOf(a, previousYear);
  const earlier = before.text ? ` (ปี พ.ศ. ${previousYear}${before.text})` : "";
  const estimate = now.estimate || before.estimate ? ESTIMATE_CLAUSE : "";
  return now.text ? `${now.text}${earlier}${estimate}` : ` แล้ว${earlier}${estimate}`;
}

/** "ข้อ o34 “มาตรการส่งเสริม…”" of the ITA year that assesses the document, or the guidelines in general. */
function criterion(itaYear: number, topic: "measures" | "measures-report"): string {
  const item = documentOitItem(itaYear, topic);
  return item
    ? `ตามหลักเกณฑ์การประเมิน ITA ประจำปี พ.ศ. ${itaYear} แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ ${item.code.toUpperCase()}${item.title ? ` “${item.title}”` : ""}`
    : `ตามแนวทางการประเมิน ITA ประจำปี พ.ศ. ${itaYear}`;
}

/** "เป็นมาตรการ… 8 มาตรการ และมาตรการ… 5 มาตรการ" — only the kinds there are. */
function counted(parts: [number, string][]): string {
  const named = parts.filter(([n]) => n > 0).map(([n, what]) => `${what} ${n} มาตรการ`);
  if (named.length === 0) return "";
  const last = named.pop()!;
  return `เป็น${named.length ? `${named.join(" ")} และ${last}` : last}`;
}

/**
 * " เพื่อให้ผลการประเมิน ITA ประจำปี พ.ศ. 2569 อยู่ในระดับ ผ่านดี": the level the planner finds within reach (the
 * next one up), when there is one; a goal, not a figure, so said as the agency's aim.
 */
function aim(planner: Planner | null | undefined, fiscalYear: number): string {
  const next = planner?.targets.find((t) => t.reachable);
  return next ? ` เพื่อให้ผลการประเมิน ITA ประจำปี พ.ศ. ${fiscalYear} อยู่ในระดับ ${next.level}` : "";
}

export function measuresMemo(
  plan: MeasurePlan,
  a: Analysis,
  opt: DocOptions,
  planner?: Planner | null,
): MemoText {
  const agency = opt.agency || "หน่วยงาน";
  const urgent = plan.measures.filter((m) => m.section === "urgent").length;
  const keep = plan.measures.filter((m) => m.purpose === "keep").length;
  const stated = resultOf(a, plan.assessmentYear);
  return {
    kind: "measuresMemo",
    name: `บันทึกมาตรการ ${plan.fiscalYear}`,
    subject: `ขออนุมัติประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${plan.fiscalYear}`,
    background: [
      `ตามที่${NACC} ประจำปี พ.ศ. ${plan.assessmentYear} และ${agency}ได้รับผลการประเมินแล้ว${stated.text}${stated.estimate ? ESTIMATE_CLAUSE : ""} นั้น`,
    ],
    facts: [
      `${criterion(plan.fiscalYear, "measures")} หน่วยงานต้องวิเคราะห์ผลการประเมินของปีที่ผ่านมา กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานที่สอดคล้องกับผลการวิเคราะห์ โดยระบุผู้รับผิดชอบ ขั้นตอนหรือวิธีการปฏิบัติ และการกำกับติดตาม และเผยแพร่บนเว็บไซต์ของหน่วยงาน`,
      `จากการวิเคราะห์ผลการประเมิน ITA ประจำปี พ.ศ. ${plan.assessmentYear} ได้กำหนดมาตรการ ${plan.measures.length} มาตรการ ${counted(
        [
          [urgent, "มาตรการแก้ไขข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน"],
          [plan.measures.length - urgent - keep, "มาตรการพัฒนาให้ดีขึ้น"],
          [keep, "มาตรการรักษามาตรฐานและยกระดับให้ดียิ่งขึ้น"],
        ],
      )}`,
    ],
    considerations: [
      `${opt.division || DOTS} ได้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${plan.fiscalYear} เรียบร้อยแล้ว${aim(planner, plan.fiscalYear)} จึงเห็นควรประกาศใช้ แจ้งให้บุคลากรทุกคนถือปฏิบัติ และเผยแพร่บนเว็บไซต์ของหน่วยงาน`,
    ],
    closing: "จึงเรียนมาเพื่อโปรดพิจารณา หากเห็นชอบโปรดลงนามในประกาศที่แนบมาพร้อมนี้",
    decision: "approve",
  };
}

export function resultsMemo(report: ResultsReport, a: Analysis, opt: DocOptions): MemoText {
  const agency = opt.agency || "หน่วยงาน";
  return {
    kind: "resultsMemo",
    name: `บันทึกรายงานผล ${report.fiscalYear}`,
    subject: `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${report.fiscalYear}`,
    background: [
      // Measures rebuilt from last year's scores are not known to be those announced: nothing says they were.
      report.source === "adopted"
        ? `ตามที่${agency}ได้วิเคราะห์ผลการประเมิน ITA ประจำปี พ.ศ. ${report.previousYear} และประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${report.fiscalYear}${adoptedCount(report)} นั้น`
        : `ตามที่${agency}ได้วิเคราะห์ผลการประเมิน ITA ประจำปี พ.ศ. ${report.previousYear} เพื่อกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${report.fiscalYear} นั้น`,
    ],
    facts: [
      `${criterion(report.fiscalYear + 1, "measures-report")} หน่วยงานต้องรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานของปีงบประมาณที่ผ่านมาต่อผู้บริหาร และเผยแพร่บนเว็บไซต์ของหน่วยงาน`,
      `${agency}ได้รับผลการประเมิน ITA ประจำปี พ.ศ. ${report.year}${totals(a, report.previousYear, report.year)} รายละเอียดผลลัพธ์ของแต่ละมาตรการปรากฏตามรายงานที่แนบมาพร้อมนี้`,
    ],
    considerations: [
      `${opt.division || DOTS} ได้จัดทำรายงานผลการดำเนินการตามมาตรการดังกล่าวเรียบร้อยแล้ว จึงเห็นควรเผยแพร่บนเว็บไซต์ของหน่วยงาน และแจ้งให้ทุกส่วนราชการทราบ`,
    ],
    // A report is sent up for acknowledgement (ทราบ / สั่งการ), not for approval.
    closing: "จึงเรียนมาเพื่อโปรดทราบ",
    decision: "acknowledge",
  };
}
