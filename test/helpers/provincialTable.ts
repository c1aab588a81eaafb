import type { CellValue } from "../../src/analysis/grid";
import { mean, round2 } from "../../src/analysis/round";
import { yearFacts } from "../../src/ita/catalog";
import { levelFor } from "../../src/ita/levels";
import type { Instrument } from "../../src/ita/types";

/** The kinds of agency the generated names are made of, as provincial tables list them. */
const KINDS = ["เทศบาลตำบล", "องค์การบริหารส่วนตำบล", "เทศบาลเมือง", "โรงพยาบาลส่งเสริมสุขภาพตำบล"];
const PLACES = ["บ้านใหม่", "หนองบัว", "ท่าทราย", "โคกสูง", "นาคำ", "ห้วยยาง", "ดอนแก้ว", "วังน้ำ", "ป่าแดง"];

export interface ProvincialAgency {
  name: string;
  years: Record<number, { indicators: number[]; total: number; level: string | null }>;
}

export interface ProvincialTable {
  rows: CellValue[][];
  /** The agency cells merged over each agency's year rows, as A1 ranges. */
  merges: string[];
  agencies: ProvincialAgency[];
  /** The first data row (0-based). */
  firstRow: number;
}

/** A small deterministic generator (mulberry32), so a table and its expected figures are the same every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The published total of ten indicators: each instrument the mean of its indicators, weighted, 2 decimals. */
export function totalOf(
  year: number,
  ind: number[],
): { total: number; instruments: Record<Instrument, number> } {
  const w = yearFacts(year)!.weights;
  const instruments = { IIT: mean(ind.slice(0, 5)), EIT: mean(ind.slice(5, 8)), OIT: mean(ind.slice(8, 10)) };
  return {
    total: round2(w.IIT * instruments.IIT + w.EIT * instruments.EIT + w.OIT * instruments.OIT),
    instruments,
  };
}

/**
 * A provincial table as consultants print it: "ลำดับ | หน่วยงาน | ปี | ตัวชี้วัดที่ 1 … 10 | คะแนน ITA | ระดับ",
 * each agency's name on its first row and merged over its year rows. Names are unique (numbered); scores spread
 * from about 40 to 100 so every level and every indicator below 85 occurs.
 */
export function provincialTable(count: number, years: number[], seed = 1): ProvincialTable {
  const next = random(seed);
  const rows: CellValue[][] = [
    ["ผลการประเมิน ITA ของหน่วยงานในจังหวัดตัวอย่าง"],
    ["ลำดับ", "หน่วยงาน", "ปี", ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`), "คะแนน ITA", "ระดับ"],
  ];
  const merges: string[] = [];
  const agencies: ProvincialAgency[] = [];
  for (let a = 0; a < count; a++) {
    const name = `${KINDS[a % KINDS.length]}${PLACES[Math.floor(a / KINDS.length) % PLACES.length]} ${a + 1}`;
    const base = 55 + next() * 45;
    const agency: ProvincialAgency = { name, years: {} };
    const top = rows.length;
    for (const year of years) {
      const ind = Array.from({ length: 10 }, (_, i) => {
        const oit = i >= 8;
        const v = base + (next() - 0.5) * (oit ? 40 : 16) + (year - years[0]!) * 1.5;
        return round2(Math.min(100, Math.max(0, v)));
      });
      const { total, instruments } = totalOf(year, ind);
      const level = levelFor(year, total, instruments);
      agency.years[year] = { indicators: ind, total, level };
      rows.push([
        year === years[0] ? a + 1 : null,
        year === years[0] ? name : null,
        year,
        ...ind,
        total,
        level,
      ]);
    }
    if (years.length > 1)
      merges.push(`B${top + 1}:B${top + years.length}`, `A${top + 1}:A${top + years.length}`);
    agencies.push(agency);
  }
  return { rows, merges, agencies, firstRow: 2 };
}
