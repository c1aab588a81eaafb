import { KEEP_STANDARD } from "../ita/recommendations";
import type { MeasurePlan } from "../measures/buildMeasures";
import { measureTitle, numberedSteps, writeSections } from "./measureSections";
import { ID_HEADER, OWNER_HEADER, PERIOD_HEADER } from "./officerEdits";
import { type DocOptions, SheetBuilder } from "./sheetBuilder";
import type { SheetSpec } from "./sheetSpec";
import { CENTERED_LINE, TEXT } from "./styles";

const HEADERS = [
  "ประเด็น/ตัวชี้วัด",
  "มาตรการ",
  "ขั้นตอน/วิธีการปฏิบัติ",
  OWNER_HEADER,
  PERIOD_HEADER,
  "การกำกับติดตาม",
  ID_HEADER,
];
const WIDTHS = [24, 34, 54, 20, 20, 30, 16];

/** มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน, for the fiscal year after the assessment. */
export function buildMeasuresSheet(plan: MeasurePlan, opt: DocOptions): SheetSpec {
  const b = new SheetBuilder(WIDTHS, opt, WIDTHS.length - 1);
  b.title("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
  b.line(`ประจำปีงบประมาณ พ.ศ. ${plan.fiscalYear}${opt.agency ? ` ${opt.agency}` : ""}`, CENTERED_LINE);
  b.line(
    `จากผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี พ.ศ. ${plan.assessmentYear}`,
    CENTERED_LINE,
  );
  b.header(HEADERS);
  writeSections(
    b,
    plan.measures,
    (m) => m,
    HEADERS.length - 1,
    (m, index) =>
      b.row([
        { value: m.group.label, style: TEXT },
        { value: measureTitle(m, index), style: TEXT },
        { value: numberedSteps(m.steps), style: TEXT },
        { value: m.owner, style: TEXT },
        { value: m.period, style: TEXT },
        { value: m.monitoring, style: TEXT },
        { value: m.id, style: TEXT },
      ]),
    (section) => {
      if (section !== "improve") return;
      for (const g of plan.keep)
        b.row([
          { value: g.label, style: TEXT },
          { value: KEEP_STANDARD, style: TEXT },
          ...HEADERS.slice(2, -1).map(() => ({ value: null, style: TEXT })),
        ]);
    },
  );
  return b.build("measures", `มาตรการ ITA ${plan.fiscalYear}`);
}
