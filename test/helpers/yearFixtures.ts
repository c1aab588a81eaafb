import type { CellValue, SheetGrid } from "../../src/analysis/grid";
import { itemList } from "../../src/ita/catalog";
import type { Instrument } from "../../src/ita/types";
import { grid } from "./grid";

export type Weakness = "many" | "none";

/**
 * Every item of a year's lists with a score, as an officer types them (one sheet per year, codes i1/e1/o1):
 * "many" puts about a third of IIT/EIT items below the pass mark (some below 70) and a quarter of OIT items at
 * 0 or 50; "none" passes everything. Scores are deterministic, so tests can check figures to the last digit.
 */
export function yearSheet(year: number, weakness: Weakness, shift = 0): SheetGrid {
  const rows: CellValue[][] = [["ข้อ", "ประเด็นการประเมิน", `คะแนน ${year}`]];
  for (const instrument of ["IIT", "EIT", "OIT"] as Instrument[]) {
    const list = itemList(year, instrument);
    for (const def of list?.items ?? []) {
      const code = `${instrument[0]!.toLowerCase()}${def.n}`;
      rows.push([code, null, score(instrument, def.n + shift, weakness)]);
    }
  }
  return grid(`ITA ${year}`, rows);
}

function score(instrument: Instrument, n: number, weakness: Weakness): number {
  if (instrument === "OIT") {
    if (weakness === "many" && n % 4 === 1) return n % 8 === 1 ? 0 : 50;
    return 100;
  }
  const base = 90 + ((n * 37) % 97) / 10; // 90.00–99.60
  if (weakness === "none") return Math.round(base * 100) / 100;
  if (n % 3 === 0) return Math.round((60 + ((n * 53) % 245) / 10) * 100) / 100; // 60.00–84.40
  return Math.round(base * 100) / 100;
}

/** A workbook with the scores of two assessment years. */
export function transition(previous: number, year: number, weakness: Weakness): SheetGrid[] {
  return [yearSheet(previous, weakness, 1), yearSheet(year, weakness)];
}

export const TRANSITIONS: [number, number][] = [
  [2565, 2566],
  [2566, 2567],
  [2567, 2568],
  [2568, 2569],
];
