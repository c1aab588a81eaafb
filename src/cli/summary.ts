import type { Analysis } from "../analysis/analyse";
import type { Lang } from "../analysis/messages";
import type { AnalysisReport } from "../analysis/report";
import { cliText } from "../i18n/cliText";

/** A short human summary: the years, what is flagged, the biggest drops, and how many diagnostics. */
export function summary(
  a: Analysis,
  r: AnalysisReport & { measures: unknown[] },
  lang: Lang,
  outFile: string | null,
  sheets: string[] = [],
  plan: string[] = [],
): string {
  const lines: string[] = [];
  const flagged = a.items.filter((i) => i.flagged);
  const urgent = flagged.filter((i) => i.class === "urgent").length;
  lines.push(cliText(lang, "yearsFound", { years: a.years.join(", "), latest: String(a.latestYear) }));
  lines.push(
    cliText(lang, "reading", {
      read: r.reading.rowsRead,
      unread: r.reading.rowsUnread,
      notCompared: r.notCompared.length,
    }),
  );
  if (r.total) {
    const level = r.level
      ? ` (${r.level.level}${r.level.estimate ? `, ${cliText(lang, "levelEstimate")}` : ""})`
      : "";
    const score = r.total.score.toFixed(2);
    lines.push(
      r.total.estimate
        ? cliText(lang, "totalEstimate", {
            score,
            level,
            assumed: r.total.assumed.map((x) => x.text).join("; "),
          })
        : cliText(lang, "total", { score, level }),
    );
    if (r.level?.reason) lines.push(`  ${r.level.reason}`);
  }
  lines.push(...plan);
  lines.push(
    cliText(lang, "itemsBelow", {
      mark: a.threshold,
      flagged: flagged.length,
      items: a.items.length,
      urgent,
      improve: flagged.length - urgent,
    }),
  );
  const weakInd = a.indicators.filter((i) => i.flagged).map((i) => i.number);
  lines.push(
    cliText(lang, "indicatorsBelow", { list: weakInd.length ? weakInd.join(", ") : cliText(lang, "none") }),
  );
  const drops = [
    ...a.items,
    ...a.indicators.map((i) => ({ ...i, code: cliText(lang, "indicator", { number: i.number }) })),
  ]
    .filter((i) => i.delta !== null && i.delta < 0)
    .sort((x, y) => x.delta! - y.delta!)
    .slice(0, 3);
  if (drops.length)
    lines.push(
      cliText(lang, "biggestDrops", {
        list: drops.map((d) => `${d.code} ${d.delta!.toFixed(2)}`).join(", "),
      }),
    );
  const warnings = r.diagnostics.filter((d) => d.level !== "info");
  if (warnings.length) {
    lines.push(cliText(lang, "warnings", { count: warnings.length }));
    for (const d of warnings.slice(0, 10))
      lines.push(`  ${d.sheet ? `${d.sheet}!${d.cell ?? ""} ` : ""}${d.message}`);
    if (warnings.length > 10) lines.push(cliText(lang, "moreWarnings", { count: warnings.length - 10 }));
  }
  lines.push(cliText(lang, "measures", { count: r.measures.length }));
  if (outFile)
    lines.push(
      cliText(lang, "wrote", {
        file: outFile,
        sheets: sheets.length ? cliText(lang, "wroteSheets", { sheets: sheets.join(", ") }) : "",
      }),
    );
  return lines.join("\n");
}
