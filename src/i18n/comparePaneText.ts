import { type Entry, type ParamsFor, catalogue } from "./catalogue";
import type { Lang } from "./lang";

/** The pane's comparison of a workbook's agencies (loaded with the details chunk), in Thai and English. */
export const COMPARE_PANE_TEXT = {
  title: { th: "สมุดงานนี้มีคะแนน {count} หน่วยงาน", en: "This workbook holds {count} agencies' scores" },
  overview: {
    th: "ปี {year}: คะแนนรวมต่ำกว่า {mark}: {below} หน่วยงาน · คะแนนรวมเฉลี่ย {mean}",
    en: "{year}: {below} below {mark} · mean total {mean}",
  },
  firstOnly: {
    th: "ผลด้านล่างและเอกสารเป็นของหน่วยงานแรก ({name}) เท่านั้น",
    en: "The results below and the documents are for the first agency ({name}) only",
  },
  order: { th: "เรียงตาม", en: "Sort by" },
  byTotal: { th: "คะแนนรวม (สูงไปต่ำ)", en: "Total (highest first)" },
  byBelow: { th: "ต่ำกว่าเกณฑ์ก่อน", en: "Below the mark first" },
  byChange: { th: "การเปลี่ยนแปลง (ลดลงมากก่อน)", en: "Change (largest fall first)" },
  byIndicator: { th: "ตัวชี้วัดที่ {n} (ต่ำไปสูง)", en: "Indicator {n} (lowest first)" },
  rank: { th: "อันดับ", en: "Rank" },
  agency: { th: "หน่วยงาน", en: "Agency" },
  total: { th: "คะแนนรวม", en: "Total" },
  change: { th: "เปลี่ยน", en: "Change" },
  indicator: { th: "ตัวชี้วัดที่ {n}", en: "Indicator {n}" },
  more: { th: "และอีก {count} หน่วยงาน ในชีตเปรียบเทียบ", en: "and {count} more in the comparison sheet" },
  notRead: {
    th: "อ่านไม่ได้ {count} รายการ (รายชื่อและเหตุผลอยู่ในหมายเหตุเหนือชีต)",
    en: "{count} not read (listed with why in the notes above the sheet)",
  },
  write: { th: "เขียนชีตเปรียบเทียบ", en: "Write the comparison sheet" },
  estimate: { th: "ประมาณ", en: "about" },
  below: { th: "ต่ำกว่า {mark}", en: "below {mark}" },
} as const satisfies Record<string, Entry>;

export const comparePaneText = catalogue(COMPARE_PANE_TEXT);

/** The card's words in one language: `t("title", { count })`, type-checked by id and parameters. */
export function comparePaneTextIn(lang: Lang) {
  return <K extends keyof typeof COMPARE_PANE_TEXT>(
    id: K,
    ...params: ParamsFor<(typeof COMPARE_PANE_TEXT)[K]>
  ) => comparePaneText(lang, id, ...params);
}
