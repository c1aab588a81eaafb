import type { MeasurePlan } from "../measures/buildMeasures";
import { type DocOptions, SheetBuilder } from "./sheetBuilder";
import { DOTS, announcementSignature } from "./signature";
import type { SheetSpec } from "./sheetSpec";
import { ANNOUNCEMENT_TITLE, CENTERED_LINE, CENTERED_TEXT, PARAGRAPH } from "./styles";

// 449 pt: the width between the official margins (453 pt), so the ประกาศ prints at 100%.
const WIDTHS = [11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5];
const INDENT = "\u00a0".repeat(12);

/** ประกาศ of the measures, A4 portrait, signed by the executive; the measures sheet is its annex. */
export function buildAnnouncementSheet(plan: MeasurePlan, opt: DocOptions): SheetSpec {
  const b = new SheetBuilder(WIDTHS, opt);
  const agency = opt.agency || "หน่วยงาน";
  b.line(`ประกาศ${opt.agency || DOTS}`, ANNOUNCEMENT_TITLE);
  b.line(
    `เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${plan.fiscalYear}`,
    CENTERED_LINE,
  );
  b.line("------------------------------------", CENTERED_TEXT);
  b.line(
    `${INDENT}ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี พ.ศ. ${plan.assessmentYear} เพื่อให้หน่วยงานภาครัฐนำผลการประเมินไปปรับปรุงการดำเนินงานให้มีคุณธรรมและความโปร่งใสยิ่งขึ้น นั้น`,
    PARAGRAPH,
  );
  b.line(
    `${INDENT}${agency} ได้วิเคราะห์ผลการประเมิน ITA ประจำปี พ.ศ. ${plan.assessmentYear} แล้ว จึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${plan.fiscalYear} จำนวน ${plan.measures.length} มาตรการ${kinds(plan)} ตามรายละเอียดแนบท้ายประกาศนี้ ให้บุคลากรทุกคนถือปฏิบัติ และให้ผู้รับผิดชอบรายงานผลการดำเนินการต่อผู้บริหาร`,
    PARAGRAPH,
  );
  b.line(`${INDENT}จึงประกาศให้ทราบโดยทั่วกัน`, PARAGRAPH);
  b.blank();
  // One line (the dotted spaces sized to fit it), so the date and the signature stay on the ประกาศ's one page.
  b.line("ประกาศ ณ วันที่ .......... เดือน ...................... พ.ศ. ..........", CENTERED_TEXT);
  announcementSignature(b, opt.executiveName, opt.executivePosition);
  // A ประกาศ is one page: no page number.
  return b.build("measuresAnnouncement", `ประกาศมาตรการ ${plan.fiscalYear}`, "portrait", "announcement");
}

/**
 * " ได้แก่ มาตรการแก้ไขข้อบกพร่องหรือจุดอ่อนโดยเร่งด่วน 3 มาตรการ และมาตรการรักษามาตรฐาน 4 มาตรการ": the measures by
 * kind, as an officer words it (nothing when there is one kind, which the total already says).
 */
function kinds(plan: MeasurePlan): string {
  const count = (f: (m: MeasurePlan["measures"][number]) => boolean) => plan.measures.filter(f).length;
  const parts = [
    [count((m) => m.section === "urgent"), "มาตรการแก้ไขข้อบกพร่องหรือจุดอ่อนโดยเร่งด่วน"],
    [count((m) => m.section !== "urgent" && m.purpose !== "keep"), "มาตรการพัฒนาให้ดีขึ้น"],
    [count((m) => m.section !== "urgent" && m.purpose === "keep"), "มาตรการรักษามาตรฐาน"],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, label]) => `${label} ${n} มาตรการ`);
  if (parts.length < 2) return "";
  return ` ได้แก่ ${parts.slice(0, -1).join(" ")} และ${parts[parts.length - 1]}`;
}
