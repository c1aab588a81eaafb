/** Latin words a printed document may hold: item codes, instrument and programme names, levels (ระดับ AA). */
const ALLOWED =
  /\b(?:[IEO]\d{1,2}|EP\s?\d{1,2}|ES\s?\d{1,2}|IIT|EIT|OIT|ITA|E-Service|Q&A|No Gift Policy|Social Network|Line|Facebook|(?<=ระดับ )(?:AA|[A-F]))\b/gi;

/** The Latin words of a text that are not codes or names (an internal note that must not print). */
export function strayLatin(text: string): string[] {
  return text.replace(ALLOWED, "").match(/[A-Za-z][A-Za-z-]*/g) ?? [];
}

/**
 * A catalogue topic as it may print: parenthesised internal notes in English ("(same code as 2565)",
 * "(unchanged, assumed)", "(reversed)") are left out.
 */
export function printedTopic(topic: string | null): string {
  if (!topic) return "";
  return topic
    .replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => (strayLatin(inner).length ? "" : whole))
    .trim();
}
