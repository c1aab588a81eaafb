import type { CellRange, SheetGrid } from "../analysis/grid";
import { rangeA1 } from "../analysis/grid";
import { recogniseWorkbook } from "../analysis/recogniseWorkbook";
import type { Lang } from "../analysis/messages";
import type { RecognisedTable } from "../analysis/types";
import { translate } from "./i18n";

/**
 * What "use the selected table" found: new tables to add, a table already listed, a table whose year is not known
 * (its year is asked for), or nothing to read.
 */
export type SelectionCheck =
  | { kind: "added"; count: number; unit: "items" | "indicators"; years: number[] }
  | { kind: "known"; where: string }
  | { kind: "noYear"; where: string }
  | { kind: "empty" };

/** The note the pane shows for a check. */
export function selectionNote(lang: Lang, c: SelectionCheck): string {
  if (c.kind === "empty") return translate(lang, "selectionEmpty");
  if (c.kind === "known") return translate(lang, "selectionKnown", { where: c.where });
  if (c.kind === "noYear") return translate(lang, "selectionNoYear", { where: c.where });
  const unit = translate(lang, c.unit === "items" ? "unitItems" : "unitIndicators");
  return translate(lang, "selectionAdded", { count: c.count, unit, years: c.years.join(", ") });
}

const overlaps = (a: CellRange, b: CellRange) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/**
 * Reads the selection on its own and compares it with the tables the workbook already gave: a table found
 * again is not added twice (its scores would then "appear twice").
 */
export function checkSelection(
  selection: SheetGrid,
  workbook: SheetGrid[],
  defaultYear?: number,
): SelectionCheck {
  const known = recogniseWorkbook(workbook, { defaultYear }).tables;
  const own = recogniseWorkbook([selection], { defaultYear });
  const found: RecognisedTable[] = own.tables;
  if (found.length === 0) {
    const yearless = own.diagnostics.find((d) => d.id === "noYear");
    return yearless ? { kind: "noYear", where: `${yearless.sheet}!${yearless.cell}` } : { kind: "empty" };
  }
  const fresh = found.filter((t) => !known.some((k) => k.sheet === t.sheet && overlaps(k.range, t.range)));
  if (fresh.length === 0) {
    const k = known.find((k) => k.sheet === found[0]!.sheet && overlaps(k.range, found[0]!.range))!;
    return { kind: "known", where: `${k.sheet}!${rangeA1(k.range)}` };
  }
  const unit = fresh.some((t) => t.kind === "items") ? "items" : "indicators";
  const counted = fresh.filter((t) => t.kind === unit);
  return {
    kind: "added",
    count: counted.reduce((n, t) => n + t.rows, 0),
    unit,
    years: [...new Set(counted.flatMap((t) => t.years))].sort(),
  };
}
