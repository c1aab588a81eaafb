import type { SheetGrid } from "../analysis/grid";
import { cellText } from "../analysis/text";
import { toArabicDigits } from "../ita/thaiDigits";
import { ID_HEADER, RESULT_HEADER } from "./officerEdits";
import { type DocOptions, SheetBuilder } from "./sheetBuilder";
import type { SheetSpec } from "./sheetSpec";
import { HEADER, TEXT } from "./styles";

const WIDTHS = [34, 48, 18, 18, 34, 50, 16, 16];

/**
 * Results sheets of other fiscal years in which the officer typed what was done: written again as they stand
 * (every cell's text, under the sheet's own name), so replacing the generated sheets never loses them.
 */
export function keptResultsSheets(
  grids: SheetGrid[],
  fiscalYear: number | null,
  opt: DocOptions,
): SheetSpec[] {
  return grids.flatMap((g) => {
    if (!g.generated || g.generatedKind !== "results") return [];
    // Every cell the officer sees: the row records past the last column are written anew.
    const text = g.rows.map((r) => r.slice(0, WIDTHS.length).map((v) => cellText(v ?? null)));
    const header = text.findIndex((r) => r.includes(ID_HEADER));
    if (header < 0) return [];
    const idCol = text[header]!.indexOf(ID_HEADER);
    const resultCol = text[header]!.indexOf(RESULT_HEADER);
    const ids = text.slice(header + 1).map((r) => toArabicDigits(r[idCol] ?? ""));
    const years = new Set(ids.filter(Boolean).map((id) => Number(id.split(".")[0])));
    if (fiscalYear !== null && years.has(fiscalYear)) return [];
    const typed = text.slice(header + 1).some((r, i) => ids[i] && (r[resultCol] ?? "").trim() !== "");
    if (!typed) return [];
    const b = new SheetBuilder(WIDTHS, { ...opt, thaiDigits: false }, WIDTHS.length - 2);
    text.forEach((r, i) =>
      b.row(r.map((value) => ({ value: value === "" ? null : value, style: i === header ? HEADER : TEXT }))),
    );
    return [b.build("results", g.name)];
  });
}
