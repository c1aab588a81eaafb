import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CellValue, SheetGrid } from "../../src/analysis/grid";
import { SAMPLE } from "./sample";
import { type Weakness, yearSheet } from "./yearFixtures";
import { writeWorkbook } from "./xlsx";

const gridsAsSheets = (grids: SheetGrid[]) => grids.map((g) => ({ name: g.name, rows: g.rows }));

/** One agency's workbook: a title row naming it over each year's items. */
function agencyWorkbook(name: string, years: number[], weakness: Weakness): SheetGrid[] {
  return years.map((y, i) => {
    const g = yearSheet(y, weakness, i);
    const rows: CellValue[][] = [[`ผลการประเมิน ITA ปี ${y} ${name}`], ...g.rows];
    return { ...g, rows };
  });
}

/** The totals an agency copied from ITAS into its workbook (its own history table). */
function totalsSheet(rows: [number, number, string][]): SheetGrid {
  return { name: "คะแนนรวม", top: 0, left: 0, rows: [["ปี", "คะแนนรวม", "ระดับ"], ...rows] };
}

/**
 * A folder of the project's own fixtures, as a provincial office collects its agencies' files: the bundled sample
 * and its earlier output beside it, agencies' item workbooks of each framework, an agency with every year
 * 2563–2569, the published provincial table H-1, a damaged file and a workbook of other data.
 */
export async function compareFolder(dir: string): Promise<void> {
  copyFileSync(SAMPLE, path.join(dir, "ita-sample.xlsx"));
  // A run's output beside its source: the same agency again, to be skipped.
  copyFileSync(SAMPLE, path.join(dir, "ita-sample-ita.xlsx"));
  const agencies: [string, number[], Weakness, [number, number, string][]][] = [
    ["เทศบาลตำบลหนึ่ง", [2565, 2566], "many", []],
    ["องค์การบริหารส่วนตำบลสอง", [2566, 2567], "none", [[2567, 96.12, "ผ่านดีเยี่ยม"]]],
    [
      "เทศบาลเมืองสาม",
      [2567, 2568],
      "many",
      [
        [2567, 88.4, "ผ่าน"],
        [2568, 84.1, "ไม่ผ่าน"],
      ],
    ],
    [
      "องค์การบริหารส่วนตำบลสี่",
      [2568, 2569],
      "many",
      [
        [2568, 90.02, "ผ่านดี"],
        [2569, 86.75, "ผ่าน"],
      ],
    ],
    [
      "เทศบาลตำบลห้า",
      [2568, 2569],
      "none",
      [
        [2568, 93.1, "ผ่านดี"],
        [2569, 97.2, "ผ่านดีเยี่ยม"],
      ],
    ],
  ];
  for (const [name, years, weakness, totals] of agencies) {
    const grids = agencyWorkbook(name, years, weakness);
    if (totals.length) grids.push(totalsSheet(totals));
    await writeWorkbook(path.join(dir, `${name}.xlsx`), gridsAsSheets(grids));
  }
  const every = [2563, 2564, 2565, 2566, 2567, 2568, 2569];
  await writeWorkbook(path.join(dir, "เทศบาลตำบลเจ็ดปี.xlsx"), [
    ...gridsAsSheets(agencyWorkbook("เทศบาลตำบลเจ็ดปี", every, "many")),
    totalsSheet([
      [2567, 87.35, "ผ่าน"],
      [2568, 89.9, "ผ่าน"],
      [2569, 91.44, "ผ่านดี"],
    ]),
  ]);
  const h1 = JSON.parse(
    readFileSync(path.join(__dirname, "..", "fixtures", "published", "H-1.json"), "utf8"),
  ) as { rows: CellValue[][] };
  await writeWorkbook(path.join(dir, "จังหวัดภาคตะวันออก.xlsx"), [
    { name: "ตาราง", rows: h1.rows, merges: ["A2:A3", "A4:A5"] },
  ]);
  writeFileSync(path.join(dir, "เสีย.xlsx"), "not a workbook");
  await writeWorkbook(path.join(dir, "งบประมาณ.xlsx"), [
    {
      name: "งบ",
      rows: [
        ["รายการ", "ปี 2567"],
        ["งบบุคลากร", 1200000],
      ],
    },
  ]);
}
