import type { Instrument } from "../ita/types";
import { INSTRUMENTS } from "../ita/types";
import type { PlanUnit } from "./planUnits";

/** One raise of the plan: a score from what it is to what it must become. */
export interface PlanStep {
  kind: PlanUnit["kind"];
  code: string;
  instrument: Instrument;
  from: number;
  to: number;
  /** Points of total this raise adds. */
  totalGain: number;
}

export interface PathResult {
  reachable: boolean;
  steps: PlanStep[];
  /** The total and instruments after the steps (unrounded). */
  total: number;
  instruments: Record<Instrument, number>;
}

const TINY = 1e-9;

/** OIT before IIT/EIT where a point is worth the same: a document published is a sure gain. */
const PREFERENCE: Record<Instrument, number> = { OIT: 0, IIT: 1, EIT: 2 };

/**
 * The fewest points raised that bring the total to `total` and, when `each` is set, every instrument to `each`:
 * first each instrument short of `each`, from its units worth most to it; then the total, from the units worth
 * most to it (OIT first on a tie). With partial raises this is optimal for the linear rule (each score moves its
 * instrument and the total in fixed proportion; checked against brute force); a `whole` unit (an OIT item: published
 * or not) is raised to 100 when chosen, which may overshoot — then the fewest points is not guaranteed.
 */
export function cheapestPath(
  units: PlanUnit[],
  start: { total: number; instruments: Record<Instrument, number> },
  target: { total: number; each: number | null },
): PathResult {
  const raised = new Map<PlanUnit, number>();
  const room = (u: PlanUnit) => 100 - u.score - (raised.get(u) ?? 0);
  let total = start.total;
  const instruments = { ...start.instruments };
  const raise = (u: PlanUnit, points: number) => {
    raised.set(u, (raised.get(u) ?? 0) + points);
    total += points * u.coefficient.perTotalPoint;
    instruments[u.instrument] += points * u.coefficient.perInstrumentPoint;
  };
  const byWorth = (worth: (u: PlanUnit) => number) => (a: PlanUnit, b: PlanUnit) =>
    worth(b) - worth(a) || PREFERENCE[a.instrument] - PREFERENCE[b.instrument] || a.score - b.score;
  if (target.each !== null)
    for (const inst of INSTRUMENTS) {
      const own = units
        .filter((u) => u.instrument === inst)
        .sort(byWorth((u) => u.coefficient.perInstrumentPoint));
      for (const u of own) {
        const need = target.each - instruments[inst];
        if (need <= TINY) break;
        raise(u, u.whole ? room(u) : Math.min(room(u), need / u.coefficient.perInstrumentPoint));
      }
    }
  for (const u of [...units].sort(byWorth((u) => u.coefficient.perTotalPoint))) {
    const need = target.total - total;
    if (need <= TINY) break;
    if (room(u) > TINY) raise(u, u.whole ? room(u) : Math.min(room(u), need / u.coefficient.perTotalPoint));
  }
  const reachable =
    total >= target.total - TINY &&
    (target.each === null || INSTRUMENTS.every((i) => instruments[i] >= target.each! - TINY));
  const steps = [...raised]
    .filter(([, p]) => p > TINY)
    .map(([u, p]) => ({
      kind: u.kind,
      code: u.code,
      instrument: u.instrument,
      from: u.score,
      // Whole hundredths, rounded up, so that the target is met as scores are printed.
      to: Math.min(100, Math.ceil((u.score + p) * 100 - TINY) / 100),
      totalGain: p * u.coefficient.perTotalPoint,
    }))
    .sort((a, b) => b.totalGain - a.totalGain);
  return { reachable, steps, total, instruments };
}
