import type { Lang } from "../analysis/messages";
import { cliText } from "../i18n/cliText";
import { levelRequirements } from "../ita/levels";
import type { Planner } from "../planner/planner";
import { gainFigure } from "../planner/gainText";

const name = (kind: "item" | "indicator", code: string, lang: Lang) =>
  kind === "indicator" ? cliText(lang, "planIndicator", { n: code }) : code;

/**
 * The planner in the summary: the target level (`target`, else the next one up) with its gap, what the instruments
 * need and the cheapest path; then the three largest gains. Estimates are said as such.
 */
export function plannerLines(p: Planner | null, lang: Lang, target: string | null): string[] {
  if (!p) return [];
  const lines: string[] = [];
  const estimate = (assumed: boolean) => (assumed ? cliText(lang, "planEstimate") : "");
  const requirements = levelRequirements(p.year);
  const levels = requirements.map((l) => l.level);
  if (target !== null && !levels.includes(target))
    lines.push(
      cliText(lang, "planUnknownTarget", { level: target, year: p.year, levels: levels.join(", ") }),
    );
  else if (target !== null && !p.targets.some((t) => t.level === target) && p.current.level !== null)
    lines.push(cliText(lang, "planReached", { level: target, current: p.current.level }));
  const t = target === null ? p.targets[0] : p.targets.find((x) => x.level === target);
  if (t && !t.reachable) lines.push(cliText(lang, "planUnreachable", { level: t.level }));
  else if (t) {
    const short = t.instruments.filter((i) => i.needs > 0);
    const mark = requirements.find((l) => l.level === t.level)?.each;
    lines.push(
      cliText(lang, "planTarget", {
        level: t.level,
        estimate: estimate(t.certainty !== "confirmed"),
        gap: t.gap.toFixed(2),
        instruments:
          short.length && mark !== null && mark !== undefined
            ? cliText(lang, "planNeeds", {
                list: short.map((i) => `${i.instrument} ${i.score.toFixed(2)}`).join(", "),
                mark,
              })
            : "",
        steps: t.steps
          .map(
            (s) =>
              `${name(s.kind, s.code, lang)} ${s.from.toFixed(2)} → ${s.to.toFixed(2)} (+${s.totalGain.toFixed(2)})`,
          )
          .join(", "),
        total: t.projectedTotal.toFixed(2),
        projected: t.projectedLevel ?? "-",
      }),
    );
  }
  const top = p.gains.slice(0, 3);
  if (top.length)
    lines.push(
      cliText(lang, "planTopGains", {
        estimate: estimate(top.some((g) => g.certainty !== "confirmed")),
        list: top.map((g) => `${name(g.kind, g.code, lang)} +${gainFigure(g, lang)}`).join(", "),
      }),
    );
  return lines;
}
