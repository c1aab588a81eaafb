import type { Entry } from "./catalogue";
import type { Lang } from "./lang";

/** Names of what a workbook or a sheet holds beyond its cells, in the user's language. */
export const PART_TEXT = {
  comments: { th: "ความคิดเห็น", en: "comments" },
  drawings: { th: "รูปภาพหรือรูปร่าง", en: "images or shapes" },
  tables: { th: "ตาราง (Table)", en: "tables" },
  links: { th: "ลิงก์", en: "links" },
  validation: { th: "การตรวจสอบข้อมูล", en: "data validation" },
  conditionalFormats: { th: "การจัดรูปแบบตามเงื่อนไข", en: "conditional formats" },
  protection: { th: "การป้องกันชีต", en: "sheet protection" },
  charts: { th: "แผนภูมิ", en: "charts" },
  formulas: { th: "สูตร", en: "formulas" },
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

/** A sheet's extras ("comments:2", "drawings:1") in words: "ความคิดเห็น 2, รูปภาพหรือรูปร่าง 1". */
export function extrasText(extras: string[], lang: Lang): string {
  return extras
    .map((x) => {
      const [kind = "", n = ""] = x.split(":");
      return `${isPart(kind) ? PART_TEXT[kind][lang] : kind} ${n}`.trim();
    })
    .join(", ");
}
