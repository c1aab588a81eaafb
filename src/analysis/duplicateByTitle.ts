import { itemList } from "../ita/catalog";
import { formatCode } from "./parseItemCode";
import { itemNamedBy, titlesMatch } from "./titleMatch";
import type { Diagnostic, ItemObservation } from "./types";

/**
 * A code printed twice in one year where one row's title names another item that is missing (seed 003
 * prints o25 as a second "o๒๔"): that row is read as the item its title names, with a warning, so the
 * right row is never dropped as a duplicate.
 */
export function relabelDuplicatesByTitle(
  obs: ItemObservation[],
  diagnostics: Diagnostic[],
): ItemObservation[] {
  const key = (o: ItemObservation, n = o.label.number) =>
    `${o.year}|${o.label.instrument}|${o.label.channel}|${n}`;
  const count = new Map<string, number>();
  for (const o of obs)
    if (o.label.instrument && o.label.form !== "number") count.set(key(o), (count.get(key(o)) ?? 0) + 1);
  const said = new Set<string>();
  return obs.map((o) => {
    const inst = o.label.instrument;
    if (!inst || o.label.form === "number" || (count.get(key(o)) ?? 0) < 2) return o;
    const list = itemList(o.year, inst);
    const own = list?.items.find((it) => it.n === o.label.number);
    if (!list || !own?.topic || titlesMatch(o.title, own.topic)) return o;
    const named = itemNamedBy(list, o.title);
    if (named === null || named === o.label.number || count.has(key(o, named))) return o;
    const cellKey = `${o.sheet}!${o.labelCell}`;
    if (!said.has(cellKey))
      diagnostics.push({
        level: "warning",
        sheet: o.sheet,
        cell: o.labelCell,
        id: "codeFromTitle",
        params: {
          raw: o.label.raw.trim().slice(0, 20),
          code: formatCode(inst, o.label.channel, named),
          printed: formatCode(inst, o.label.channel, o.label.number),
          title: (o.title ?? "").slice(0, 50),
        },
      });
    said.add(cellKey);
    return { ...o, label: { ...o.label, number: named } };
  });
}
