/**
 * A pure function of a string or number, remembered for the keys it has seen: the recogniser normalises the same
 * cells and catalogue titles many times over. The cache is emptied when it reaches `limit` entries, so memory
 * stays bounded on any workbook.
 */
export function memoByKey<K extends string | number, T>(fn: (s: K) => T, limit = 20000): (s: K) => T {
  const seen = new Map<K, T>();
  return (s) => {
    const hit = seen.get(s);
    if (hit !== undefined) return hit;
    if (seen.size >= limit) seen.clear();
    const value = fn(s);
    seen.set(s, value);
    return value;
  };
}
