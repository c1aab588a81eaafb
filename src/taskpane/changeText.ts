import type { ItemResult } from "../analysis/analyse";
import { signed } from "./components/numbers";
import type { textIn } from "./i18n";

/**
 * What the change compares, as the officer reads it: "เปลี่ยน −100.00 (เทียบกับ O4 ปี 2566)" when the item had
 * another code last year; "ต่ำกว่าเกณฑ์ติดต่อกัน 2 ปี · เท่าเดิม" when it failed both years, not "เปลี่ยน 0.00".
 */
export function changeText(i: ItemResult, threshold: number, t: ReturnType<typeof textIn>): string {
  const p = i.previous!;
  const delta = i.delta ?? 0;
  const other = p.merged ? p.merged.map((m) => m.code).join(", ") : p.code !== i.code ? p.code : null;
  const change = Math.abs(delta) < 0.005 ? t("unchanged") : `${t("change")} ${signed(delta)}`;
  const vs = other ? ` ${t("comparedWith", { code: other, year: p.year })}` : "";
  return `${p.score < threshold ? `${t("stillBelow")} · ` : ""}${change}${vs}`;
}
