import type { Entry } from "./catalogue";
import type { Lang } from "./lang";

/** Names of workbook parts a rewrite would drop, in the user's language. */
export const PART_TEXT = {
  charts: { th: "แผนภูมิ", en: "charts" },
  pivotTables: { th: "PivotTable", en: "pivot tables" },
  slicers: { th: "ตัวแบ่งส่วนข้อมูล", en: "slicers" },
  macros: { th: "แมโคร", en: "macros" },
  dataConnections: { th: "การเชื่อมต่อข้อมูลภายนอก", en: "external data connections" },
  "parts.separator": { th: " ", en: ", " },
} as const satisfies Record<string, Entry>;

function isPart(p: string): p is keyof typeof PART_TEXT {
  return Object.hasOwn(PART_TEXT, p);
}

/** The named parts joined in the user's language; a part the catalogue does not know keeps its own name. */
export function partNames(parts: string[], lang: Lang): string {
  return parts.map((p) => (isPart(p) ? PART_TEXT[p][lang] : p)).join(PART_TEXT["parts.separator"][lang]);
}
