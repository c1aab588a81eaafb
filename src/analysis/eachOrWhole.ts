import type { Diagnostic } from "./types";

/** More findings than this in one group are said once, as a whole (the table, not each row, is then the cause). */
const EACH_UP_TO = 3;

/** Each finding of a group said on its own when the group has few, else one diagnostic for the whole group. */
export function eachOrWhole<T>(
  groups: Iterable<T[]>,
  each: (finding: T) => Diagnostic,
  whole: (group: T[]) => Diagnostic,
): Diagnostic[] {
  return [...groups].flatMap((group) => (group.length > EACH_UP_TO ? [whole(group)] : group.map(each)));
}
