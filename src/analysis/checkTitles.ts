import { itemList } from "../ita/catalog";
import type { ResolvedItem } from "./resolveItems";
import { itemNamedBy, titlesMatch } from "./titleMatch";
import { eachOrWhole } from "./eachOrWhole";
import type { Diagnostic } from "./types";

/**
 * Checks each item's title as typed against the year's list: a title that names another item of that list
 * is said (per item when few, once per sheet when many — then the table is probably another year's list).
 */
export function checkTitles(items: ResolvedItem[], diagnostics: Diagnostic[]): void {
  const groups = new Map<string, { item: ResolvedItem; other: number }[]>();
  for (const it of items) {
    const list = itemList(it.year, it.instrument);
    if (!list || !it.title || !it.def?.topic || titlesMatch(it.title, it.def.topic)) continue;
    const other = itemNamedBy(list, it.title);
    if (other === null || other === it.number) continue;
    const key = `${it.sheet}|${it.year}|${it.instrument}`;
    groups.set(key, [...(groups.get(key) ?? []), { item: it, other }]);
  }
  diagnostics.push(
    ...eachOrWhole(
      groups.values(),
      ({ item, other }) => ({
        level: "warning",
        sheet: item.sheet,
        cell: item.labelCell,
        id: "titleNamesOtherItem",
        params: {
          code: item.code,
          year: item.year,
          title: (item.title ?? "").slice(0, 50),
          other: `${item.code.replace(/\d+$/, "")}${other}`,
        },
      }),
      (found) => {
        const first = found[0]!.item;
        return {
          level: "warning",
          sheet: first.sheet,
          cell: null,
          id: "titlesDisagree",
          params: {
            sheet: first.sheet,
            year: first.year,
            instrument: first.instrument,
            count: found.length,
            codes: found
              .slice(0, 5)
              .map((f) => f.item.code)
              .join(", "),
          },
        };
      },
    ),
  );
}
