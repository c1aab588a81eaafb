import type { SheetGrid } from "../analysis/grid";
import type { Measure } from "../measures/buildMeasures";
import { groupFromKey } from "../measures/groups";
import {
  type OfficerEdit,
  MONITORING_HEADER,
  OWNER_HEADER,
  PERIOD_HEADER,
  readOfficerEdits,
} from "./officerEdits";

const TITLE_HEADER = "มาตรการ";
const STEPS_HEADER = "ขั้นตอน/วิธีการปฏิบัติ";

/** Last year's measures as adopted: where they were read from, and the measures as the officer left them. */
export interface AdoptedMeasures {
  fiscalYear: number;
  measures: Measure[];
}

/**
 * The measures of a fiscal year from a measures sheet the tool generated (in this workbook or the one the user
 * points to), with what the officer changed in it: titles, steps, owners, periods, monitoring. Null when no
 * such sheet holds measures of that year.
 */
export function readAdoptedMeasures(grids: SheetGrid[], fiscalYear: number): AdoptedMeasures | null {
  const rows = [...readOfficerEdits(grids)]
    .filter(([key]) => key.startsWith(`measures:${fiscalYear}.`))
    .sort(([, a], [, b]) => a.order - b.order);
  const measures = rows.flatMap(([key, edit]) => {
    const m = fromRow(key.slice("measures:".length), edit, fiscalYear);
    return m ? [m] : [];
  });
  return measures.length ? { fiscalYear, measures } : null;
}

/** A measure of the plan for `fiscalYear`, written from the ITA of the year before (its groups are named so). */
function fromRow(id: string, edit: OfficerEdit, fiscalYear: number): Measure | null {
  const group = groupFromKey(id.split(".")[1] ?? "", fiscalYear - 1);
  if (!group || !edit.record) return null;
  const cell = (h: string) => (edit.cells[h] ?? "").trim();
  const titleLines = cell(TITLE_HEADER).split("\n");
  // The generated title ends with the items it names, "(ข้อ … (ITA 2566))": they are in the record.
  if (titleLines.length > 1 && /^\(.*\)$/.test(titleLines[titleLines.length - 1]!.trim())) titleLines.pop();
  return {
    id,
    group,
    section: edit.record.section,
    purpose: edit.record.purpose,
    items: edit.record.items,
    title: titleLines.join("\n").replace(/^[\d๐-๙]+\.\s*/, ""),
    steps: cell(STEPS_HEADER)
      .split("\n")
      .map((s) => s.replace(/^[\d๐-๙]+\)\s*/, "").trim())
      .filter(Boolean),
    owner: cell(OWNER_HEADER),
    period: cell(PERIOD_HEADER),
    monitoring: cell(MONITORING_HEADER),
    recommendation: "",
    oitRefs: [],
  };
}
