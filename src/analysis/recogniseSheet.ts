import { yearResolver } from "./blockYear";
import { headersForColumn, isNotesHeader, mergedTextReader } from "./columnHeaders";
import { findBlocks } from "./findBlocks";
import { longFormatYears, rowYearColumn } from "./longFormat";
import { type SheetGrid, gridWidth, rangeOf } from "./grid";
import { findYear } from "./parseYear";
import { readCells } from "./readCells";
import { scanLabels } from "./scanLabels";
import { readYearRowTables } from "./yearRows";
import { readYearColumnTables } from "./yearColumns";
import { readLabelValues } from "./labelValues";
import { readLevelsBesideTotals } from "./levelsBesideTotals";
import { scoreColumns, trailingScoreColumn, yearColumnsWithoutScores } from "./scoreColumns";
import type { Recognition } from "./types";

export interface RecogniseOptions {
  /** The year of tables that name none (header, sheet name), set by the officer when detection is unsure. */
  defaultYear?: number;
  /** Hidden (not very hidden) sheets the officer chose to read as scores, by name. */
  includeHidden?: string[];
}

/** A recognition that read nothing, with these diagnostics. */
export function emptyRecognition(diagnostics: Recognition["diagnostics"] = []): Recognition {
  return { tables: [], items: [], indicators: [], summaries: [], levels: [], diagnostics };
}

/**
 * Finds every score table in one sheet and reads its scores, with a diagnostic for every cell it cannot use,
 * in named stages: label cells (scanLabels) → blocks (findBlocks) → score columns and their header years
 * (scoreColumns, blockYear) → cells (readCells). The ledger sweep (ledger.ts) follows, per sheet.
 */
export function recogniseSheet(grid: SheetGrid, options: RecogniseOptions = {}): Recognition {
  const out = emptyRecognition();
  if (grid.generated || grid.copiedDocument) return out;
  const scan = scanLabels(grid);
  const labelRows = new Set(scan.rowLabelCols.keys());
  const width = gridWidth(grid);
  const merged = mergedTextReader(grid);
  const sheetYear = findYear(grid.name);
  const headerCache = new Map<number, ReturnType<typeof headersForColumn>>();
  const headersOf = (v: number) => {
    if (!headerCache.has(v)) headerCache.set(v, headersForColumn(grid, v, labelRows, merged));
    return headerCache.get(v)!;
  };

  for (const block of findBlocks(grid, scan.columns)) {
    const { col, cells } = block;
    // Codes quoted in a remarks column ("ข้อ 5 ได้ 3 คะแนน" under หมายเหตุ) are notes, not a table.
    if (cells.every((c) => isNotesHeader(headersOf(col).get(c.r)?.text ?? ""))) continue;
    let { byValueCol, scoreCols } = scoreColumns(grid, cells, scan.rowLabelCols, width, (v) =>
      cells.every((c) => headersOf(v).get(c.r)?.skip === true),
    );
    const inCell = scoreCols.length === 0 ? trailingScoreColumn(cells) : null;
    if (inCell) [byValueCol, scoreCols] = [inCell, [...inCell.keys()]];
    // A column headed with a year whose cells are all text ("-", "N/A") is said even when no column is read.
    const unscored = yearColumnsWithoutScores(grid, cells, byValueCol, scoreCols, headersOf);
    out.diagnostics.push(...unscored);
    if (scoreCols.length === 0) continue;
    const headers = new Map(scoreCols.map((v) => [v, headersOf(v)]));
    const rowYear = rowYearColumn(grid, cells, scan.rowLabelCols, width);
    const yearOf = rowYear
      ? longFormatYears(headers, rowYear)
      : yearResolver(grid, col, cells, scoreCols, headers, sheetYear, options.defaultYear, out.diagnostics);
    const read = readCells(grid, block, scoreCols, byValueCol, yearOf, out, (v, r) => {
      const h = headersOf(v).get(r);
      return h && !findYear(h.text) ? h.text : "";
    });
    if (read.years.size === 0) continue;
    const lastRow = Math.max(...read.rowsRead);
    out.tables.push({
      sheet: grid.name,
      range: rangeOf(grid, cells[0]!.r, col, lastRow, read.lastCol),
      kind: cells.some((c) => c.label.kind === "item") ? "items" : "indicators",
      years: [...read.years].sort((a, b) => a - b),
      rows: read.rowsRead.size,
    });
  }
  const used = new Set([...out.items, ...out.indicators, ...out.summaries].map((o) => o.cell));
  readYearRowTables(grid, out, used);
  readYearColumnTables(grid, out, used);
  readLabelValues(grid, out, used);
  readLevelsBesideTotals(grid, out);
  return out;
}
