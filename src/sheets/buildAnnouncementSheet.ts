import type { MeasurePlan } from "../measures/buildMeasures";
import { type DocOptions, SheetBuilder } from "./sheetBuilder";
import { garudaImage } from "./garuda";
import { columnsWidth } from "./pageBreaks";
import { DOTS, announcementSignature } from "./signature";
import type { SheetSpec } from "./sheetSpec";
import { ANNOUNCEMENT_TITLE, CENTERED_LINE, CENTERED_TEXT, PARAGRAPH } from "./styles";

// 449 pt: the width between the official margins (453 pt), so the ประกาศ prints at 100%.
const WIDTHS = [11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5];
const INDENT = "\u00a0".repeat(12);
/** The ครุฑ of a ประกาศ: 3 cm high. */
const GARUDA_ANNOUNCEMENT = (3 / 2.54) * 72;

/** ประกาศ of the measures, A4 portrait, signed by the executive; the measures sheet is its annex. */
export function buildAnnouncementSheet(plan: MeasurePlan, opt: DocOptions): SheetSpec {
  // One page, always: a long agency name with the ครุฑ's place may need the text (and its title with it) a point
  // or three smaller.
  let spec = announcementAt(plan, opt, opt.font.size);
  for (let size = opt.font.size - 1; spec.print.rowBreaks?.length && size >= opt.font.size - 3; size--)
    spec = announcementAt(plan, opt, size);
  return spec;
}

function announcementAt(plan: MeasurePlan, opt: DocOptions, size: number): SheetSpec {
  const b = new SheetBuilder(WIDTHS, opt);
  const [paragraph, centered] = [
    { ...PARAGRAPH, size },
    { ...CENTERED_TEXT, size },
  ];
  // Without the agency's name, a dotted line to write it in, as the title has (not a bare "หน่วยงาน").
  const agency = opt.agency || DOTS.slice(0, 30);
  // The ครุฑ's place, 3 cm high and centred at the top (kept blank without one, to paste it by hand).
  const garudaRow = b.space(GARUDA_ANNOUNCEMENT + 6);
  // The title 4 pt over the text (20 pt over 16), smaller with it.
  b.line(`ประกาศ${opt.agency || DOTS}`, {
    ...ANNOUNCEMENT_TITLE,
    size: (ANNOUNCEMENT_TITLE.size ?? size) - (opt.font.size - size),
  });
  b.line(
    `เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${plan.fiscalYear}`,
    CENTERED_LINE,
  );
  b.line("------------------------------------", centered);
  b.line(
    `${INDENT}ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี พ.ศ. ${plan.assessmentYear} เพื่อให้หน่วยงานภาครัฐนำผลการประเมินไปปรับปรุงการดำเนินงานให้มีคุณธรรมและความโปร่งใสยิ่งขึ้น นั้น`,
    paragraph,
  );
  b.line(
    `${INDENT}${agency} ได้วิเคราะห์ผลการประเมิน ITA ประจำปี พ.ศ. ${plan.assessmentYear} แล้ว จึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${plan.fiscalYear} จำนวน ${plan.measures.length} มาตรการ${kinds(plan)} ตามรายละเอียดแนบท้ายประกาศนี้ ให้บุคลากรทุกคนถือปฏิบัติ และให้ผู้รับผิดชอบรายงานผลการดำเนินการต่อผู้บริหาร`,
    paragraph,
  );
  b.line(`${INDENT}จึงประกาศให้ทราบโดยทั่วกัน`, paragraph);
  b.blank();
  // One line (the dotted spaces sized to fit it), so the date and the signature stay on the ประกาศ's one page.
  b.line("ประกาศ ณ วันที่ .......... เดือน ...................... พ.ศ. ..........", centered);
  announcementSignature(b, opt.executiveName, opt.executivePosition);
  // A ประกาศ is one page: no page number.
  const spec = b.build(
    "measuresAnnouncement",
    `ประกาศมาตรการ ${plan.fiscalYear}`,
    "portrait",
    "announcement",
  );
  if (!opt.garuda) return spec;
  const image = garudaImage(opt.garuda, GARUDA_ANNOUNCEMENT, { row: garudaRow, col: 0, x: 0, y: 0 });
  const page = columnsWidth(WIDTHS);
  return {
    ...spec,
    images: [{ ...image, anchor: { ...image.anchor, x: Math.max(0, (page - image.width) / 2) } }],
  };
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
