import type { Analysis } from "../analysis/analyse";
import { round2 } from "../analysis/round";
import { levelFor, levelRequirements } from "../ita/levels";
import { INSTRUMENTS, type Instrument } from "../ita/types";
import { type PlannerAssumption, plannerAssumptions } from "./coefficients";
import { type PlanStep, cheapestPath } from "./cheapestPath";
import { type PlanUnit, type UnplacedScore, planUnits } from "./planUnits";
import { gainRanges, ruleVariants } from "./ruleVariants";

export type Certainty = "confirmed" | "assumed" | "unknown";

/** The points of total one score is worth raised to 100. */
export interface Gain {
  kind: PlanUnit["kind"];
  code: string;
  instrument: Instrument;
  score: number;
  totalGainAt100: number;
  /** Points of its instrument the raise to 100 is worth (for a what-if: instruments decide the level from 2566). */
  instrumentGainAt100: number;
  certainty: Certainty;
  assumption?: PlannerAssumption[];
  /**
   * Where the plausible readings of an unpublished rule put the largest gains in another order: this gain's
   * lowest and highest worth over them (points of total at 100), said instead of one figure.
   */
  range?: { min: number; max: number };
}

/** What reaching a level above the current one takes. */
export interface Target {
  level: string;
  /** Points of total short of the level's mark (0 when the total reaches it and only instruments hold it back). */
  gap: number;
  reachable: boolean;
  instruments: { instrument: Instrument; score: number; needs: number }[];
  steps: PlanStep[];
  projectedTotal: number;
  projectedLevel: string | null;
  certainty: Certainty;
  assumption?: PlannerAssumption[];
}

export interface Planner {
  year: number;
  /** The instrument scores the plan starts from (where the year has them). */
  instruments: Partial<Record<Instrument, number>>;
  /** The year's total and level; `estimate` when either is computed on an assumption. */
  current: { total: number | null; level: string | null; estimate: boolean };
  /** Largest first. */
  gains: Gain[];
  /** The levels above the current one, nearest first (none without a total and every instrument). */
  targets: Target[];
  /** Scores whose worth the year's lists cannot place (no indicator). */
  unplaced: UnplacedScore[];
}

const certaintyOf = (a: PlannerAssumption[]): { certainty: Certainty; assumption?: PlannerAssumption[] } =>
  a.length ? { certainty: "assumed", assumption: a } : { certainty: "confirmed" };

/**
 * The score planner for the latest assessed year: what each score is worth raised to 100, and for each level above
 * the current one, the gap, what each instrument needs and the cheapest path (fewest points raised, OIT first on a
 * tie) with the projected total and level. Exact where the year's rule reproduces NACC's totals (2563–2564); an
 * estimate, with its assumptions, otherwise. Null without a latest year.
 */
export function buildPlanner(a: Analysis): Planner | null {
  const year = a.latestYear;
  if (year === null) return null;
  const scores = a.scoresByYear.find((y) => y.year === year);
  const { units, unplaced } = planUnits(a);
  const raisable = units.filter((u) => u.score < 100);
  const ranges = gainRanges(raisable, ruleVariants(year));
  const gains: Gain[] = raisable
    .map((u, k) => {
      const certain = certaintyOf(u.coefficient.assumptions);
      const r = certain.certainty === "assumed" ? ranges?.[k] : null;
      return {
        kind: u.kind,
        code: u.code,
        instrument: u.instrument,
        score: u.score,
        totalGainAt100: round2((100 - u.score) * u.coefficient.perTotalPoint),
        instrumentGainAt100: round2((100 - u.score) * u.coefficient.perInstrumentPoint),
        ...certain,
        ...(r && round2(r.max) > round2(r.min) ? { range: { min: round2(r.min), max: round2(r.max) } } : {}),
      };
    })
    .sort((x, y) => y.totalGainAt100 - x.totalGainAt100);
  const total = scores?.total?.score ?? null;
  const level = scores?.level ?? null;
  const inst = Object.fromEntries(INSTRUMENTS.map((i) => [i, scores?.instruments.get(i)?.score])) as Partial<
    Record<Instrument, number>
  >;
  const complete = INSTRUMENTS.every((i) => inst[i] !== undefined);
  const targets: Target[] = [];
  if (total !== null && complete) {
    const start = { total, instruments: inst as Record<Instrument, number> };
    const levels = levelRequirements(year);
    const at = levels.findIndex((l) => l.level === level);
    for (const req of (at < 0 ? levels : levels.slice(0, at)).reverse()) {
      const path = cheapestPath(units, start, req);
      const projectedTotal = round2(path.total);
      const projected = Object.fromEntries(
        INSTRUMENTS.map((i) => [i, round2(path.instruments[i])]),
      ) as Record<Instrument, number>;
      const used = units.filter((u) => path.steps.some((s) => s.code === u.code && s.kind === u.kind));
      targets.push({
        level: req.level,
        gap: round2(Math.max(0, req.total - total)),
        reachable: path.reachable,
        instruments: INSTRUMENTS.map((i) => ({
          instrument: i,
          score: start.instruments[i],
          needs: round2(Math.max(0, (req.each ?? 0) - start.instruments[i])),
        })),
        steps: path.steps.map((s) => ({ ...s, totalGain: round2(s.totalGain) })),
        projectedTotal,
        projectedLevel: levelFor(year, projectedTotal, projected),
        // The plan rests on its raises' rule and on the total and instruments it starts from.
        ...certaintyOf(
          plannerAssumptions(
            ...used.map((u) => u.coefficient.assumptions),
            scores?.total?.assumptions,
            ...INSTRUMENTS.map((i) => scores?.instruments.get(i)?.assumptions),
          ),
        ),
      });
    }
  }
  const estimate = Boolean(scores?.total?.assumptions?.length || scores?.levelAssumptions?.length);
  return { year, instruments: inst, current: { total, level, estimate }, gains, targets, unplaced };
}
