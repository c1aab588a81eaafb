import type { Tracker } from "./fakeBatch";
import type { Area, FakeSheetModel } from "./fakeModel";
import { FakeRange } from "./fakeRange";

/**
 * Range.getSpecialCellsOrNullObject("Constants" | "Formulas") of the fake: the cells of that kind inside the range,
 * as areas. Excel gives exact rectangles; the fake gives each group of touching cells' bounding box, which holds the
 * same cells (and a few empty ones), enough for a reader of values.
 */
export class FakeRangeAreas {
  private found: Area[] | null = null;
  readonly areas: { load(props: string): unknown; readonly items: FakeRange[] };

  constructor(t: Tracker, sheet: () => FakeSheetModel, within: () => Area | null, kind: string) {
    t.resolve(() => {
      const a = within();
      this.found = a ? islands(sheet(), a, kind === "Formulas") : [];
    });
    let items: FakeRange[] | null = null;
    this.areas = {
      load: (props: string) =>
        t.op(props, () => {
          items = (this.found ?? []).map((area) => {
            const r = new FakeRange(t, sheet, () => area);
            r.seed(area);
            return r;
          });
          t.respond(this.found);
        }),
      get items(): FakeRange[] {
        if (!items) throw new Error("PropertyNotLoaded: 'items' was read before load() and sync()");
        return items;
      },
    };
  }

  get isNullObject(): boolean {
    if (this.found === null) throw new Error("PropertyNotLoaded: isNullObject is known only after sync()");
    return this.found.length === 0;
  }
}

function isFormula(v: unknown): boolean {
  return typeof v === "object" && v !== null && "formula" in v;
}

/** Bounding boxes of the 8-connected groups of cells of one kind inside `a`. */
function islands(s: FakeSheetModel, a: Area, formulas: boolean): Area[] {
  const cells = [...s.cells]
    .filter(([, v]) => isFormula(v) === formulas)
    .map(([k]) => k.split(",").map(Number) as [number, number])
    .filter(([r, c]) => r >= a.row && r < a.row + a.rows && c >= a.col && c < a.col + a.cols);
  const key = (r: number, c: number) => `${r},${c}`;
  const index = new Map(cells.map(([r, c], i) => [key(r, c), i]));
  const parent = cells.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  cells.forEach(([r, c], i) => {
    for (const [dr, dc] of [
      [-1, -1],
      [-1, 0],
      [-1, 1],
      [0, -1],
    ] as const) {
      const j = index.get(key(r + dr, c + dc));
      if (j !== undefined) parent[root(i)] = root(j);
    }
  });
  const boxes = new Map<number, Area>();
  cells.forEach(([r, c], i) => {
    const b = boxes.get(root(i));
    if (!b) boxes.set(root(i), { row: r, col: c, rows: 1, cols: 1 });
    else {
      const top = Math.min(b.row, r),
        left = Math.min(b.col, c);
      const bottom = Math.max(b.row + b.rows - 1, r),
        right = Math.max(b.col + b.cols - 1, c);
      boxes.set(root(i), { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 });
    }
  });
  return [...boxes.values()];
}
