import labels from "../ita/labels.json";
import { matchKey } from "./text";

const COLUMN_KEYS = labels.notScoreColumns.map(matchKey);
const HEADER_KEYS = [...new Set([...labels.notScoreHeaders, ...labels.notScoreColumns].map(matchKey))];

/** The text without the fiscal-year words, whose "งบประมาณ" names a year, not a budget. */
function keyOf(text: string): string {
  return matchKey(text).replace(/ปีงบประมาณ|ปีงบ/g, "");
}

/** True when a column header names numbers that are never scores: a budget, an age, progress of work. */
export function notScoreColumnHeader(text: string): boolean {
  const key = keyOf(text).replace(/บทบาท/g, "");
  return COLUMN_KEYS.some((k) => key.includes(k));
}

/** True when a header above a region names a table that holds no scores (a staff list, a tracker, a budget). */
export function notScoreTableHeader(text: string): boolean {
  const key = keyOf(text).replace(/บทบาท/g, "");
  return HEADER_KEYS.some((k) => key.includes(k));
}
