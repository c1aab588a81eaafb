import type { ItemResult } from "../analysis/analyse";
import type { MeasureText } from "./buildMeasures";
import { counterpartIn } from "../ita/catalog";
import { fillYears, itemRecommendation, oitTopic } from "../ita/recommendations";

/**
 * One measure for all the weak OIT items of a group (seed 000: "ข้อ O1, O26, O29"): a step per item with what it
 * publishes and when, the owners and periods of the items (each item's own: six-month reports in April, annual
 * reports after the year ends).
 */
export function oitMeasure(year: number, items: ItemResult[], fiscalYear: number): MeasureText {
  const recs = items.map((it) => ({ it, rec: itemRecommendation(year, "OIT", it.number) }));
  const fill = (s: string) => fillYears(s, fiscalYear);
  const steps = [
    `ตรวจสอบองค์ประกอบที่ต้องเปิดเผยของแต่ละข้อตามคู่มือการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${fiscalYear}`,
    ...recs.map(
      ({ it, rec }) =>
        `${publishStep(year, it, fiscalYear)} ให้ครบถ้วนและเป็นปัจจุบัน ระยะเวลา ${fill(rec.period)}`,
    ),
    "เผยแพร่บนเว็บไซต์หลักของหน่วยงานในหัวข้อที่ตรงกับข้อ OIT ตรวจสอบว่าลิงก์เปิดได้ และเสนอผู้บริหารรับทราบ",
  ];
  return {
    title: oitTitle(recs.map(({ it }) => oitTopic(year, it.number) ?? it.title ?? it.code)),
    steps,
    owner: byValue(recs.map(({ it, rec }) => [citedCode(year, it, fiscalYear), fill(rec.owner)])),
    period: byValue(recs.map(({ it, rec }) => [citedCode(year, it, fiscalYear), fill(rec.period)])),
    monitoring: fill(recs[0]!.rec.monitoring),
    recommendation: recs.map(({ rec }) => rec.text).join("\n"),
    oitRefs: [],
  };
}

/**
 * The item's number as the ITA that will assess the work numbers it (ITA 2567 O7 is ITA 2568 O5), or null when
 * that ITA's list is unknown or has no such item.
 */
function nextNumber(year: number, it: ItemResult, fiscalYear: number): number | null {
  if (fiscalYear === year) return it.number;
  const next = counterpartIn(year, "OIT", it.number, fiscalYear);
  return typeof next === "number" ? next : null;
}

/**
 * How a measure's columns name an item: as its step cites it, with the old code beside a new one ("O8 (เดิม O11)"),
 * so a code never means one item in the steps and another in the periods, and two merged items stay apart.
 */
export function citedCode(year: number, it: ItemResult, fiscalYear: number): string {
  const next = nextNumber(year, it, fiscalYear);
  return next === null || next === it.number ? it.code : `O${next} (เดิม ${it.code})`;
}

/**
 * What to publish, cited as the ITA that will assess the work numbers it, with the old number beside a new one:
 * "จัดทำและเผยแพร่ข้อ O5 “แผนพัฒนาหน่วยงาน” (เดิมข้อ O7 ของ ITA 2567)"; by its topic with the assessed year's
 * code when that list is unknown or has no such item (the first step already checks the year's manual). Nothing
 * addressed to the officer is printed.
 */
export function publishStep(year: number, it: ItemResult, fiscalYear: number): string {
  const topic = oitTopic(year, it.number) ?? it.title ?? "";
  const quoted = (t: string | null) => (t ? ` “${t}”` : "");
  const next = nextNumber(year, it, fiscalYear);
  if (next === it.number) return `จัดทำและเผยแพร่ข้อ ${it.code}${quoted(topic)}`;
  if (next !== null)
    return `จัดทำและเผยแพร่ข้อ O${next}${quoted(oitTopic(fiscalYear, next) ?? topic)} (เดิมข้อ ${it.code} ของ ITA ${year})`;
  return `จัดทำและเผยแพร่ข้อมูล${quoted(topic)} (ข้อ ${it.code} ของ ITA ${year})`;
}

/**
 * The measure's title, named by what it publishes, so that two groups' OIT measures never share one:
 * "มาตรการเปิดเผยข้อมูลสาธารณะ (OIT) เรื่องแผนยุทธศาสตร์… และอีก 2 เรื่อง ให้ครบถ้วนและเป็นปัจจุบัน".
 */
export function oitTitle(topics: string[]): string {
  const [first, second] = topics;
  const what =
    topics.length === 1
      ? `เรื่อง${first}`
      : topics.length === 2
        ? `เรื่อง${first} และเรื่อง${second}`
        : `เรื่อง${first} และอีก ${topics.length - 1} เรื่อง`;
  return `มาตรการเปิดเผยข้อมูลสาธารณะ (OIT) ${what} ให้ครบถ้วนและเป็นปัจจุบัน`;
}

/** One value when all items share it; else "O8, O9: value" per distinct value, one a line. */
function byValue(pairs: [string, string][]): string {
  const values = [...new Set(pairs.map(([, v]) => v))];
  if (values.length === 1) return values[0]!;
  return values
    .map(
      (v) =>
        `${pairs
          .filter(([, x]) => x === v)
          .map(([c]) => c)
          .join(", ")}: ${v}`,
    )
    .join("\n");
}
