import { type ColumnHeader, headersForColumn, mergedTextReader } from "./columnHeaders";
import { type SheetGrid, addressOf, gridWidth, rangeOf } from "./grid";
import { type ScoreReading, parseScore } from "./parseScore";
import { type YearReading, findYear } from "./parseYear";
import { type LabelCell, scanLabels } from "./scanLabels";
import { cellText } from "./text";
import type { Diagnostic, Recognition } from "./types";

interface Reading {
  cell: LabelCell;
  reading: ScoreReading;
}

/** Finds every score table in one sheet and reads its scores, with a diagnostic for every cell it cannot use. */
export interface RecogniseOptions {
  /** The year of tables that name none (header, sheet name), set by the officer when detection is unsure. */
  defaultYear?: number;
}

export function recogniseSheet(grid: SheetGrid, options: RecogniseOptions = {}): Recognition {
  const out: Recognition = { tables: [], items: [], indicators: [], summaries: [], diagnostics: [] };
  if (grid.generated) return out;
  const scan = scanLabels(grid);
  if (scan.columns.size === 0) return out;
  const labelRows = new Set(scan.rowLabelCols.keys());
  const width = gridWidth(grid);
  const merged = mergedTextReader(grid);
  const sheetYear = findYear(grid.name);

  for (const [col, cells] of scan.columns) {
    const byValueCol = readingsByValueColumn(grid, cells, scan.rowLabelCols, width);
    const scoreCols = [...byValueCol]
      .filter(([, rs]) => isScoreColumn(rs))
      .map(([v]) => v)
      .sort((a, b) => a - b);
    if (scoreCols.length === 0) continue;
    const headers = new Map(scoreCols.map((v) => [v, headersForColumn(grid, v, labelRows, merged)]));
    const yearOf = yearResolver(
      grid,
      col,
      cells,
      scoreCols,
      headers,
      sheetYear,
      options.defaultYear,
      out.diagnostics,
    );
    const years = new Set<number>();
    let lastRow = 0;
    let lastCol = col;
    const seenYear = new Map<number, Map<number, string>>();
    for (const v of scoreCols) {
      for (const { cell, reading } of byValueCol.get(v)!) {
        const year = yearOf(v, cell.r);
        if (year === null) continue;
        const at = addressOf(grid, cell.r, v);
        const rowYears = seenYear.get(cell.r) ?? new Map<number, string>();
        seenYear.set(cell.r, rowYears);
        if (reading.kind === "empty") continue;
        if (rowYears.has(year)) {
          out.diagnostics.push(
            diag("warning", grid, at, "twoColumnsSameYear", { year, other: rowYears.get(year)! }),
          );
          continue;
        }
        rowYears.set(year, at);
        if (reading.kind === "invalid") {
          if (reading.reason !== "text" || reading.shown.length <= 12)
            out.diagnostics.push(
              diag("warning", grid, at, `notAScore.${reading.reason}`, { value: reading.shown }),
            );
          continue;
        }
        years.add(year);
        lastRow = Math.max(lastRow, cell.r);
        lastCol = Math.max(lastCol, v);
        const base = { sheet: grid.name, cell: at, year, score: reading.value };
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
    if (years.size === 0) continue;
    const first = cells[0]!.r;
    const itemCount = cells.filter((c) => c.label.kind === "item").length;
    out.tables.push({
      sheet: grid.name,
      range: rangeOf(grid, first, col, lastRow, lastCol),
      kind: itemCount > 0 ? "items" : "indicators",
      years: [...years].sort((a, b) => a - b),
      rows: cells.filter((c) => c.r <= lastRow).length,
    });
  }
  return out;
}

/** The cells to the right of each label, up to the next label in the same row, grouped by column. */
function readingsByValueColumn(
  grid: SheetGrid,
  cells: LabelCell[],
  rowLabelCols: Map<number, number[]>,
  width: number,
): Map<number, Reading[]> {
  const out = new Map<number, Reading[]>();
  for (const cell of cells) {
    const next = rowLabelCols.get(cell.r)!.find((c) => c > cell.c) ?? width;
    const row = grid.rows[cell.r]!;
    for (let v = cell.c + 1; v < next; v++) {
      const list = out.get(v) ?? [];
      list.push({ cell, reading: parseScore(row[v] ?? null) });
      out.set(v, list);
    }
  }
  return out;
}

/** A score column holds mostly 0–100 numbers on the label rows; a budget column (large numbers) does not. */
function isScoreColumn(readings: Reading[]): boolean {
  let scores = 0;
  let outOfRange = 0;
  let junk = 0;
  let nonEmpty = 0;
  for (const { reading } of readings) {
    if (reading.kind === "empty") continue;
    nonEmpty++;
    if (reading.kind === "score") scores++;
    else if (reading.reason === "range") outOfRange++;
    else if (reading.reason !== "text") junk++;
  }
  if (scores === 0) return false;
  if (outOfRange > scores) return false;
  return scores + outOfRange + junk >= 0.6 * nonEmpty;
}

/**
 * Decides the year of each score cell: the column header's year; else, when no score column of this
 * table has one, the sheet name's year, then a title above the table (a warning: titles often carry
 * the document year, not the assessment year).
 */
function yearResolver(
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
  const noYearCols = scoreCols.filter((v) =>
    [...headers.get(v)!.values()].some((h) => h.year === null && !h.skip),
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

/** The item's title as typed: the text after its code, else the longest text between the code and the score. */
function itemTitle(grid: SheetGrid, cell: LabelCell, scoreCol: number): string | null {
  if (cell.label.kind !== "item") return null;
  if (cell.label.item.text.length >= 3) return cell.label.item.text;
  const row = grid.rows[cell.r] ?? [];
  let best = "";
  for (let c = cell.c + 1; c < scoreCol; c++) {
    const v = row[c] ?? null;
    const text = typeof v === "string" ? cellText(v) : "";
    if (text.length > best.length && parseScore(v).kind !== "score") best = text;
  }
  return best.length >= 3 ? best : null;
}

function titleYear(grid: SheetGrid, firstRow: number): { year: number; cell: string; text: string } | null {
  for (let r = firstRow - 1; r >= Math.max(0, firstRow - 12); r--) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c] ?? null);
      const y = text.length > 4 ? findYear(text) : null;
      if (y) return { year: y.year, cell: addressOf(grid, r, c), text: text.slice(0, 60) };
    }
  }
  return null;
}

function diag(
  level: Diagnostic["level"],
  grid: SheetGrid,
  cell: string,
  id: string,
  params: Diagnostic["params"],
): Diagnostic {
  return { level, sheet: grid.name, cell, id, params };
}
