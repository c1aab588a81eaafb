import { diag } from "./blockYear";
import { type SheetGrid, addressOf } from "./grid";
import { parseScore } from "./parseScore";
import type { LabelCell } from "./scanLabels";
import type { Reading } from "./scoreColumns";
import { cellText } from "./text";
import type { Recognition } from "./types";

export interface BlockReading {
  years: Set<number>;
  /** The label rows that gave at least one score. */
  rowsRead: Set<number>;
  lastCol: number;
}

/**
 * Stage 3, read cells: each score cell of the block's score columns becomes an observation of its year,
 * or a diagnostic at its cell (not a score, a second column of the same year).
 */
export function readCells(
  grid: SheetGrid,
  block: { col: number },
  scoreCols: number[],
  byValueCol: Map<number, Reading[]>,
  yearOf: (v: number, r: number) => number | null,
  out: Recognition,
  /** The header text in force over column v at row r (an agency's name under a shared year). */
  headerText: (v: number, r: number) => string = () => "",
): BlockReading {
  const result: BlockReading = { years: new Set(), rowsRead: new Set(), lastCol: block.col };
  /** Per label row, the cell (and its column) already read for each year. */
  const seenYear = new Map<number, Map<number, { at: string; v: number }>>();
  for (const v of scoreCols) {
    const scale = fractionScale(grid, v, byValueCol.get(v)!, out);
    for (const { cell, reading, r } of byValueCol.get(v)!) {
      const year = yearOf(v, cell.r);
      if (year === null) continue;
      const at = addressOf(grid, r ?? cell.r, v);
      const rowYears = seenYear.get(cell.r) ?? new Map<number, { at: string; v: number }>();
      seenYear.set(cell.r, rowYears);
      if (reading.kind === "empty") continue;
      if (rowYears.has(year)) {
        const kept = rowYears.get(year)!;
        const other = kept.at;
        const [header, otherHeader] = [headerText(v, cell.r), headerText(kept.v, cell.r)];
        // Columns of one year under different headings (agencies of a provincial report) are not duplicates.
        const named = header !== "" && header !== otherHeader;
        out.diagnostics.push(
          named
            ? diag("warning", grid, at, "sameYearOtherColumn", { year, other, header, otherHeader })
            : diag("warning", grid, at, "twoColumnsSameYear", { year, other }),
        );
        continue;
      }
      rowYears.set(year, { at, v });
      // Anything in a score cell that is not a score is named, a long note too: the item then has no score.
      if (reading.kind === "invalid") {
        out.diagnostics.push(
          diag("warning", grid, at, `notAScore.${reading.reason}`, { value: reading.shown }),
        );
        continue;
      }
      if (reading.yesNo) {
        const oit = cell.label.kind === "item" && cell.label.item.instrument === "OIT";
        const id = oit ? "yesNoScore" : "notAScore.junk";
        const shown = cellText(grid.rows[r ?? cell.r]?.[v] ?? null);
        out.diagnostics.push(
          diag(oit ? "info" : "warning", grid, at, id, { value: shown, score: reading.value }),
        );
        if (!oit) continue;
      }
      result.years.add(year);
      result.rowsRead.add(cell.r);
      result.lastCol = Math.max(result.lastCol, v);
      const score = scale === 1 ? reading.value : Number((reading.value * scale).toPrecision(12));
      const base = { sheet: grid.name, cell: at, year, score };
      const l = cell.label;
      if (l.kind === "item")
        out.items.push({
          ...base,
          label: l.item,
          labelCell: addressOf(grid, cell.r, cell.c),
          title: itemTitle(grid, cell, v),
        });
      else if (l.kind === "indicator") out.indicators.push({ ...base, indicator: l.indicator });
      else out.summaries.push({ ...base, instrument: l.instrument });
    }
  }
  return result;
}

/**
 * A column of fractions (0.851, 0.9 typed without the percent format) is a column of percentages: three numbers
 * or more, every one at most 1, one at least not 0 or 1. Read ×100 and said at the column's first score, with
 * the range it covers.
 */
function fractionScale(grid: SheetGrid, v: number, readings: Reading[], out: Recognition): number {
  const scores = readings.filter((x) => x.reading.kind === "score" && !x.reading.yesNo);
  const values = scores.map((x) => (x.reading.kind === "score" ? x.reading.value : 0));
  if (values.length < 3 || values.some((n) => n > 1) || values.every((n) => n === 0 || n === 1)) return 1;
  const cells = scores.map((x) => addressOf(grid, x.r ?? x.cell.r, v));
  const params = {
    example: String(values[0]),
    count: values.length,
    range: `${cells[0]}:${cells[cells.length - 1]}`,
  };
  out.diagnostics.push(diag("info", grid, cells[0]!, "fractionColumn", params));
  return 100;
}

/** The item's title as typed: the text after its code, else the longest text between the code and the score. */
function itemTitle(grid: SheetGrid, cell: LabelCell, scoreCol: number): string | null {
  if (cell.label.kind !== "item") return null;
  const own = cell.label.item.text.replace(/\s(?:\d{1,3}\.\d{2}|100)\s*%?$/, "").trim();
  if (own.length >= 3) return own;
  const row = grid.rows[cell.r] ?? [];
  let best = "";
  for (let c = cell.c + 1; c < scoreCol; c++) {
    const v = row[c] ?? null;
    const text = typeof v === "string" ? cellText(v) : "";
    if (text.length > best.length && parseScore(v).kind !== "score") best = text;
  }
  return best.length >= 3 ? best : null;
}
