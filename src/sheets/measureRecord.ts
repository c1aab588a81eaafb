import type { Measure } from "../measures/buildMeasures";
import type { MeasureItem } from "../measures/measureItem";
import { toArabicDigits } from "../ita/thaiDigits";

/** Hidden column headers of the measures and results sheets: the measure id, and what the tool generated. */
export const ID_HEADER = "รหัสมาตรการ";
export const RECORD_HEADER = "ข้อมูลที่ระบบสร้าง (ห้ามแก้ไข)";

/**
 * What the tool wrote in a measure's row, kept in a hidden cell: the measure's items, section and purpose, and a
 * hash of each generated text — so a later run tells the officer's real edits from text the tool would now
 * write differently (another fiscal year, Thai digits).
 */
export interface MeasureRecord {
  items: MeasureItem[];
  section: Measure["section"];
  purpose: Measure["purpose"];
  /** Header → hash of the text generated in that column. */
  generated: Record<string, string>;
}

/** The text as compared for edits: Arabic digits, no surrounding space. */
export function normalised(text: string): string {
  return toArabicDigits(text).trim();
}

/** FNV-1a, 32 bits, hex: short enough for a cell, enough to tell a changed text. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of normalised(text)) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export function encodeRecord(m: Measure, generated: Record<string, string>): string {
  const hashes = Object.fromEntries(Object.entries(generated).map(([h, t]) => [h, textHash(t)]));
  const record: MeasureRecord = { items: m.items, section: m.section, purpose: m.purpose, generated: hashes };
  return JSON.stringify(record);
}

/** The record of a hidden cell, or null when the cell is not one (an older sheet, or damaged by hand). */
export function decodeRecord(text: string): MeasureRecord | null {
  try {
    const v: unknown = JSON.parse(toArabicDigits(text));
    if (typeof v !== "object" || v === null) return null;
    const r = v as Partial<MeasureRecord>;
    if (!Array.isArray(r.items) || typeof r.generated !== "object" || r.generated === null) return null;
    if (r.section !== "urgent" && r.section !== "improve") return null;
    if (r.purpose !== "corrective" && r.purpose !== "keep") return null;
    return { items: r.items, section: r.section, purpose: r.purpose, generated: r.generated };
  } catch {
    return null;
  }
}
