import { type CellValue, NO_RESULT, isCellDate, isCellError } from "./grid";
import { normaliseText } from "./text";

export type ScoreReading =
  | {
      kind: "score";
      value: number;
      /** Set when the cell said มี/ไม่มี or ผ่าน/ไม่ผ่าน (OIT: 100/0). */ yesNo?: true;
    }
  | { kind: "empty" }
  | {
      kind: "invalid";
      /** severalInMerge: a code merged over several rows with a value on more than one (sub-questions). */
      reason: "junk" | "range" | "error" | "noResult" | "date" | "boolean" | "text" | "severalInMerge";
      shown: string;
    };

const JUNK = /^(-+|–|—|n\/?a|na|ไม่ได้ประเมิน|ไม่ประเมิน|x|\?)$/i;
/** OIT marks: มี/ผ่าน and a tick are 100, ไม่มี/ไม่ผ่าน and a cross are 0. */
// A Map, not an object: a cell that says "__proto__" or "constructor" is text, not a mark.
const YES_NO = new Map<string, number>([
  ["มี", 100],
  ["ไม่มี", 0],
  ["ผ่าน", 100],
  ["ไม่ผ่าน", 0],
  ["✓", 100],
  ["✔", 100],
  ["✗", 0],
  ["✘", 0],
  ["×", 0],
]);
/**
 * A number with the words officers put around it: "ร้อยละ 90.00", "คะแนน 85", "85.50/100",
 * "85.50 (ผ่าน)", "85.5%", "88.44 คะแนน", a decimal comma ("85,50"), a level after it ("88.76 ผ่านดี",
 * "91.07 (AA)") and an OIT mark with its score ("ผ่าน (100)").
 */
const LEVEL_AFTER = "(?:ผ่านดีเยี่ยม|ผ่านดี|ผ่าน|ไม่ผ่าน|ต้องปรับปรุงโดยด่วน|ต้องปรับปรุง|pass|fail|AA|[A-F])";
const SCORE_TEXT = new RegExp(
  `^(?:ร้อยละ|คะแนน|ได้)?\\s*([+-]?(?:\\d+(?:\\.\\d+|,\\d{1,2})?|\\.\\d+))\\s*(?:%|ร้อยละ|คะแนน|\\/\\s*100(?:\\.0+)?)?\\s*(?:\\(${LEVEL_AFTER}\\)|${LEVEL_AFTER})?$`,
  "i",
);
/** An OIT mark with its score in brackets: "ผ่าน (100)", "มี (100)". */
const MARK_WITH_SCORE = /^(?:มี|ไม่มี|ผ่าน|ไม่ผ่าน)\s*\(\s*(\d{1,3}(?:\.\d+)?)\s*\)$/;

/** Reads a score (0–100) from a cell given as a number, as text, or with Thai digits. */
export function parseScore(v: CellValue): ScoreReading {
  if (v === null) return { kind: "empty" };
  if (typeof v === "boolean") return { kind: "invalid", reason: "boolean", shown: String(v).toUpperCase() };
  if (isCellError(v))
    return { kind: "invalid", reason: v.error === NO_RESULT ? "noResult" : "error", shown: v.error };
  if (isCellDate(v)) return { kind: "invalid", reason: "date", shown: v.date.slice(0, 10) };
  if (typeof v === "number") return inRange(v, String(v));
  const text = normaliseText(v);
  if (text === "") return { kind: "empty" };
  const yesNo = YES_NO.get(text);
  if (yesNo !== undefined) return { kind: "score", value: yesNo, yesNo: true };
  if (JUNK.test(text)) return { kind: "invalid", reason: "junk", shown: text };
  if (/^#[A-Z/0!?]/.test(text)) return { kind: "invalid", reason: "error", shown: text };
  const m = SCORE_TEXT.exec(text) ?? MARK_WITH_SCORE.exec(text);
  if (!m) return { kind: "invalid", reason: "text", shown: shorten(text) };
  return inRange(Number(m[1]!.replace(",", ".")), text);
}

function inRange(n: number, shown: string): ScoreReading {
  if (!Number.isFinite(n) || n < 0 || n > 100) return { kind: "invalid", reason: "range", shown };
  return { kind: "score", value: n };
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
