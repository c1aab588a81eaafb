import type { Lang } from "../analysis/messages";
import { message } from "../analysis/messages";
import { mean, round2 } from "../analysis/round";
import type { ComparedAgency, Comparison } from "../compare/compareAgencies";
import type { AgencyNotRead } from "../compare/types";
import { compareCliText } from "../i18n/compareCliText";

/** How many agencies the summary names at the top, the bottom and among the falls. */
const NAMED = 3;

/** The comparison as an officer reads it on the terminal: who is where, who fell, which indicators drag. */
export function compareSummary(c: Comparison, lang: Lang, files: number | null, out: string): string {
  const year = c.year ?? "–";
  const scored = c.agencies.filter((a) => a.rank !== null);
  const total = (a: ComparedAgency) =>
    `${a.name} ${a.latest!.total!.toFixed(2)}${a.latest!.totalSource === "computed" ? compareCliText(lang, "estimate") : ""}`;
  const lines = [
    compareCliText(lang, "head", {
      count: c.agencies.length,
      year,
      sources:
        files === null
          ? compareCliText(lang, "sourcesTable")
          : compareCliText(lang, "sourcesFiles", { count: files }),
    }),
    compareCliText(lang, "overview", {
      year,
      scored: scored.length,
      mark: c.threshold,
      below: scored.filter((a) => a.latest!.total! < c.threshold).length,
      mean: scored.length ? round2(mean(scored.map((a) => a.latest!.total!))).toFixed(2) : "–",
    }),
  ];
  const older = c.agencies.length - scored.length;
  if (older > 0) lines.push(compareCliText(lang, "older", { year, count: older }));
  if (scored.length > 0)
    lines.push(compareCliText(lang, "top", { list: scored.slice(0, NAMED).map(total).join(", ") }));
  // The lowest, apart from those already named as the highest.
  const lowest = scored.slice(Math.max(NAMED, scored.length - NAMED)).reverse();
  if (lowest.length > 0) lines.push(compareCliText(lang, "bottom", { list: lowest.map(total).join(", ") }));
  const falls = c.agencies
    .filter((a) => a.delta && a.delta.change < 0)
    .sort((a, b) => a.delta!.change - b.delta!.change)
    .slice(0, NAMED);
  if (falls.length)
    lines.push(
      compareCliText(lang, "falls", {
        list: falls
          .map((a) => `${a.name} ${a.delta!.change.toFixed(2)} (${a.delta!.from}→${a.delta!.to})`)
          .join(", "),
      }),
    );
  const dragging = Array.from({ length: 10 }, (_, i) => ({
    n: i + 1,
    count: scored.filter((a) => a.latest!.below.includes(i + 1)).length,
  }))
    .filter((d) => d.count > 0)
    .sort((a, b) => b.count - a.count || a.n - b.n)
    .slice(0, NAMED);
  if (dragging.length)
    lines.push(
      compareCliText(lang, "dragging", {
        year,
        mark: c.threshold,
        list: dragging
          .map((d) => compareCliText(lang, "indicatorCount", { n: d.n, count: d.count }))
          .join(", "),
      }),
    );
  if (c.notRead.length) {
    lines.push(compareCliText(lang, "notRead", { count: c.notRead.length }));
    for (const n of c.notRead) lines.push(`  ${notReadLine(n, lang)}`);
  }
  lines.push(compareCliText(lang, "wrote", { file: out }));
  return lines.join("\n");
}

/** One entry not read: where it is (the file, or the table's cells) and why, said once. */
export function notReadLine(n: AgencyNotRead, lang: Lang): string {
  const why = message(n.id, n.params, lang);
  return n.file !== undefined && n.where === n.file ? `${n.file}: ${why}` : `${n.name} (${n.where}): ${why}`;
}
