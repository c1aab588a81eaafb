/** Makes a valid, unique Excel sheet name: ≤ 31 characters, none of : \ / ? * [ ], not blank, not quoted at the ends. */
export function validSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = cutGraphemes(
    wanted
      .replace(/[:\\/?*[\]]/g, " ")
      .replace(/^'+|'+$/g, "")
      .replace(/\s+/g, " ")
      .trim() || "ITA",
    31,
  );
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = cutGraphemes(base, 31 - suffix.length).trimEnd() + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair or leaving a Thai mark alone. */
function cutGraphemes(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+$/, "");
}
