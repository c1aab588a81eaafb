/**
 * A pure string function remembered for the strings it has seen: the recogniser normalises the same cells and
 * catalogue titles many times over. The cache is emptied when it reaches `limit` entries, so memory stays bounded
 * on any workbook.
 */
export function memoText<T>(fn: (s: string) => T, limit = 20000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    const hit = seen.get(s);
    if (hit !== undefined) return hit;
    if (seen.size >= limit) seen.clear();
    const value = fn(s);
    seen.set(s, value);
    return value;
  };
}
