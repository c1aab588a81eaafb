import labels from "../ita/labels.json";
import type { Channel, Instrument } from "../ita/types";
import { indicatorByName } from "./indicatorNames";
import { memoByKey } from "./memo";
import { matchKey, normaliseText } from "./text";

export interface IndicatorLabel {
  indicator: number;
  rest: string;
}

const INDICATOR = /^(?:คะแนน\s*)?(?:ตัวชี้วัด(?:ที่)?|หัวข้อ(?:ที่)?|indicator)\s*(\d{1,2})(?!\s*\.\s*\d)(?!\d)/i;
const TOTAL_KEYS = new Set(labels.totalLabels.map((t) => matchKey(t).toLowerCase()));

/**
 * Reads `ตัวชี้วัดที่ ๘ …`, `หัวข้อที่ 8`, or an indicator's own name at the start of a label. Remembered by text:
 * the recogniser and the comparison read the same labels several times over (as is and transposed). The answer
 * is shared: read it, never change it.
 */
export const parseIndicatorLabel: (raw: string) => Readonly<IndicatorLabel> | null =
  memoByKey(readIndicatorLabel);

function readIndicatorLabel(raw: string): IndicatorLabel | null {
  const text = normaliseText(raw);
  if (/ข้อ\s*(?:ที่)?\s*[A-Za-z]{0,2}\s*\d/.test(text.replace(/^(?:ตัวชี้วัด|หัวข้อ)/, ""))) return null;
  const m = INDICATOR.exec(text);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 10 ? { indicator: n, rest: text.slice(m[0].length).trim() } : null;
  }
  // The indicator's own name, maybe numbered: "การปฏิบัติหน้าที่", "1. การปฏิบัติหน้าที่".
  const numbered = /^(\d{1,2})\s*[.)]\s*/.exec(text);
  const body = numbered ? text.slice(numbered[0].length) : text;
  const n = indicatorByName(body);
  return n !== null && (!numbered || Number(numbered[1]) === n) ? { indicator: n, rest: "" } : null;
}

/** Reads `ตัวชี้วัดย่อยที่ ๙.๔` or `ตัวชี้วัดที่ 9.4` (an OIT sub-indicator heading). */
export function parseSubIndicatorLabel(raw: string): string | null {
  const m = /^ตัวชี้วัด(?:ย่อย)?(?:ที่)?\s*(9|10)\s*\.\s*(\d)(?!\d)/.exec(normaliseText(raw));
  return m ? `${m[1]}.${m[2]}` : null;
}

export interface InstrumentMarker {
  instrument: Instrument;
  channel: Channel | null;
}

/** Reads a heading that names an instrument: "แบบวัด…ภายใน (IIT)", "EIT Survey", "OIT". */
const CHANNEL_HEADING = /^(?:ช่องทาง[^()]*?)?\s*\(?\s*(EP|ES)\s*\)?$/i;

export const parseInstrumentMarker: (raw: string) => Readonly<InstrumentMarker> | null =
  memoByKey(readInstrumentMarker);

function readInstrumentMarker(raw: string): InstrumentMarker | null {
  const text = normaliseText(raw);
  if (text.length > 120) return null;
  const found: InstrumentMarker[] = [];
  if (/\bIIT\b|ผู้มีส่วนได้ส่วนเสีย\s*ภายใน/i.test(text)) found.push({ instrument: "IIT", channel: null });
  if (/\bEIT\b|ผู้มีส่วนได้ส่วนเสีย\s*ภายนอก/i.test(text)) {
    const survey = /EIT\s*Survey|ผู้ประเมินจัดเก็บข้อมูล|\bES\b/i.test(text);
    const publicLink = /\bEP\b/i.test(text);
    found.push({ instrument: "EIT", channel: survey ? "ES" : publicLink ? "EP" : null });
  }
  if (/\bOIT\b|การเปิดเผยข้อมูล\s*สาธารณะ|แบบตรวจการเปิดเผยข้อมูล/i.test(text))
    found.push({ instrument: "OIT", channel: null });
  // A channel heading without the word EIT: "ช่องทางประชาชน (EP)", "(ES)", "EP".
  const channel = text.length <= 60 ? CHANNEL_HEADING.exec(text) : null;
  if (channel) return { instrument: "EIT", channel: channel[1]!.toUpperCase() === "EP" ? "EP" : "ES" };
  return found.length === 1 ? found[0]! : null;
}

export type SummaryRow = { kind: "instrument"; instrument: Instrument } | { kind: "total" };

/** Reads the label of an instrument or total row in an indicator summary ("IIT", "คะแนนรวม"). */
export const parseSummaryRowLabel: (raw: string) => Readonly<SummaryRow> | null =
  memoByKey(readSummaryRowLabel);

function readSummaryRowLabel(raw: string): SummaryRow | null {
  const text = normaliseText(raw);
  // "IIT", "คะแนน IIT", "คะแนนรวม IIT", "คะแนน IIT รวม", "IIT (ภายใน)": an instrument's score row.
  const inst = /^(?:คะแนน\s*)?(?:รวม\s*)?(IIT|EIT|OIT)(?:\s*รวม)?(?:\s*\(.*\))?$/i.exec(text);
  if (inst) return { kind: "instrument", instrument: inst[1]!.toUpperCase() as Instrument };
  // The instrument by its name in the ITA manual, as ITAS prints its summary: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสีย
  // ภายใน (IIT)", "แบบวัด OIT", "แบบวัดการเปิดเผยข้อมูลสาธารณะ".
  const named =
    /^(?:คะแนน\s*)?แบบวัด\s*(?:(IIT|EIT|OIT)|(การรับรู้(?:ของ)?ผู้มีส่วนได้ส่วนเสีย\s*ภาย(ใน|นอก)|การเปิดเผยข้อมูลสาธารณะ)(?:\s*\((IIT|EIT|OIT)\))?)$/i.exec(
      text,
    );
  if (named) {
    const byName: Instrument = named[3] === "ใน" ? "IIT" : named[3] === "นอก" ? "EIT" : "OIT";
    const code = (named[1] ?? named[4])?.toUpperCase() as Instrument | undefined;
    // A code that contradicts the name is not guessed between.
    if (named[1] || !code || code === byName) return { kind: "instrument", instrument: code ?? byName };
  }
  if (TOTAL_KEYS.has(matchKey(text).toLowerCase())) return { kind: "total" };
  return null;
}
