import { attr } from "./xmlText";

/** What a cell's number format makes of a number: a date, a percentage (shown ×100), or the number itself. */
export type FormatKind = "date" | "percent" | "number";

/** Excel's built-in number formats that show dates and times, and percentages. */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);
const BUILTIN_PERCENT = new Set([9, 10]);

/** The kind of each cell format (cellXfs index) of a styles part. */
export function formatKinds(styles: string | null): FormatKind[] {
  if (!styles) return [];
  const codes = new Map<number, string>();
  for (const m of styles.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g))
    codes.set(Number(attr(m[0], "numFmtId")), attr(m[0], "formatCode") ?? "");
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? "";
  return [...xfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], "numFmtId") ?? 0);
    const code = codes.get(id);
    if (code !== undefined) return kindOfCode(code);
    return BUILTIN_DATES.has(id) ? "date" : BUILTIN_PERCENT.has(id) ? "percent" : "number";
  });
}

/** A format code's kind: its visible part (quoted text, escapes and [colour] brackets removed) decides. */
export function kindOfCode(code: string): FormatKind {
  const visible = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (/%/.test(visible)) return "percent";
  if (/general/i.test(visible)) return "number";
  return /[dmyhs]/i.test(visible.replace(/E[+-]/gi, "")) ? "date" : "number";
}
