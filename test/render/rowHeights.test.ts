import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { ALL_DOCUMENTS, runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { grid } from "../helpers/grid";
import { hasLibreOffice } from "../helpers/renderPdf";
import { loadSampleGrids } from "../helpers/sample";
import { SEED003_ROWS } from "../helpers/seed003";
import { transition } from "../helpers/yearFixtures";

// The LibreOffice oracle (scripts/row-height-oracle.py): for every printed cell of every generated document, the
// height LibreOffice itself needs for that text, font and width, against the height the row was written with.
const available = hasLibreOffice() && spawnSync("/usr/bin/python3", ["-c", "import uno"]).status === 0;
if (!available && process.env.CI)
  throw new Error("CI must install LibreOffice, poppler-utils and python3-uno for the print tests");
const maybe = available ? describe : describe.skip;

interface Measured {
  file: string;
  sheet: string;
  row: number;
  written: number;
  needed: number;
  text: string;
}

/** An agency's whole name and long positions, as officers type them: the memos' and the ประกาศ's longest lines. */
const LONG_NAMES = {
  agency: "องค์การบริหารส่วนตำบลหนองบัวแดงเหนือใหม่พัฒนา อำเภอเฉลิมพระเกียรติสมเด็จพระศรีนครินทร์ จังหวัดนครศรีธรรมราช",
  division: "สำนักปลัดองค์การบริหารส่วนตำบล",
  writerPosition: "นิติกรชำนาญการพิเศษ รักษาราชการแทนหัวหน้าฝ่ายนิติการ",
  executivePosition: "นายกองค์การบริหารส่วนตำบลหนองบัวแดงเหนือใหม่พัฒนา",
  chiefOfficerPosition: "ปลัดองค์การบริหารส่วนตำบลหนองบัวแดงเหนือใหม่พัฒนา",
};

async function documents(
  name: string,
  grids: SheetGrid[],
  dir: string,
  people: Partial<typeof LONG_NAMES> = {},
): Promise<string> {
  const { specs } = runPipeline(
    grids,
    DEFAULT_SETTINGS,
    { ...DEFAULT_DOC_OPTIONS, agency: "เทศบาลตำบลตัวอย่าง", division: "สำนักปลัด", ...people },
    "th",
    { documents: ALL_DOCUMENTS },
  );
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets(specs);
  const file = path.join(dir, `${name}.xlsx`);
  writeFileSync(file, await wb.toBuffer());
  return file;
}

maybe("every line of every generated document prints (LibreOffice's own row heights)", () => {
  test("the sample, seed 003, three framework years and long names: no row shorter than its text needs", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ita-oracle-"));
    const files = [
      await documents("sample", await loadSampleGrids(), dir),
      await documents("long-names", transition(2567, 2568, "many"), dir, LONG_NAMES),
      await documents("seed003", [grid("ผล ITA", SEED003_ROWS)], dir),
      await documents("2565-2566", transition(2565, 2566, "many"), dir),
      await documents("2567-2568", transition(2567, 2568, "many"), dir),
      await documents("2568-2569", transition(2568, 2569, "many"), dir),
    ];
    const port = String(20000 + (process.pid % 20000));
    const out = execFileSync(
      "/usr/bin/python3",
      [path.join(__dirname, "../../scripts/row-height-oracle.py"), path.join(dir, "profile"), port, ...files],
      { encoding: "utf8", timeout: 600_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const measured = JSON.parse(out) as Measured[];
    // The oracle saw every document of every workbook (so an empty result cannot pass).
    expect(new Set(measured.map((m) => m.file)).size).toBe(files.length);
    expect(measured.length).toBeGreaterThan(2000);
    const short = measured
      .filter((m) => m.written + 0.5 < m.needed)
      .map(
        (m) =>
          `${path.basename(m.file)} “${m.sheet}” row ${m.row}: ${m.written} < ${m.needed} pt “${m.text}”`,
      );
    expect(short).toEqual([]);
  }, 900_000);
});
