import { joinThai } from "../analysis/previousItem";
import type { ItemResult } from "../analysis/analyse";
import type { ItemClass } from "../analysis/settings";
import type { SpecCell } from "./sheetSpec";
import { CENTER, FLAGGED, NUMBER, TEXT, deltaStyle } from "./styles";

export const CLASS_TH: Record<ItemClass, string> = {
  urgent: "ต้องแก้ไขโดยเร่งด่วน",
  improve: "ต้องพัฒนาให้ดีขึ้น",
  declined: "ผ่านเกณฑ์ แต่คะแนนลดลง",
  keep: "ผ่านเกณฑ์ ควรรักษามาตรฐานไว้",
};

/** The analysis sheet's columns (seed 001's, with both years' scores): the last three are its analysis columns. */
export const ANALYSIS_WIDTHS = [22, 8, 37, 13, 13, 17, 45, 40, 26];
export const ANALYSIS_COLUMNS = ANALYSIS_WIDTHS.length;

export type Cell = SpecCell & { span?: number };

export interface ScoreFigures {
  prev: number | null;
  score: number;
  delta: number | null;
  flagged: boolean;
}

/** group | code | topic | previous | score | change, then the analysis cells (one spanning the three by default). */
export function scoreRow(
  group: string,
  code: string,
  topic: string,
  f: ScoreFigures,
  analysis: Cell[] | string,
): Cell[] {
  return [
    { value: group, style: TEXT },
    { value: code, style: CENTER },
    { value: topic, style: TEXT },
    { value: f.prev, style: NUMBER },
    { value: f.score, style: f.flagged ? FLAGGED : NUMBER },
    { value: f.delta, style: deltaStyle(f.delta) },
    ...(typeof analysis === "string" ? [{ value: analysis, style: TEXT, span: 3 }] : analysis),
  ];
}

/** A label and one sentence across the rest of the table: what cannot be computed, or a narrative. */
export function sentenceRow(label: string, text: string): Cell[] {
  return [
    { value: label, style: TEXT },
    { value: text, style: TEXT, span: ANALYSIS_COLUMNS - 1 },
  ];
}

/** Where the comparison crosses item lists, the earlier item(s) it is made with. */
export function crosswalkNote(it: ItemResult): string {
  // Said only when the code changed: the same code across two lists reads as the same item (the crosswalk says so).
  if (it.previous?.merged)
    return ` (ปี ${it.previous.year} เทียบกับค่าเฉลี่ยของข้อ ${joinThai(it.previous.merged.map((m) => m.code))} ที่รวมเป็นข้อนี้)`;
  return it.previous && it.previous.code !== it.code
    ? ` (ปี ${it.previous.year} เทียบกับข้อ ${it.previous.code})`
    : "";
}

export function itemFigures(it: ItemResult): ScoreFigures {
  return { prev: it.previous?.score ?? null, score: it.score, delta: it.delta, flagged: it.flagged };
}
