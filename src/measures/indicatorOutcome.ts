import type { Analysis, ItemResult } from "../analysis/analyse";
import { indicatorChange } from "../analysis/indicatorChange";
import { counterpartIn, indicatorName, prakadenName } from "../ita/catalog";
import { formatScore, outcomeSentence } from "./outcomeSentence";

/**
 * The indicator's ผลลัพธ์ sentence. Indicators keep their meaning across frameworks, so an indicator always
 * compares; last year's items with no counterpart this year are named first and compared through it:
 * "ผลการประเมิน ITA ปี 2565 ตัวชี้วัดที่ 2 การใช้งบประมาณ ข้อ I8 ได้ 83.20 ซึ่งปี 2566 ไม่มีข้อที่ตรงกัน
 * จึงเทียบทั้งตัวชี้วัด ซึ่งปี 2565 ได้ 84.00 ปี 2566 ได้ 86.00 เพิ่มขึ้น 2.00 คะแนน …". Null when last year has no
 * score for the indicator and no unmatched item.
 */
export function indicatorOutcome(
  before: Analysis,
  now: Analysis,
  n: number,
  prakaden: number | null,
  unmatched: ItemResult[] = [],
  creditMeasure = true,
): string | null {
  const prevYear = before.latestYear!;
  const year = now.latestYear!;
  const change = indicatorChange(now, n, year);
  const previousScore =
    before.indicators.find((i) => i.number === n)?.score ??
    (change?.previous?.year === prevYear ? change.previous.score : null);
  const items = unmatched.map((i) => `ข้อ ${i.code} ได้ ${formatScore(i.score)}`).join(" และ");
  const why = unmatchedWhy(unmatched, prevYear, year);
  const lead = items ? `${items} ซึ่งปี ${year} ${why} จึงเทียบทั้งตัวชี้วัด ซึ่งปี ${prevYear}` : null;
  if (previousScore === null) {
    if (!lead) return null;
    const name = indicatorName(n, year);
    const pName = prakaden ? prakadenName(prakaden) : undefined;
    const issue = prakaden ? `ประเด็นที่ ${prakaden}${pName ? ` ${pName}` : ""} ` : "";
    return (
      `ผลการประเมิน ITA ปี ${prevYear} ${issue}ตัวชี้วัดที่ ${n}${name ? ` ${name}` : ""} ${items} ซึ่งปี ${year} ${why}` +
      ` และไม่มีคะแนนตัวชี้วัดนี้ให้เทียบ จึงเทียบจำนวนข้อของตัวชี้วัดนี้ที่ผ่านเกณฑ์` +
      ` ปี ${prevYear} ${passCount(before, n) ?? "ไม่มีคะแนนรายข้อ"} ปี ${year} ${passCount(now, n) ?? "ไม่มีคะแนนรายข้อ"}`
    );
  }
  const nowCount = passCount(now, n);
  return outcomeSentence({
    previousYear: prevYear,
    year,
    indicator: n,
    prakaden,
    previousCode: null,
    lead,
    code: null,
    previousScore,
    score: change?.score ?? null,
    threshold: now.threshold,
    creditMeasure,
    missing: `ปี ${year} ไม่ได้รายงานคะแนนตัวชี้วัดนี้${nowCount ? ` ข้อของตัวชี้วัดนี้ผ่านเกณฑ์ ${nowCount}` : ""}`,
  });
}

/**
 * Why last year's items have no counterpart to compare with: the ITA manual's list of this year has none ("ไม่มีข้อที่
 * ตรงกัน"), or it has one and this year's sheet gives it no score ("ไม่มีคะแนนของข้อที่ตรงกัน (ข้อ O27)") — never the
 * first said of the second.
 */
function unmatchedWhy(unmatched: ItemResult[], prevYear: number, year: number): string {
  const codes = unmatched.flatMap((i) => {
    const to = counterpartIn(prevYear, i.instrument, i.number, year);
    return typeof to === "number" ? [`${i.code[0]}${to}`] : [];
  });
  if (codes.length === 0) return "ไม่มีข้อที่ตรงกัน";
  const listed = `ข้อ ${[...new Set(codes)].join(", ")}`;
  return codes.length === unmatched.length
    ? `ไม่มีคะแนนของข้อที่ตรงกัน (${listed})`
    : `ไม่มีข้อที่ตรงกันหรือไม่มีคะแนนของข้อที่ตรงกัน (${listed})`;
}

/** "20 จาก 26 ข้อ": how many of the latest year's items of indicator `n` in `a` pass; null when it has none. */
function passCount(a: Analysis, n: number): string | null {
  const items = a.items.filter((i) => i.indicator === n);
  if (!items.length) return null;
  return `${items.filter((i) => !i.flagged).length} จาก ${items.length} ข้อ`;
}
