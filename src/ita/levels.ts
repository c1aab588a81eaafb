import { FACTS, yearFacts } from "./catalog";
import type { Instrument } from "./types";

/** AA…F, the scheme of 2563–2566, from the total score. */
export function legacyLevel(total: number): string {
  const bands = [...FACTS.levels.legacy].sort((a, b) => b.min - a.min);
  return (bands.find((b) => total >= b.min) ?? bands[bands.length - 1]!).level;
}

/** ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน, the scheme from 2567: needs the total and every instrument. */
export function level2567(total: number, instruments: Record<Instrument, number>): string {
  const s = FACTS.levels["2567"];
  const all = Object.values(instruments);
  if (total >= s.excellent && all.every((v) => v >= s.excellent)) return s.names[0];
  if (total >= s.good && all.every((v) => v >= s.good)) return s.names[1];
  if (total >= s.good) return s.names[2];
  if (total >= s.improveFrom) return s.names[3];
  return s.names[4];
}

export function levelFor(
  year: number,
  total: number,
  instruments: Record<Instrument, number>,
): string | null {
  const facts = yearFacts(year);
  if (!facts) return null;
  return facts.levelScheme === "legacy" ? legacyLevel(total) : level2567(total, instruments);
}

/** Every level word of every scheme (AA…F, ผ่านดีเยี่ยม…ต้องปรับปรุงโดยด่วน). */
export const ALL_LEVELS: readonly string[] = [
  ...FACTS.levels.legacy.map((b) => b.level),
  ...FACTS.levels["2567"].names,
];

const SCHEME_WORDS: Record<"legacy" | "2567", readonly string[]> = {
  legacy: FACTS.levels.legacy.map((b) => b.level),
  "2567": FACTS.levels["2567"].names,
};

/**
 * The level words a sheet may print for a year: its scheme's, and those of a second scheme also attested for it
 * (2566: AA–F and ผ่านดีเยี่ยม…); every scheme's words for a year the catalogue does not know.
 */
export function levelsOfYear(year: number): readonly string[] {
  const facts = yearFacts(year);
  if (!facts) return ALL_LEVELS;
  const also = facts.levelSchemeAlso ? SCHEME_WORDS[facts.levelSchemeAlso] : [];
  return [...SCHEME_WORDS[facts.levelScheme], ...also];
}

/** What a level asks of a year's scores: a total, and from 2566 every instrument at `each` as well. */
export interface LevelRequirement {
  level: string;
  total: number;
  each: number | null;
}

/** The levels of `year`'s scheme, best first, each with what it asks (levels are data: levels in frameworks.json). */
export function levelRequirements(year: number): LevelRequirement[] {
  const facts = yearFacts(year);
  if (!facts) return [];
  if (facts.levelScheme === "legacy")
    return [...FACTS.levels.legacy]
      .sort((a, b) => b.min - a.min)
      .map((b) => ({ level: b.level, total: b.min, each: null }));
  const s = FACTS.levels["2567"];
  return [
    { level: s.names[0], total: s.excellent, each: s.excellent },
    { level: s.names[1], total: s.good, each: s.good },
    { level: s.names[2], total: s.good, each: null },
    { level: s.names[3], total: s.improveFrom, each: null },
    { level: s.names[4], total: 0, each: null },
  ];
}
