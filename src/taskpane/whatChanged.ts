import type { Lang } from "../analysis/messages";
import type { SheetChange } from "../sheets/specChanges";
import { translate } from "./i18n";

/**
 * What a Generate changed in the sheets it replaced, in one sentence: each document changed (and by how many
 * lines), how many are new and how many stayed the same; null the first time (every document new).
 */
export function whatChangedText(changes: SheetChange[], lang: Lang): string | null {
  if (changes.every((c) => c.kind === "new")) return null;
  if (changes.every((c) => c.kind === "same")) return translate(lang, "allSame");
  const parts: string[] = [];
  for (const c of changes)
    if (c.kind === "changed") parts.push(translate(lang, "changedRows", { sheet: c.sheet, rows: c.rows }));
  const fresh = changes.filter((c) => c.kind === "new").length;
  if (fresh > 0) parts.push(translate(lang, "changedNew", { count: fresh }));
  const same = changes.filter((c) => c.kind === "same").length;
  if (same > 0) parts.push(translate(lang, "changedSame", { count: same }));
  return translate(lang, "changedIntro", { list: parts.join(" · ") });
}
