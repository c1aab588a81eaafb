import { ALL_LEVELS, levelsOfYear } from "../ita/levels";

/**
 * The label of a level row or column: "ระดับ", "ระดับผลการประเมิน", "Level", "Rating", and the ITAS form
 * "ผลการประเมิน (Rating Score)".
 */
const LEVEL_LABEL =
  /^(?:ระดับ(?:ผล)?(?:การประเมิน)?|level|rating(?:\s*score)?|ผลการประเมิน\s*\(\s*rating(?:\s*score)?\s*\))$/i;

export function isLevelLabel(text: string): boolean {
  return LEVEL_LABEL.test(text.trim());
}

/**
 * A level as printed: "ผ่านดี", "AA", "ระดับ A", and both schemes at once, "A (ผ่าน)" (2566 is printed both
 * ways): the year's own scheme's word is taken, else the other's. Null for any other text.
 */
export function parseLevelText(text: string, year: number): string | null {
  const words = text
    .split(/[()（）/]/)
    .map((w) =>
      w
        .replace(/^\s*ระดับ/, "")
        .replace(/\s+/g, "")
        .toUpperCase(),
    )
    .filter(Boolean);
  const found = words.map((w) => ALL_LEVELS.find((l) => l.toUpperCase() === w) ?? null);
  if (found.length === 0 || found.some((l) => l === null)) return null;
  // The year's own scheme comes first in levelsOfYear, then a second scheme attested for it.
  return levelsOfYear(year).find((l) => found.includes(l)) ?? found[0]!;
}
