import { round2 } from "../analysis/round";

/** Scores as the seeds print them: 84.80, 100. */
export function formatScore(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

/** A change as the seeds print it: 4.01, 0.5, 24.36 (no trailing zero). */
export function formatChange(x: number): string {
  return String(round2(Math.abs(x)));
}

export interface OutcomeFacts {
  previousYear: number;
  year: number;
  /** "ตัวชี้วัดที่ 3" — always given. */
  indicator: number | null;
  /** The item as it was numbered in the previous year (null for an indicator sentence). */
  previousCode: string | null;
  /** The item as numbered this year, when it differs (a crosswalk was used). */
  code: string | null;
  previousScore: number;
  score: number | null;
  threshold: number;
}

/**
 * The ผลลัพธ์ sentence of the results report, with both years' scores and the signed change, e.g.
 * "ผลการประเมิน ITA ปี 2565 ตัวชี้วัดที่ 3 ข้อ I13 ได้ 84.80 ปี 2566 ได้ 88.81 เพิ่มขึ้น 4.01 คะแนน และผ่านเกณฑ์การประเมินฯ".
 */
export function outcomeSentence(f: OutcomeFacts): string {
  const what = [f.indicator ? `ตัวชี้วัดที่ ${f.indicator}` : "", f.previousCode ? `ข้อ ${f.previousCode}` : ""]
    .filter(Boolean)
    .join(" ");
  const head = `ผลการประเมิน ITA ปี ${f.previousYear} ${what} ได้ ${formatScore(f.previousScore)}`;
  if (f.score === null) return `${head} ปี ${f.year} ไม่มีข้อที่เทียบเคียงได้เนื่องจากกรอบการประเมินเปลี่ยนแปลง`;
  const now = `ปี ${f.year}${f.code && f.code !== f.previousCode ? ` เทียบกับข้อ ${f.code}` : ""} ได้ ${formatScore(f.score)}`;
  const d = round2(f.score - f.previousScore);
  const passes = f.score >= f.threshold;
  let change: string;
  if (d > 0)
    change = `เพิ่มขึ้น ${formatChange(d)} คะแนน ${passes ? "และผ่านเกณฑ์การประเมินฯ" : "แต่ยังไม่ผ่านเกณฑ์การประเมินฯ"}`;
  else if (d < 0)
    change = `ลดลง ${formatChange(d)} คะแนน ${passes ? "แต่ยังผ่านเกณฑ์การประเมินฯ" : "และยังไม่ผ่านเกณฑ์การประเมินฯ"}`;
  else change = `เท่าเดิม ${passes ? "ซึ่งผ่านเกณฑ์การประเมินฯ" : "ซึ่งยังไม่ผ่านเกณฑ์การประเมินฯ"}`;
  return `${head} ${now} ${change}`;
}
