import { type SheetGrid, addressOf, parseA1 } from "./grid";
import { isLevelLabel, parseLevelText } from "./levelText";
import { cellText } from "./text";
import type { Recognition } from "./types";

/**
 * The level printed with a year's total, where the main stages read the total but not the level: in the total's
 * own cell ("92.50 (ผ่านดี)"), in a cell to its right ("คะแนนรวม | 92.50 | ผ่านดี"), or in a level row just
 * below it ("ระดับ | ผ่านดี"). The sheet's level wins over the computed one (yearScores says a disagreement).
 */
export function readLevelsBesideTotals(grid: SheetGrid, out: Recognition): void {
  if (grid.transposed) return;
  const withLevel = new Set(out.levels.map((l) => l.year));
  for (const t of out.summaries.filter((s) => s.instrument === null && s.sheet === grid.name)) {
    if (withLevel.has(t.year)) continue;
    const at = parseA1(t.cell);
    if (!at) continue;
    const [r, c] = [at.row - grid.top, at.col - grid.left];
    const row = grid.rows[r] ?? [];
    const inCell = /\(([^)]+)\)/.exec(cellText(row[c] ?? null))?.[1];
    const candidates: [number, number, string][] = [
      ...(inCell ? [[r, c, inCell] as [number, number, string]] : []),
      ...row.slice(c + 1).map((v, k): [number, number, string] => [r, c + 1 + k, cellText(v)]),
    ];
    const below = grid.rows[r + 1] ?? [];
    if (below.slice(0, c).some((v) => isLevelLabel(cellText(v))))
      candidates.push([r + 1, c, cellText(below[c] ?? null)]);
    for (const [lr, lc, text] of candidates) {
      const level = text ? parseLevelText(text, t.year) : null;
      if (!level) continue;
      out.levels.push({ sheet: grid.name, cell: addressOf(grid, lr, lc), year: t.year, level });
      withLevel.add(t.year);
      break;
    }
  }
}
