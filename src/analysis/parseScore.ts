import { type CellValue, isCellDate, isCellError } from "./grid";
import { normaliseText } from "./text";

export type ScoreReading =
  | { kind: "score"; value: number }
  | { kind: "empty" }
  | { kind: "invalid"; reason: "junk" | "range" | "error" | "date" | "boolean" | "text"; shown: string };

const JUNK = /^(-+|–|—|n\/?a|na|ไม่มี|ไม่ได้ประเมิน|ไม่ประเมิน|x|\?)$/i;
const NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const UNIT = /\s*(คะแนน|%|ร้อยละ)\s*$/;

/** Reads a score (0–100) from a cell given as a number, as text, or with Thai digits. */
export function parseScore(v: CellValue): ScoreReading {
  if (v === null) return { kind: "empty" };
  if (typeof v === "boolean") return { kind: "invalid", reason: "boolean", shown: String(v).toUpperCase() };
  if (isCellError(v)) return { kind: "invalid", reason: "error", shown: v.error };
  if (isCellDate(v)) return { kind: "invalid", reason: "date", shown: v.date.slice(0, 10) };
  if (typeof v === "number") return inRange(v, String(v));
  const text = normaliseText(v);
  if (text === "") return { kind: "empty" };
  if (JUNK.test(text)) return { kind: "invalid", reason: "junk", shown: text };
  if (/^#[A-Z/0!?]+/.test(text)) return { kind: "invalid", reason: "error", shown: text };
  const bare = text
    .replace(UNIT, "")
    .replace(/^คะแนน\s*/, "")
    .trim();
  if (!NUMBER.test(bare)) return { kind: "invalid", reason: "text", shown: shorten(text) };
  return inRange(Number(bare), text);
}

function inRange(n: number, shown: string): ScoreReading {
  if (!Number.isFinite(n) || n < 0 || n > 100) return { kind: "invalid", reason: "range", shown };
  return { kind: "score", value: n };
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** True when the cell looks numeric at all (a score, or a number outside 0–100). */
export function looksNumeric(v: CellValue): boolean {
  const r = parseScore(v);
  return r.kind === "score" || (r.kind === "invalid" && r.reason === "range");
}
