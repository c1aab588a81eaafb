import type { Measure, MeasurePlan } from "../measures/buildMeasures";
import { KEEP_STANDARD } from "../ita/recommendations";
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
export const SECTION_URGENT = "1. ข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน";
export const SECTION_IMPROVE = "2. ประเด็นที่ต้องพัฒนาให้ดีขึ้น";

/** "3. มาตรการ…\n(ข้อ I19, I20)" — a measure names every item it answers. */
export function measureTitle(m: Measure, index: number): string {
  const codes = m.items.filter((c) => !c.startsWith("ตัวชี้วัด"));
  const indicators = m.items.filter((c) => c.startsWith("ตัวชี้วัด"));
  const named = [...(codes.length ? [`ข้อ ${codes.join(", ")}`] : []), ...indicators].join("; ");
  return `${index}. ${m.title}\n(${named})`;
}

export function numberedSteps(steps: string[]): string {
  return steps.map((s, i) => `${i + 1}) ${s}`).join("\n");
}

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
  let index = 0;
  for (const [heading, section] of [
    [SECTION_URGENT, "urgent"],
    [SECTION_IMPROVE, "improve"],
  ] as const) {
    b.section(heading);
    const list = plan.measures.filter((m) => m.section === section);
    if (list.length === 0)
      b.row([
        { value: "— ไม่มี —", style: TEXT },
        ...HEADERS.slice(1).map(() => ({ value: null, style: TEXT })),
      ]);
    for (const m of list) {
      index++;
      b.row([
        { value: m.group.label, style: TEXT },
        { value: measureTitle(m, index), style: TEXT },
        { value: numberedSteps(m.steps), style: TEXT },
        { value: m.owner, style: TEXT },
        { value: m.period, style: TEXT },
        { value: m.monitoring, style: TEXT },
        { value: m.id, style: TEXT },
      ]);
    }
    if (section === "improve") {
      for (const g of plan.keep)
        b.row([
          { value: g.label, style: TEXT },
          { value: KEEP_STANDARD, style: TEXT },
          ...HEADERS.slice(2, -1).map(() => ({ value: null, style: TEXT })),
        ]);
    }
  }
  return b.build("measures", `มาตรการ ITA ${plan.fiscalYear}`);
}
