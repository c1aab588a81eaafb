import labels from "../ita/labels.json";
import { matchKey } from "./text";

const COLUMN_KEYS = labels.notScoreColumns.map(matchKey);
const HEADER_KEYS = [...new Set([...labels.notScoreHeaders, ...labels.notScoreColumns].map(matchKey))];
/** Words that hold a key but do not name it: ปีงบประมาณ is a fiscal year, not a budget; บทบาท a role, not baht. */
const NOT_THE_KEY = ["ปีงบประมาณ", "บทบาท"];

function names(text: string, keys: string[]): boolean {
  const key = matchKey(text);
  return keys.some((k) => key.includes(k) && !NOT_THE_KEY.some((w) => w.includes(k) && key.includes(w)));
}

/** True when a column header names numbers that are never scores: a budget, an age, progress of work. */
export function notScoreColumnHeader(text: string): boolean {
  return names(text, COLUMN_KEYS);
}

/** True when a header above a region names a table that holds no scores (a staff list, a tracker, a budget). */
export function notScoreTableHeader(text: string): boolean {
  return names(text, HEADER_KEYS);
}
