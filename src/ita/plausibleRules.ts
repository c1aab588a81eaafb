import type { Instrument } from "./types";

/**
 * The other readings of a year's rule the planner tries where NACC has not published it, to show how far its
 * figures could move (../shared/ita/2568-2569.md §3: the weights are assumed from 2565; how OIT items make
 * indicators 9 and 10 is unknown from 2567). Data, not a finding: no source names another weighting, so the
 * range spans the assumed weights and equal weights, the plainest other reading.
 */
export const OTHER_WEIGHTS: readonly Record<Instrument, number>[] = [{ IIT: 1 / 3, EIT: 1 / 3, OIT: 1 / 3 }];

/**
 * Where the OIT split into indicators 9 and 10 is inferred, the other reading: OIT as one mean of all its items
 * (every OIT item worth the same).
 */
export const OIT_AS_ONE_MEAN = true;
