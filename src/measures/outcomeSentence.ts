import { round2 } from "../analysis/round";
import { indicatorName, prakadenName } from "../ita/catalog";

/** Scores with 2 decimals everywhere: 84.80, 100.00. */
export function formatScore(x: number): string {
  return x.toFixed(2);
}

/** The size of a change, 2 decimals: 4.01, 0.50, 24.36 (the sign is said in words). */
export function formatChange(x: number): string {
  return Math.abs(round2(x)).toFixed(2);
}

export interface OutcomeFacts {
  previousYear: number;
  year: number;
  /** The indicator, named in the sentence ("ตัวชี้วัดที่ 3 การใช้อำนาจ"). */
  indicator: number | null;
  /** The ประเด็น (from 2567), named before the indicator. */
  prakaden?: number | null;
  /** The item as it was numbered in the previous year (null for an indicator sentence). */
  previousCode: string | null;
  /** The item as numbered this year. */
  code: string | null;
  /** True when the two years use different item lists (the comparison went through a crosswalk). */
  crosswalk?: boolean;
  previousScore: number;
  score: number | null;
  threshold: number;
  /** Text printed after the subject, before the previous score (items compared through their indicator). */
  lead?: string | null;
  /** False when the measure is not known to have been carried out (rebuilt): the reading credits nothing. */
  creditMeasure?: boolean;
  /** What to print when this year has no score (the default says no item of this year corresponds). */
  missing?: string;
}

export type Outcome =
  | "improved-pass"
  | "improved-kept"
  | "improved-below"
  | "declined-pass"
  | "declined-below"
  | "same-pass"
  | "same-below";

/** "แสดงให้เห็นว่า…", by outcome, as every seed ends its ผลลัพธ์ sentence. */
export const INTERPRETATION: Record<Outcome, string> = {
  "improved-pass": "แสดงให้เห็นว่าการดำเนินการตามมาตรการส่งผลให้ผลการประเมินดีขึ้นจนผ่านเกณฑ์",
  "improved-kept": "แสดงให้เห็นว่าการดำเนินการตามมาตรการช่วยให้ผลการประเมินดีขึ้นและผ่านเกณฑ์อย่างต่อเนื่อง",
  "improved-below": "แสดงให้เห็นว่าการดำเนินการตามมาตรการส่งผลให้ผลการประเมินดีขึ้น แต่ต้องดำเนินการต่อเนื่องเพื่อให้ผ่านเกณฑ์",
  "declined-pass": "แสดงให้เห็นว่าผลการประเมินยังผ่านเกณฑ์ แต่ต้องทบทวนการดำเนินการเพื่อไม่ให้คะแนนลดลงอีก",
  "declined-below": "แสดงให้เห็นว่าการดำเนินการตามมาตรการยังไม่ส่งผลให้ผลการประเมินดีขึ้น ต้องทบทวนและปรับปรุงมาตรการ",
  "same-pass": "แสดงให้เห็นว่าหน่วยงานรักษามาตรฐานไว้ได้",
  "same-below": "แสดงให้เห็นว่าผลการประเมินยังไม่ดีขึ้น ต้องทบทวนและปรับปรุงมาตรการ",
};

/**
 * The same, when the figure compared is not what the measure answered (its items have no counterpart this year, so
 * the whole indicator is compared): what the scores show, without crediting the measure.
 */
export const INDICATOR_READING: Record<Outcome, string> = {
  "improved-pass": "แสดงให้เห็นว่าผลการประเมินของตัวชี้วัดนี้โดยรวมดีขึ้นจนผ่านเกณฑ์",
  "improved-kept": "แสดงให้เห็นว่าผลการประเมินของตัวชี้วัดนี้โดยรวมดีขึ้นและผ่านเกณฑ์อย่างต่อเนื่อง",
  "improved-below": "แสดงให้เห็นว่าผลการประเมินของตัวชี้วัดนี้โดยรวมดีขึ้น แต่ยังต้องพัฒนาต่อเพื่อให้ผ่านเกณฑ์",
  "declined-pass": "แสดงให้เห็นว่าตัวชี้วัดนี้โดยรวมยังผ่านเกณฑ์ แต่ควรทบทวนการดำเนินการเพื่อไม่ให้คะแนนลดลงอีก",
  "declined-below": "แสดงให้เห็นว่าตัวชี้วัดนี้โดยรวมยังต้องได้รับการปรับปรุง",
  "same-pass": "แสดงให้เห็นว่าตัวชี้วัดนี้โดยรวมรักษามาตรฐานไว้ได้",
  "same-below": "แสดงให้เห็นว่าผลการประเมินของตัวชี้วัดนี้โดยรวมยังไม่ดีขึ้น",
};

/**
 * What the scores show, crediting nothing: for measures the report cannot say were carried out (rebuilt from last
 * year's scores, not read from the plan the agency announced).
 */
function scoresReading(outcome: Outcome, score: number, change: number, subject: string): string {
  if (score === 100 && change >= 0) return `แสดงให้เห็นว่าผลการประเมิน${subject}ได้คะแนนเต็ม`;
  const said: Record<Outcome, string> = {
    "improved-pass": `แสดงให้เห็นว่าผลการประเมิน${subject}ดีขึ้นจนผ่านเกณฑ์`,
    "improved-kept": `แสดงให้เห็นว่าผลการประเมิน${subject}ดีขึ้นและผ่านเกณฑ์อย่างต่อเนื่อง`,
    "improved-below": `แสดงให้เห็นว่าผลการประเมิน${subject}ดีขึ้น แต่ยังต้องพัฒนาต่อเพื่อให้ผ่านเกณฑ์`,
    "declined-pass": `แสดงให้เห็นว่า${subject}ยังผ่านเกณฑ์ แต่ควรทบทวนการดำเนินการเพื่อไม่ให้คะแนนลดลงอีก`,
    "declined-below": `แสดงให้เห็นว่า${subject}ยังต้องได้รับการปรับปรุง`,
    "same-pass": `แสดงให้เห็นว่า${subject}รักษามาตรฐานไว้ได้`,
    "same-below": `แสดงให้เห็นว่าผลการประเมิน${subject}ยังไม่ดีขึ้น`,
  };
  return said[outcome];
}

/** Readings that say what is particular about a change: a full score, a large gain, a near miss, a small or a new fall. */
const PARTICULAR = {
  fullKept: "แสดงให้เห็นว่าหน่วยงานรักษาผลการประเมินเต็ม 100 คะแนนไว้ได้",
  fullReached: "แสดงให้เห็นว่าการดำเนินการตามมาตรการช่วยยกระดับผลการประเมินจนได้คะแนนเต็ม",
  largeGain: "แสดงให้เห็นว่าการดำเนินการตามมาตรการส่งผลให้ผลการประเมินดีขึ้นอย่างชัดเจนจนผ่านเกณฑ์",
  nearMiss:
    "แสดงให้เห็นว่าการดำเนินการตามมาตรการส่งผลให้ผลการประเมินดีขึ้นจนใกล้ผ่านเกณฑ์ ควรดำเนินการต่อเนื่องเพื่อให้ผ่านเกณฑ์ในปีถัดไป",
  smallFall: "แสดงให้เห็นว่าผลการประเมินยังผ่านเกณฑ์ แม้ลดลงเล็กน้อย ควรรักษาการดำเนินการไว้อย่างต่อเนื่อง",
  newFail: "แสดงให้เห็นว่าผลการประเมินลดลงจนต่ำกว่าเกณฑ์ ต้องทบทวนและปรับปรุงมาตรการโดยเร่งด่วน",
};

/** A gain this large (points) is "ชัดเจน"; a fall this small "เล็กน้อย"; a score this close below the mark "ใกล้ผ่าน". */
const LARGE_GAIN = 15;
const SMALL_FALL = 2;
const NEAR_MISS = 5;

/**
 * "แสดงให้เห็นว่า…" for a change: by outcome, and by what is particular about it (a full score kept or reached, a
 * large gain, a near miss, a small fall, a first fall below the mark), so that six measures do not end alike.
 * `throughIndicator`: the figure is the indicator's, not the measure's item: the measure is not credited.
 */
export function interpretation(
  change: number,
  score: number,
  threshold: number,
  passedBefore: boolean,
  throughIndicator = false,
  creditMeasure = true,
  subject = "ข้อนี้",
): string {
  const passes = score >= threshold;
  const outcome = outcomeOf(change, passes, passedBefore);
  if (throughIndicator) return INDICATOR_READING[outcome];
  if (!creditMeasure) return scoresReading(outcome, score, change, subject);
  if (score === 100 && change === 0) return PARTICULAR.fullKept;
  if (score === 100 && change > 0) return PARTICULAR.fullReached;
  if (outcome === "improved-pass" && change >= LARGE_GAIN) return PARTICULAR.largeGain;
  if (outcome === "improved-below" && threshold - score <= NEAR_MISS) return PARTICULAR.nearMiss;
  if (outcome === "declined-pass" && -change <= SMALL_FALL) return PARTICULAR.smallFall;
  if (outcome === "declined-below" && passedBefore) return PARTICULAR.newFail;
  return INTERPRETATION[outcome];
}

/** The outcome of a change; an improvement of a score that already passed is "kept", not "improved until it passed". */
export function outcomeOf(change: number, passes: boolean, passedBefore = false): Outcome {
  if (change > 0 && passes && passedBefore) return "improved-kept";
  const dir = change > 0 ? "improved" : change < 0 ? "declined" : "same";
  return `${dir}-${passes ? "pass" : "below"}`;
}

/** "ประเด็นที่ 4 … ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ข้อ I10". */
function subject(f: OutcomeFacts): string {
  const named = (label: string, n: number, name: string | undefined) =>
    `${label} ${n}${name ? ` ${name}` : ""}`;
  return [
    f.prakaden ? named("ประเด็นที่", f.prakaden, prakadenName(f.prakaden)) : "",
    f.indicator ? named("ตัวชี้วัดที่", f.indicator, indicatorName(f.indicator, f.year)) : "",
    f.previousCode ? `ข้อ ${f.previousCode}` : "",
    f.lead ?? "",
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * The ผลลัพธ์ sentence of the results report: the indicator (and ประเด็น), both years' scores, the change and an
 * interpretation, e.g. "ผลการประเมิน ITA ปี 2565 ตัวชี้วัดที่ 3 การใช้อำนาจ ข้อ I13 ได้ 84.80 ปี 2566 ได้ 88.81
 * เพิ่มขึ้น 4.01 คะแนน และผ่านเกณฑ์การประเมินฯ แสดงให้เห็นว่า…".
 */
export function outcomeSentence(f: OutcomeFacts): string {
  const head = `ผลการประเมิน ITA ปี ${f.previousYear} ${subject(f)} ได้ ${formatScore(f.previousScore)}`;
  if (f.score === null) return `${head} ${f.missing ?? `ปี ${f.year} ไม่มีข้อที่ตรงกับข้อนี้`}`;
  // "เทียบกับข้อ …" only when the code changed (a crosswalk that keeps the number reads as the same item).
  const compared = f.code && f.code !== f.previousCode ? ` เทียบกับข้อ ${f.code}` : "";
  const now = `ปี ${f.year}${compared} ได้ ${formatScore(f.score)}`;
  const passes = f.score >= f.threshold;
  const change = round2(f.score - f.previousScore);
  return `${head} ${now} ${changeWords(change, passes)} ${interpretation(change, f.score, f.threshold, f.previousScore >= f.threshold, Boolean(f.lead), f.creditMeasure ?? true, f.code ? "ข้อนี้" : "ตัวชี้วัดนี้")}`;
}

/** "เพิ่มขึ้น 4.01 คะแนน และผ่านเกณฑ์การประเมินฯ", from the change (rounded) and whether the score passes. */
export function changeWords(d: number, passes: boolean): string {
  if (d > 0)
    return `เพิ่มขึ้น ${formatChange(d)} คะแนน ${passes ? "และผ่านเกณฑ์การประเมินฯ" : "แต่ยังไม่ผ่านเกณฑ์การประเมินฯ"}`;
  if (d < 0)
    return `ลดลง ${formatChange(d)} คะแนน ${passes ? "แต่ยังผ่านเกณฑ์การประเมินฯ" : "และยังไม่ผ่านเกณฑ์การประเมินฯ"}`;
  return `เท่าเดิม ${passes ? "ซึ่งผ่านเกณฑ์การประเมินฯ" : "ซึ่งยังไม่ผ่านเกณฑ์การประเมินฯ"}`;
}
