import type { SheetGrid } from "../analysis/grid";
import { cellText } from "../analysis/text";
import { toArabicDigits } from "../ita/thaiDigits";
import { ID_HEADER, RESULT_HEADER } from "./officerEdits";

/**
 * Results sheets of other fiscal years in which the officer typed what was done: left in the workbook exactly as
 * they stand (their title, signatures, line breaks and formats included) when the new documents replace the rest.
 */
export function keptResultsSheets(grids: SheetGrid[], fiscalYear: number | null): string[] {
  return grids.flatMap((g) => {
    if (!g.generated || g.generatedKind !== "results") return [];
    const text = g.rows.map((r) => r.map((v) => cellText(v ?? null)));
    const header = text.findIndex((r) => r.includes(ID_HEADER));
    if (header < 0) return [];
    const idCol = text[header]!.indexOf(ID_HEADER);
    const resultCol = text[header]!.indexOf(RESULT_HEADER);
    const ids = text.slice(header + 1).map((r) => toArabicDigits(r[idCol] ?? ""));
    const years = new Set(ids.filter(Boolean).map((id) => Number(id.split(".")[0])));
    if (fiscalYear !== null && years.has(fiscalYear)) return [];
    const typed = text.slice(header + 1).some((r, i) => ids[i] && (r[resultCol] ?? "").trim() !== "");
    return typed ? [g.name] : [];
  });
}
