import type { SheetGrid } from "../analysis/grid";

/** Words that open a Thai public agency's name. */
const AGENCY_START =
  /(เทศบาล|องค์การบริหารส่วน|องค์การ|กรุงเทพมหานคร|เมืองพัทยา|กระทรวง|กรม|สำนักงาน|มหาวิทยาลัย|โรงพยาบาล|การไฟฟ้า|การประปา|การท่าเรือ|สถาบัน|ศาล|ธนาคาร)\S*(?:\s+\S+){0,3}/;

/** How many rows at the top of a sheet can hold its title. */
const TITLE_ROWS = 5;

/**
 * The agency a title row names ("ผลการประเมิน ITA ... เทศบาลตำบลตัวอย่าง"), to pre-fill the agency field: the
 * first title cell of a source sheet that holds an agency word, from that word on. The officer checks it.
 */
export function agencyFromGrids(grids: SheetGrid[]): string | null {
  for (const g of grids) {
    if (g.generated) continue;
    for (const row of g.rows.slice(0, TITLE_ROWS)) {
      for (const v of row) {
        if (typeof v !== "string") continue;
        const m = AGENCY_START.exec(v.replace(/\s+/g, " ").trim());
        if (m) return cleanName(m[0]);
      }
    }
  }
  return null;
}

/** Cuts what follows the name: a year, a bracket, "ประจำปี". */
function cleanName(s: string): string {
  return s
    .split(/\s+(?=ประจำปี|ปี(?:งบประมาณ)?\s*\d|พ\.ศ\.|\(|\d)/)[0]!
    .replace(/[\s,:;–—-]+$/, "")
    .slice(0, 80);
}
