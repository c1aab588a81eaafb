import type { CellValue, SheetGrid } from "../analysis/grid";
import { valueText } from "./rowRecord";
import type { SheetSpec } from "./sheetSpec";

/** What one written document changed in the sheet it replaced: new, the same, or how many lines differ. */
export type SheetChange =
  | { sheet: string; kind: "new" }
  | { sheet: string; kind: "same" }
  | { sheet: string; kind: "changed"; rows: number };

/** The document's lines as the officer reads them: its shown columns only (no record, no hidden column). */
function lines(rows: CellValue[][], shown: (c: number) => boolean): string[] {
  return rows
    .map((r) =>
      r
        .map((v, c) => (shown(c) ? valueText(v).trim() : ""))
        .join("\t")
        .replace(/\t+$/, ""),
    )
    .filter((l) => l.replace(/\t/g, "") !== "");
}

/** Lines in `a` that `b` does not hold, counted with repeats. */
function missingFrom(a: string[], b: string[]): number {
  const left = new Map<string, number>();
  for (const l of b) left.set(l, (left.get(l) ?? 0) + 1);
  let n = 0;
  for (const l of a) {
    const k = left.get(l) ?? 0;
    if (k > 0) left.set(l, k - 1);
    else n++;
  }
  return n;
}

/**
 * Each written document against the generated sheet of the same name as it was read before writing: a second
 * Generate can then say what it changed ("มาตรการ ITA 2569: 3 บรรทัด"), or that nothing did.
 */
export function specChanges(specs: SheetSpec[], names: string[], before: SheetGrid[]): SheetChange[] {
  return specs.map((spec, i) => {
    const sheet = names[i] ?? spec.name;
    const old = before.find((g) => g.generated && g.name === sheet);
    if (!old) return { sheet, kind: "new" };
    const hidden = new Set(spec.hiddenColumns ?? []);
    const shown = (c: number) => !hidden.has(c) && (spec.recordColumn === undefined || c < spec.recordColumn);
    const now = lines(
      spec.rows.map((r) => r.cells.map((c) => c.value)),
      shown,
    );
    const was = lines(
      old.rows.map((r) => [...Array<CellValue>(old.left).fill(null), ...r]),
      shown,
    );
    const rows = Math.max(missingFrom(now, was), missingFrom(was, now));
    return rows === 0 ? { sheet, kind: "same" } : { sheet, kind: "changed", rows };
  });
}
