import type { SheetSpec } from "../../sheets/sheetSpec";
import type { WorksheetLike } from "./excelApi";

/** The column of a generated sheet that labels its rows (ตัวชี้วัดที่ 1 …): the chart's categories. */
const LABEL_COLUMN = 0;

/**
 * An Excel chart of the spec's chart columns (the analysis sheet's indicator scores by year), with every series
 * built explicitly (series.add, setValues, setXAxisValues — ExcelApi 1.7) and the rows' labels on the axis.
 * Excel's automatic series are never relied on: with a blank top-left cell (the first indicator without a
 * previous score) Excel makes one series of two columns, and naming a second one would fail the whole write.
 * Returns the number of calls.
 */
export function writeChart(ws: WorksheetLike, spec: SheetSpec): number {
  const c = spec.chart;
  if (!c || c.series.length === 0) return 0;
  const n = c.rows.last - c.rows.first + 1;
  const column = (col: number) => ws.getRangeByIndexes(c.rows.first, col, n, 1);
  const categories = column(c.categoryColumn ?? LABEL_COLUMN);
  // A single column always gives exactly one series, whatever its first cell holds.
  const chart = ws.charts.add("ColumnClustered", column(c.series[0]!.col), "Columns");
  chart.title.text = c.title;
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(column(s.col));
    series.setXAxisValues(categories);
  });
  chart.setPosition(ws.getRangeByIndexes(c.anchor.row, c.anchor.col, 1, 1));
  return 3 + c.series.length * 4;
}
