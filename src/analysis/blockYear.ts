import type { ColumnHeader } from "./columnHeaders";
import { type SheetGrid, addressOf } from "./grid";
import { type YearReading, findYear } from "./parseYear";
import type { LabelCell } from "./scanLabels";
import { cellText } from "./text";
import type { Diagnostic } from "./types";

/**
 * Decides the year of each score cell: the column header's year; else, when no score column of this
 * table has one, the sheet name's year, then a title above the table (a warning: titles often carry
 * the document year, not the assessment year).
 */
export function yearResolver(
  grid: SheetGrid,
  col: number,
  cells: LabelCell[],
  scoreCols: number[],
  headers: Map<number, Map<number, ColumnHeader>>,
  sheetYear: YearReading | null,
  defaultYear: number | undefined,
  diagnostics: Diagnostic[],
): (v: number, r: number) => number | null {
  const anyHeaderYear = scoreCols.some((v) =>
    [...headers.get(v)!.values()].some((h) => h.year !== null && !h.skip),
  );
  const noYearCols = withoutGroupFigures(
    grid,
    cells,
    scoreCols.filter((v) => [...headers.get(v)!.values()].some((h) => h.year === null && !h.skip)),
  );
  const firstRow = cells[0]!.r; // cells are in row order
  const labelAt = addressOf(grid, firstRow, col);
  let fallback: number | null = null;
  if (!anyHeaderYear && noYearCols.length > 0) {
    const title = titleYear(grid, firstRow);
    if (noYearCols.length > 1) {
      diagnostics.push(
        diag("warning", grid, labelAt, "noYearManyColumns", {
          columns: noYearCols.map((v) => addressOf(grid, firstRow, v)).join(", "),
        }),
      );
    } else if (sheetYear !== null) {
      fallback = sheetYear.year;
      if (sheetYear.fromCE) {
        diagnostics.push({
          level: "info",
          sheet: grid.name,
          cell: null,
          id: "yearFromCE",
          params: { ce: sheetYear.fromCE, year: sheetYear.year },
        });
      }
    } else if (defaultYear !== undefined) {
      fallback = defaultYear;
      diagnostics.push(diag("info", grid, labelAt, "yearFromSetting", { year: defaultYear }));
    } else if (title) {
      fallback = title.year;
      diagnostics.push(
        diag("warning", grid, title.cell, "yearFromTitle", { year: title.year, text: title.text }),
      );
    } else {
      diagnostics.push(diag("warning", grid, labelAt, "noYear", {}));
    }
  } else if (noYearCols.length > 0 && anyHeaderYear) {
    for (const v of noYearCols)
      diagnostics.push(diag("info", grid, addressOf(grid, firstRow, v), "columnWithoutYear", {}));
  }
  const noted = new Set<string>();
  return (v, r) => {
    const h = headers.get(v)!.get(r);
    if (!h || h.skip) return null;
    if (h.year !== null) {
      if (h.fromCE && h.cell && !noted.has(h.cell)) {
        noted.add(h.cell);
        diagnostics.push(diag("info", grid, h.cell, "yearFromCE", { ce: h.fromCE, year: h.year }));
      }
      return h.year;
    }
    return v === noYearCols[0] ? fallback : null;
  };
}

/**
 * Of several year-less score columns, one holding a score on every label row beside others holding one on a
 * third of the rows or fewer (an instrument's score merged over its indicators: "คะแนนที่ได้ (100 คะแนน)") is
 * the labels' column; the sparse ones are group figures, not the labels' scores.
 */
function withoutGroupFigures(grid: SheetGrid, cells: LabelCell[], cols: number[]): number[] {
  if (cols.length < 2 || cells.length < 3) return cols;
  const filled = (v: number) => cells.filter((c) => cellText(grid.rows[c.r]?.[v] ?? null) !== "").length;
  const full = cols.filter((v) => filled(v) === cells.length);
  const sparse = cols.filter((v) => filled(v) * 3 <= cells.length);
  return full.length === 1 && full.length + sparse.length === cols.length ? full : cols;
}

function titleYear(grid: SheetGrid, firstRow: number): { year: number; cell: string; text: string } | null {
  for (let r = firstRow - 1; r >= Math.max(0, firstRow - 12); r--) {
    const row = grid.rows[r] ?? [];
    // A title stands alone in its row; a year in a header row belongs to that column only.
    if (row.filter((v) => cellText(v ?? null) !== "").length > 1) continue;
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c] ?? null);
      const y = text.length > 4 ? findYear(text) : null;
      if (y) return { year: y.year, cell: addressOf(grid, r, c), text: text.slice(0, 60) };
    }
  }
  return null;
}

export function diag(
  level: Diagnostic["level"],
  grid: SheetGrid,
  cell: string,
  id: string,
  params: Diagnostic["params"],
): Diagnostic {
  return { level, sheet: grid.name, cell, id, params };
}
