import { readFileSync } from "node:fs";
import path from "node:path";
import type { CellValue } from "../../../src/analysis/grid";
import { compareAgencies } from "../../../src/compare/compareAgencies";
import { compareSources } from "../../../src/compare/compareSources";
import { buildCompareSheet } from "../../../src/sheets/buildCompareSheet";
import { DEFAULT_DOC_OPTIONS } from "../../../src/sheets/sheetBuilder";
import type { SheetSpec } from "../../../src/sheets/sheetSpec";
import { grid } from "../../helpers/grid";
import { provincialTable } from "../../helpers/provincialTable";

const texts = (spec: SheetSpec, from = 0) =>
  spec.rows.slice(from).map((r) => r.cells.map((c) => (c.value === null ? "" : String(c.value))).join("|"));
const printed = (spec: SheetSpec) => texts(spec, spec.print.notPrintedRows ?? 0).join("\n");

function p1() {
  const p = JSON.parse(readFileSync(path.join(__dirname, "../../fixtures/published/P-1.json"), "utf8")) as {
    rows: CellValue[][];
  };
  return compareSources([{ file: null, grids: [grid("x", p.rows)] }], { threshold: 85, year: null });
}

describe("the comparison sheet as printed", () => {
  test("what could not be read is a note to the officer above the print area, never printed", () => {
    const t = provincialTable(5, [2568], 3);
    const c = compareSources([{ file: null, grids: [grid("x", t.rows)] }], { threshold: 85, year: null });
    const withBad = compareAgencies(
      c.agencies.map((a) => ({ name: a.name, where: a.where, years: a.years, diagnostics: [] })),
      [
        {
          name: "เสีย",
          file: "เสีย.xlsx",
          where: "เสีย.xlsx",
          id: "error.notWorkbook",
          params: { file: "เสีย.xlsx" },
        },
      ],
      85,
    );
    const spec = buildCompareSheet(withBad, DEFAULT_DOC_OPTIONS);
    expect(spec.print.notPrintedRows).toBe(1);
    expect(texts(spec)[0]).toMatch(/^หมายเหตุถึงผู้จัดทำ \(แถวนี้ไม่พิมพ์\): อ่านไม่ได้: เสีย \(เสีย\.xlsx\)/);
    expect(printed(spec)).not.toMatch(/เสีย/);
  });

  test("only two indicators known: '0 จาก 2', the others said missing; no asterisk legend without an estimate", () => {
    const spec = buildCompareSheet(p1(), DEFAULT_DOC_OPTIONS);
    const text = printed(spec);
    expect(text).toMatch(/\|0 จาก 2\|/);
    expect(text).toMatch(/ข้อมูลที่อ่านไม่มีคะแนนปี 2564 ของตัวชี้วัดที่ 1–8/);
    expect(text).not.toMatch(/ประมาณการ/);
    expect(text).toMatch(/อันดับตามคะแนนรวมปี 2564/);
  });

  test("agencies without the year's total come after the means, under their own heading, with their latest", () => {
    const t = provincialTable(6, [2567, 2568], 8);
    const older = t.rows.filter((r, i) => !(i >= t.firstRow && r[2] === 2568 && (i - t.firstRow) % 4 === 1));
    const c = compareSources([{ file: null, grids: [grid("x", older)] }], { threshold: 85, year: null });
    const rows = texts(buildCompareSheet(c, DEFAULT_DOC_OPTIONS));
    const mean = rows.findIndex((r) => r.startsWith("ค่าเฉลี่ย"));
    const heading = rows.findIndex((r) => r.startsWith("หน่วยงานที่ไม่มีคะแนนรวมปี 2568"));
    expect(mean).toBeGreaterThan(0);
    expect(heading).toBeGreaterThan(mean);
    const unranked = c.agencies.filter((a) => a.rank === null);
    expect(unranked.length).toBeGreaterThan(0);
    for (const a of unranked) {
      const at = rows.findIndex((r) =>
        r.includes(`${a.name} (คะแนนรวมล่าสุดปี 2567: ${a.latest!.total!.toFixed(2)}`),
      );
      expect(at).toBeGreaterThan(heading);
    }
  });
});
