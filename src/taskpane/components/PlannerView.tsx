import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../analysis/messages";
import type { PipelineResult } from "../../pipeline";
import { levelFor } from "../../ita/levels";
import { INSTRUMENTS, type Instrument } from "../../ita/types";
import { textIn } from "../i18n";
import { gainFigure } from "../../planner/gainText";
import { PlanTargetField } from "./PlanTargetField";

type PlannerJson = NonNullable<PipelineResult["report"]["planner"]>;

interface Props {
  lang: Lang;
  planner: PlannerJson;
}

/** How many of the largest gains the pane offers to tick. */
const SHOWN = 8;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { display: "flex", flexDirection: "column", margin: 0, padding: 0, listStyleType: "none" },
  projection: { fontWeight: tokens.fontWeightSemibold },
  target: { paddingInlineStart: "32px", maxWidth: "14em" },
});

/**
 * วางแผนยกระดับคะแนน: the next level's gap and what the instruments need, the scores worth most raised to 100, and a
 * what-if: ticking scores (to 100, or to a target typed for each) shows the projected total, instruments and level at
 * once. Estimates are said as such.
 */
export function PlannerView({ lang, planner: p }: Props) {
  const s = useStyles();
  const t = textIn(lang);
  const [ticked, setTicked] = useState<string[]>([]);
  // A ticked score's target (100 unless typed): its gains scale with the share of the raise to 100 it makes.
  const [targets, setTargets] = useState<Record<string, number>>({});
  const about = (estimate: boolean) => (estimate ? ` ${t("planEstimate")}` : "");
  const next = p.targets[0];
  const gains = p.gains.slice(0, SHOWN);
  const key = (g: PlannerJson["gains"][number]) => `${g.kind}:${g.code}`;
  const name = (g: PlannerJson["gains"][number]) =>
    g.kind === "indicator" ? t("planIndicator", { n: g.code }) : g.code;
  const share = (g: PlannerJson["gains"][number]) => ((targets[key(g)] ?? 100) - g.score) / (100 - g.score);
  const chosen = gains.filter((g) => ticked.includes(key(g)));
  const complete = p.current.total !== null && INSTRUMENTS.every((i) => p.instruments[i] !== undefined);
  const projected = complete
    ? {
        total: p.current.total! + chosen.reduce((a, g) => a + g.totalGainAt100 * share(g), 0),
        instruments: Object.fromEntries(
          INSTRUMENTS.map((i) => [
            i,
            p.instruments[i]! +
              chosen
                .filter((g) => g.instrument === i)
                .reduce((a, g) => a + g.instrumentGainAt100 * share(g), 0),
          ]),
        ) as Record<Instrument, number>,
      }
    : null;
  const estimate = p.current.estimate || chosen.some((g) => g.certainty !== "confirmed");
  return (
    <div className={s.root} data-testid="planner">
      {next && (
        <Text data-testid="planner-next">
          {next.reachable
            ? t("planNext", {
                level: next.level,
                gap: next.gap.toFixed(2),
                estimate: about(next.certainty !== "confirmed"),
              })
            : t("planNextUnreachable", { level: next.level })}
          {next.instruments
            .filter((i) => i.needs > 0)
            .map(
              (i) =>
                ` ${t("planNeeds", { instrument: i.instrument, score: i.score.toFixed(2), needs: i.needs.toFixed(2) })}`,
            )
            .join("")}
        </Text>
      )}
      {gains.length > 0 && (
        <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
          <legend>
            <Text weight="semibold">{t("planGainsLegend")}</Text>
          </legend>
          <ul className={s.list}>
            {gains.map((g) => (
              <li key={key(g)}>
                <Checkbox
                  checked={ticked.includes(key(g))}
                  onChange={(_, d) =>
                    setTicked((now) => (d.checked ? [...now, key(g)] : now.filter((k) => k !== key(g))))
                  }
                  label={t("planGain", {
                    code: name(g),
                    score: g.score.toFixed(2),
                    gain: gainFigure(g, lang),
                    estimate: about(g.certainty !== "confirmed"),
                  })}
                />
                {ticked.includes(key(g)) && (
                  <div className={s.target}>
                    <PlanTargetField
                      label={t("planTarget", { code: name(g) })}
                      score={g.score}
                      whole={g.kind === "item" && g.instrument === "OIT"}
                      invalid={
                        g.kind === "item" && g.instrument === "OIT"
                          ? t("planTargetOit")
                          : t("planTargetInvalid", { score: g.score.toFixed(2) })
                      }
                      onTarget={(n) => setTargets((now) => ({ ...now, [key(g)]: n }))}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {projected && (
        <Text className={s.projection} aria-live="polite" data-testid="planner-projection">
          {t(chosen.length ? "planProjected" : "planNow", {
            total: projected.total.toFixed(2),
            level: levelFor(p.year, projected.total, projected.instruments) ?? "-",
            instruments: INSTRUMENTS.map((i) => `${i} ${projected.instruments[i].toFixed(2)}`).join(" "),
            estimate: about(estimate),
          })}
        </Text>
      )}
    </div>
  );
}
