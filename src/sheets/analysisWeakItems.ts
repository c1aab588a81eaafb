import { publishStep } from "../measures/oitMeasure";
import type { ItemResult } from "../analysis/analyse";
import type { GroupPlan, Measure, MeasurePlan } from "../measures/buildMeasures";
import { type Cell, crosswalkNote, itemFigures, scoreRow, sentenceRow } from "./analysisRows";
import { numberedSteps } from "./measureSections";
import { printedTopic } from "./printedText";
import { fillYears, itemRecommendation } from "../ita/recommendations";
import type { SheetBuilder } from "./sheetBuilder";
import { TEXT } from "./styles";

/**
 * Section 2, in seed 001's columns: per indicator (to 2566) or ประเด็น (from 2567), each weak item with its
 * scores, the NACC-style recommendation (ประเด็นที่ต้องแก้ไข/ปรับปรุง), the agency's actions from its measure
 * (ประเด็นที่ต้องปรับปรุงตามมาตรฐานการปฏิบัติงาน) and who does it when (ข้อเสนอแนะเพิ่มเติม); a passing group
 * "ควรรักษามาตรฐานไว้" with its keep measure; from 2567 a short narrative per ประเด็น.
 */
export function writeWeakItems(b: SheetBuilder, plan: MeasurePlan): void {
  b.section("2. ประเด็นที่ต้องแก้ไข/ปรับปรุง และแนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ");
  const shown = new Map<string, string>();
  for (const g of plan.groups) {
    const weak = g.items.filter((i) => i.flagged);
    if (!g.weak) {
      const keep = g.measures[0]!;
      b.row([
        { value: g.group.label, style: TEXT },
        { value: "ควรรักษามาตรฐานไว้", style: TEXT, span: 5 },
        ...analysisCells(keep, g.analysis.join("\n")),
      ]);
      continue;
    }
    for (const it of weak) {
      const m = measureOf(plan, it);
      const rec = m?.purpose === "corrective" ? recommendationOf(m, it) : "";
      const topic = `${it.title ?? printedTopic(it.topic)}${crosswalkNote(it)}`;
      b.row(
        scoreRow(
          g.group.label,
          it.code,
          topic,
          itemFigures(it),
          m ? actionCells(plan, m, it, rec, shown) : rec,
        ),
      );
    }
    for (const m of g.measures.filter((x) => x.items.some((i) => i.kind === "indicator")))
      b.row([
        { value: g.group.label, style: TEXT },
        { value: indicatorsBelow(g, m), style: TEXT, span: 5 },
        ...analysisCells(m, m.recommendation),
      ]);
    // From 2567, what the ประเด็น's scores show, in one paragraph (the recommendations are in the rows above).
    if (plan.grouping === "prakaden" && weak.length > 0)
      b.row(sentenceRow("ผลการวิเคราะห์", scoresNarrative(g)));
  }
}

/** "ตัวชี้วัดที่ 8 การปรับปรุงการดำเนินงาน ได้ 80.00 ต่ำกว่าเกณฑ์": the weak indicators a measure answers. */
function indicatorsBelow(g: GroupPlan, m: Measure): string {
  const numbers = m.items.flatMap((i) => (i.kind === "indicator" ? [i.number] : []));
  return g.indicators
    .filter((i) => numbers.includes(i.number))
    .map((i) => `ตัวชี้วัดที่ ${i.number} ${i.name} ได้ ${i.score.toFixed(2)} ต่ำกว่าเกณฑ์`)
    .join("\n");
}

/**
 * What a ประเด็น's item scores show: "ประเด็นนี้มีข้อที่ประเมิน 8 ข้อ ผ่านเกณฑ์ 5 ข้อ ต่ำกว่าเกณฑ์ 3 ข้อ (O7 0.00,
 * O8 50.00, O9 0.00) และมีข้อที่คะแนนลดลงจากปี 2566 3 ข้อ".
 */
function scoresNarrative(g: GroupPlan): string {
  const weak = g.items.filter((i) => i.flagged);
  const fell = g.items.filter((i) => i.delta !== null && i.delta < 0);
  const year = g.items.find((i) => i.previous)?.previous?.year;
  const listed = weak.map((i) => `${i.code} ${i.score.toFixed(2)}`).join(", ");
  return (
    `ประเด็นนี้มีข้อที่ประเมิน ${g.items.length} ข้อ ผ่านเกณฑ์ ${g.items.length - weak.length} ข้อ ต่ำกว่าเกณฑ์ ${weak.length} ข้อ (${listed})` +
    (fell.length && year ? ` และมีข้อที่คะแนนลดลงจากปี ${year} ${fell.length} ข้อ` : "")
  );
}

function analysisCells(m: Measure, recommendation: string): Cell[] {
  return [
    { value: recommendation, style: TEXT },
    { value: `${m.title}\n${numberedSteps(m.steps)}`, style: TEXT },
    { value: `ผู้รับผิดชอบ: ${m.owner}\nระยะเวลา: ${m.period}`, style: TEXT },
  ];
}

/**
 * The analysis cells of a weak item: its recommendation, then what its measure does — an OIT item its own step,
 * owner and period; an item whose measure was shown for an earlier item refers to it instead of repeating it.
 */
function actionCells(
  plan: MeasurePlan,
  m: Measure,
  it: ItemResult,
  rec: string,
  shown: Map<string, string>,
): Cell[] {
  if (it.instrument === "OIT") {
    // The step that publishes this item, as the measure wrote it (never another item's: O1 is not O12, and 2566 O7
    // is not the O7 that 2566 O4 became).
    const publish = publishStep(plan.assessmentYear, it, plan.fiscalYear);
    const step = m.steps.find((s) => s.startsWith(publish)) ?? m.title;
    const r = itemRecommendation(plan.assessmentYear, "OIT", it.number);
    const fill = (s: string) => fillYears(s, plan.fiscalYear);
    return [
      { value: rec, style: TEXT },
      { value: step, style: TEXT },
      { value: `ผู้รับผิดชอบ: ${fill(r.owner)}\nระยะเวลา: ${fill(r.period)}`, style: TEXT },
    ];
  }
  const first = shown.get(m.id);
  if (first) {
    const same = `ดำเนินการตามมาตรการเดียวกับข้อ ${first}`;
    return [
      { value: rec, style: TEXT },
      { value: same, style: TEXT },
      { value: same, style: TEXT },
    ];
  }
  shown.set(m.id, it.code);
  return analysisCells(m, rec);
}

function measureOf(plan: MeasurePlan, it: ItemResult): Measure | undefined {
  return plan.measures.find((m) => m.items.some((i) => i.kind === "item" && i.code === it.code));
}

/** The item's own recommendation: one line of a shared OIT measure, or the measure's recommendation. */
function recommendationOf(m: Measure, it: ItemResult): string {
  const lines = m.recommendation.split("\n");
  if (lines.length === 1) return lines[0]!;
  const index = m.items.findIndex((i) => i.kind === "item" && i.code === it.code);
  return lines[index] ?? lines[0]!;
}
