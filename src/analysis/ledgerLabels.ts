import type { CellValue, SheetGrid } from "./grid";
import { indicatorNameMatches } from "./indicatorNames";
import { parseIndicatorLabel, parseSummaryRowLabel } from "./parseLabels";
import { parseItemCode } from "./parseItemCode";
import { notScoreTableHeader } from "./notScoreHeader";
import { FACTS } from "../ita/catalog";
import { memoByKey } from "./memo";
import { normaliseText } from "./text";
import { titlesMatch } from "./titleMatch";

/**
 * What a label cell names, for the ledger: an item code, an indicator or ประเด็น, a sub-indicator, an instrument
 * or a total, or a table's own average row.
 */
export type LedgerLabelKind = "item" | "indicator" | "subIndicator" | "total" | "average" | "title";

/**
 * The kind of label a cell holds, with rules wider than the recogniser's (any code form, any indicator
 * name): the ledger must notice every label the recogniser may have missed.
 */
export function ledgerLabelKind(v: CellValue): LedgerLabelKind | null {
  if (typeof v !== "string") return null;
  const text = normaliseText(v);
  if (text.length > 200) return null;
  // "ตัวชี้วัดย่อยที่ 9.1", "9.1 ข้อมูลพื้นฐาน": part of an indicator, which the report does not use.
  if (/^ตัวชี้วัดย่อย(?:ที่)?\s*\d|^(?:9|10)\.\d\s*[\u0e01-\u0e2e]/.test(text)) return "subIndicator";
  if (parseItemCode(text)) return "item";
  const ind = parseIndicatorLabel(text);
  if (ind && indicatorNameMatches(ind.indicator, ind.rest)) return "indicator";
  if (/^(?:ประเด็น(?:ที่)?\s*\d|ตัวชี้วัด(?:ที่)?\s*\d)/.test(text)) return "indicator";
  // A total or instrument row with its year: "คะแนนรวม ปี 2566".
  if (parseSummaryRowLabel(text.replace(/\s*(?:ปี(?:งบประมาณ)?\s*)?(?:พ\.ศ\.\s*)?25\d\d$/, "")))
    return "total";
  // A table's own average or sum row ("เฉลี่ย" under an item table): not an instrument's published score.
  if (/^(?:คะแนน|ค่า)?เฉลี่ย(?:รวม)?$|^(?:average|mean)$/i.test(text)) return "average";
  return null;
}

/** Every catalogue item's topic (each year's lists), to notice a row that names an item by its title alone. */
let topics: string[] | null = null;

/**
 * True when a text is the title of an item of some year's list (the ITA manual's wording, typos and short forms
 * allowed): a row pasted from ITAS without its code.
 */
export function catalogueTitle(text: string): boolean {
  return namesCatalogueItem(normaliseText(text));
}

const namesCatalogueItem = memoByKey((t: string): boolean => {
  if (t.length < 8 || t.length > 200 || !/[\u0e01-\u0e2e]/.test(t)) return false;
  topics ??= Object.values(FACTS.lists).flatMap((l) => l.items.flatMap((i) => (i.topic ? [i.topic] : [])));
  return topics.some((topic) => titlesMatch(t, topic));
});

/** A score-like value: a number 0–100, or text holding one ("ร้อยละ 90", "85,50", "85.5/100", "มี"). */
export function scoreLike(v: CellValue): boolean {
  if (typeof v === "number") return Number.isFinite(v) && v >= 0 && v <= 100;
  if (typeof v !== "string") return false;
  const text = normaliseText(v);
  if (/^(?:มี|ไม่มี|ผ่าน|ไม่ผ่าน)$/.test(text)) return true;
  const m = /^(?:ร้อยละ|คะแนน)?\s*(\d{1,3}(?:[.,]\d+)?)\s*(?:%|\/\s*100|คะแนน|\(.{1,12}\))?$/.exec(text);
  return m !== null && Number(m[1]!.replace(",", ".")) <= 100;
}

/** A score at the end of a label's own text, as in a line pasted from a PDF: "e1 เจ้าหน้าที่… 75.00". */
export function trailingScore(v: CellValue): boolean {
  if (typeof v !== "string") return false;
  const m = /\s(\d{1,3}[.,]\d{1,2})\s*%?$/.exec(normaliseText(v));
  return m !== null && Number(m[1]!.replace(",", ".")) <= 100;
}

/** True when the rows above a region carry a header of a table that holds no scores (ages, progress, budget). */
export function notScoreHeaderAbove(
  grid: SheetGrid,
  top: number,
  left: number,
  right: number,
): string | null {
  for (let r = top - 1; r >= Math.max(0, top - 3); r--) {
    for (let c = left; c <= right; c++) {
      const v = grid.rows[r]?.[c];
      if (typeof v !== "string" || normaliseText(v).length > 30) continue;
      if (notScoreTableHeader(v)) return normaliseText(v);
    }
  }
  return null;
}
