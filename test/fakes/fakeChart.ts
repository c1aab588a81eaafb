import type { ChartLike, ChartSeriesLike, RangeLike } from "../../src/workbook/excel/excelApi";
import type { Tracker } from "./fakeBatch";
import { type FakeChartModel, type FakeSheetModel, a1 } from "./fakeModel";
import { FakeRange } from "./fakeRange";

/**
 * Excel's automatic series of `charts.add(type, source, "Columns")`: when the source's top-left cell is blank,
 * Excel takes the first row for series names and the first column for categories — so two score columns whose
 * first value is missing make ONE series, and `getItemAt(1)` fails.
 */
function autoSeries(source: FakeRange): FakeChartModel["series"] {
  const a = source.at;
  const cell = (r: number, c: number) => source.sheet().cells.get(`${a.row + r},${a.col + c}`);
  const labelled = a.cols > 1 && cell(0, 0) === undefined;
  const first = labelled ? 1 : 0;
  return Array.from({ length: a.cols - first }, (_, i) => ({
    name: labelled ? String(cell(0, first + i) ?? "") : `Series${i + 1}`,
    values: a1({
      row: a.row + (labelled ? 1 : 0),
      col: a.col + first + i,
      rows: a.rows - (labelled ? 1 : 0),
      cols: 1,
    }),
  }));
}

function rangeA1(r: RangeLike | string): string {
  if (typeof r === "string") return r;
  if (!(r instanceof FakeRange)) throw new Error("the fake charts only its own ranges");
  return a1(r.at);
}

class FakeSeries implements ChartSeriesLike {
  constructor(
    private readonly t: Tracker,
    private readonly chart: () => FakeChartModel,
    private readonly index: () => number,
  ) {}
  private series() {
    const s = this.chart().series[this.index()];
    if (!s) throw new Error(`InvalidArgument: the chart has no series at index ${this.index()}`);
    return s;
  }
  get name(): string {
    throw new Error("PropertyNotLoaded: series.name");
  }
  set name(v: string) {
    this.t.op(v, () => (this.series().name = v));
  }
  setValues(r: RangeLike): void {
    this.t.op("setValues", () => (this.series().values = rangeA1(r)));
  }
  setXAxisValues(r: RangeLike): void {
    this.t.op("setXAxisValues", () => (this.series().xValues = rangeA1(r)));
  }
}

export function addFakeChart(
  t: Tracker,
  sheet: () => FakeSheetModel,
  type: string,
  source: RangeLike,
): ChartLike {
  let model: FakeChartModel | null = null;
  const chart = () => {
    if (!model) throw new Error("InvalidArgument: the chart was not created");
    return model;
  };
  t.op({ type }, () => {
    if (!(source instanceof FakeRange)) throw new Error("the fake charts only its own ranges");
    model = { type, source: a1(source.at), series: autoSeries(source) };
    sheet().charts.push(model);
  });
  return {
    title: {
      get text(): string {
        throw new Error("PropertyNotLoaded: title.text");
      },
      set text(v: string) {
        t.op(v, () => (chart().title = v));
      },
    },
    series: {
      getItemAt: (i: number) => new FakeSeries(t, chart, () => i),
      add: (name?: string) => {
        let index = -1;
        t.op(name ?? "", () => {
          index = chart().series.push({ name: name ?? "" }) - 1;
        });
        return new FakeSeries(t, chart, () => index);
      },
    },
    setPosition: (start: RangeLike | string) => {
      t.op("setPosition", () => (chart().position = rangeA1(start)));
    },
  };
}
