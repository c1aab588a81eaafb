import { FACTS } from "../ita/catalog";
import { normaliseText } from "./text";

/** Other names the seeds use for an indicator (2568 renamed indicator 8). Data, not rules. */
const ALIASES: Record<number, string[]> = {
  8: ["การปรับปรุงการดำเนินงาน", "การปรับปรุงการทำงาน"],
  9: ["การเปิดเผยข้อมูลสาธารณะ"],
};

function squash(s: string): string {
  return normaliseText(s).replace(/[\s:.()\-–]/g, "");
}

/**
 * True when the text after "ตัวชี้วัดที่ N" is empty or names ITA indicator N, so that a KPI sheet's
 * "ตัวชี้วัดที่ 1 ร้อยละของโครงการ…" is not read as an ITA indicator.
 */
export function indicatorNameMatches(n: number, rest: string): boolean {
  const r = squash(rest).replace(/^(คะแนน|ได้)/, "");
  if (r.length <= 3) return true;
  const def = FACTS.indicators.find((i) => i.number === n);
  const names = [def?.name ?? "", ...(ALIASES[n] ?? [])].map(squash).filter((x) => x.length > 0);
  return names.some((name) => r.startsWith(name) || name.startsWith(r));
}
