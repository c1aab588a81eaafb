import type { Channel, Instrument } from "../ita/types";
import { normaliseText } from "./text";
import { memoByKey } from "./memo";

export interface CodeReading {
  /** null when the text gives only a number ("ข้อ ๗") and the instrument must come from the table. */
  instrument: Instrument | null;
  channel: Channel | null;
  number: number;
  /** explicit: a letter code (I8, EP10); number: "ข้อ 7" alone; thai-zero: ๐๑๑ read as o11. */
  form: "explicit" | "number" | "thai-zero";
  /** Indicator named before the code in the same text ("ตัวชี้วัดที่ 1 ข้อ 12"). */
  indicator?: number;
  /** The text after the code, e.g. the question. */
  rest: string;
}

const LETTER: Record<string, Instrument> = { i: "IIT", e: "EIT", o: "OIT" };
const NUM = String.raw`(\d{1,3})(?!\d)(?!\.\d)`;
const CHANNEL_CODE = new RegExp(String.raw`^(?:EIT\s*)?(EP|ES)\s*[-.]?\s*${NUM}`, "i");
const LETTER_CODE = new RegExp(String.raw`^([IEO])\s?[-.]?\s?${NUM}`, "i");
/** The letter spelt in Thai, as some officers type it: ไอ1, อี๓, โอ 24. */
const THAI_LETTER: Record<string, Instrument> = { ไอ: "IIT", อี: "EIT", โอ: "OIT" };
const THAI_LETTER_CODE = new RegExp(String.raw`^(ไอ|อี|โอ)\s?[-.]?\s?${NUM}`);
const INSTRUMENT_CODE = new RegExp(String.raw`^(IIT|EIT|OIT)\s*[-_.]?\s*(?:ข้อ(?:ที่)?)?\s*${NUM}`, "i");
/** A code in brackets, "(E1)" or "[E1]", or after a list number, "1. E1": the wrapping is dropped. */
const WRAPPED = /^(?:[([]\s*([^)\]]{1,12}?)\s*[)\]]|\d{1,3}\s*[.)]\s+(?=[A-Za-z]))(.*)$/;
const KHO = new RegExp(String.raw`^ข้อ(?:ที่)?\s*(EP|ES|[IEO])?\s*[-.]?\s*${NUM}`, "i");
const WITH_INDICATOR = /^(?:ตัวชี้วัด(?:ที่)?|หัวข้อ(?:ที่)?)\s*(\d{1,2})(?!\s*\.\s*\d)\D{0,60}?(?=ข้อ)/;
const THAI_ZERO = /^\s*\u0e50([\u0e50-\u0e59]{1,2})(?![\u0e50-\u0e590-9.])/;

/**
 * Reads an item code at the start of a cell's text, in every form officers type:
 * `I15`, `i๑`, `i1๓`, `I 13`, `o๒๔`, `๐๑๑`, `ไอ1`, `อี๓`, `EP ๑๐`, `ES๒`, `OIT 42`, `ข้อ ๗`, `ข้อ I15`,
 * `ตัวชี้วัดที่ 1 ข้อ 12`, or a code before the question text (`i๑ การปฏิบัติงาน…`).
 */
export const parseItemCode: (raw: string) => Readonly<CodeReading> | null = memoByKey(readItemCode);

/** parseItemCode, read afresh (remembered by text there: the recogniser reads the same labels several times). */
function readItemCode(raw: string): CodeReading | null {
  const zero = THAI_ZERO.exec(raw.normalize("NFC"));
  if (zero) {
    const digits = normaliseText(zero[1]!);
    const rest = normaliseText(raw.normalize("NFC").slice(zero[0].length));
    return valid({ instrument: "OIT", channel: null, number: Number(digits), form: "thai-zero", rest });
  }
  const text = normaliseText(raw);
  const wrapped = WRAPPED.exec(text);
  if (wrapped) {
    const inner = parseItemCode(`${wrapped[1] ?? ""}${wrapped[1] ? " " : ""}${wrapped[2]!}`.trim());
    return inner?.form === "explicit" ? inner : null;
  }
  const ind = WITH_INDICATOR.exec(text);
  if (ind) {
    const inner = parseItemCode(text.slice(ind[0].length));
    const indicator = Number(ind[1]);
    if (inner && indicator >= 1 && indicator <= 10) return { ...inner, indicator };
    return null;
  }
  let m = CHANNEL_CODE.exec(text);
  if (m) return code("EIT", m[1]!.toUpperCase() as Channel, m[2]!, "explicit", text, m[0]);
  m = INSTRUMENT_CODE.exec(text);
  if (m) return code(m[1]!.toUpperCase() as Instrument, null, m[2]!, "explicit", text, m[0]);
  m = LETTER_CODE.exec(text);
  if (m) return code(LETTER[m[1]!.toLowerCase()]!, null, m[2]!, "explicit", text, m[0]);
  m = THAI_LETTER_CODE.exec(text);
  if (m) return code(THAI_LETTER[m[1]!]!, null, m[2]!, "explicit", text, m[0]);
  m = KHO.exec(text);
  if (m) {
    const prefix = m[1]?.toUpperCase();
    if (prefix === "EP" || prefix === "ES") return code("EIT", prefix, m[2]!, "explicit", text, m[0]);
    if (prefix) return code(LETTER[prefix.toLowerCase()]!, null, m[2]!, "explicit", text, m[0]);
    return code(null, null, m[2]!, "number", text, m[0]);
  }
  return null;
}

function code(
  instrument: Instrument | null,
  channel: Channel | null,
  digits: string,
  form: CodeReading["form"],
  text: string,
  matched: string,
): CodeReading | null {
  const rest = text.slice(matched.length).replace(/^[\s.:)\-–]+/, "");
  // A letter code must end at a word boundary: "E9" or "i๑ การ…", not "Oct2567" or "E1a".
  if (/^[A-Za-z]/.test(rest) && !/^\s/.test(text.slice(matched.length))) return null;
  return valid({ instrument, channel, number: Number(digits), form, rest });
}

function valid(r: CodeReading): CodeReading | null {
  if (!Number.isInteger(r.number) || r.number < 1) return null;
  if (r.form === "explicit" && r.number > 99) return null;
  return r;
}

/** The normalised code shown to users: I8, E9, O24, EP10, ES10. */
export function formatCode(instrument: Instrument, channel: Channel | null, n: number): string {
  if (channel) return `${channel}${n}`;
  return `${instrument[0]}${n}`;
}
