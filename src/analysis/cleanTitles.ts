import { eachOrWhole } from "./eachOrWhole";
import type { ResolvedItem } from "./resolveItems";
import { noisyCopyOf } from "./titleMatch";
import type { Diagnostic } from "./types";

/** The catalogue's wording without its notes in English ("(reversed)", "(same code as 2565)"). */
function wordingOf(topic: string | null | undefined): string | null {
  const w = topic?.replace(/\s*\([^()]*\b[a-z]{3,}[^()]*\)/g, "").trim();
  return w ? w : null;
}

/**
 * Item titles typed with obvious noise (OCR'd or retyped: a lost tone mark, ซ for ช, a space inside a word) are
 * printed in the catalogue's wording, and said at their cell with both texts; a title in other words is the
 * sheet's own and stays as typed.
 */
export function cleanTitles(items: ResolvedItem[], diagnostics: Diagnostic[]): ResolvedItem[] {
  const bySheet = new Map<string, { it: ResolvedItem; wording: string }[]>();
  const said = new Set<string>();
  const out = items.map((it) => {
    const wording = wordingOf(it.def?.topic);
    if (!it.title || !wording || !noisyCopyOf(it.title, wording)) return it;
    // One cell's title serves each year of its row: said once.
    const at = `${it.sheet}!${it.labelCell}`;
    if (!said.has(at)) bySheet.set(it.sheet, [...(bySheet.get(it.sheet) ?? []), { it, wording }]);
    said.add(at);
    return { ...it, title: wording };
  });
  diagnostics.push(
    ...eachOrWhole(
      bySheet.values(),
      ({ it, wording }) => ({
        level: "info",
        sheet: it.sheet,
        cell: it.labelCell,
        id: "titleNoiseReplaced",
        params: { code: it.code, year: it.year, typed: clip(it.title!), wording: clip(wording) },
      }),
      (found) => {
        const { it, wording } = found[0]!;
        return {
          level: "info",
          sheet: it.sheet,
          cell: null,
          id: "titlesNoiseReplaced",
          params: {
            sheet: it.sheet,
            count: found.length,
            codes: found.map((f) => f.it.code).join(", "),
            typed: clip(it.title!),
            wording: clip(wording),
          },
        };
      },
    ),
  );
  return out;
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > 70 ? `${flat.slice(0, 70)}…` : flat;
}
