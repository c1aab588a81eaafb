import type { CellValue } from "../../src/analysis/grid";
import { analyseGrids } from "../../src/analysis/analyseGrids";
import { FIRST_YEAR, LAST_YEAR } from "../../src/ita/catalog";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";

const table = (year: number): CellValue[][] => [
  ["ข้อ", `คะแนน ${year}`],
  ["I1", 90],
  ["I2", 80],
];
const yearNotes = (year: number) =>
  analyseGrids([grid("ITA", table(year))], DEFAULT_SETTINGS)
    .diagnostics.filter((d) => ["laterYear", "unknownYear", "yearBeforeFramework"].includes(d.id))
    .map((d) => ({ id: d.id, cell: d.cell, params: d.params }));

describe("resolveItems: years outside the catalogue are said once, at the first label", () => {
  test("a year after the catalogue's last is read with the last year's framework, and said", () => {
    expect(yearNotes(LAST_YEAR + 1)).toEqual([
      { id: "laterYear", cell: "A2", params: { year: LAST_YEAR + 1, used: LAST_YEAR } },
    ]);
  });

  test("a year before the catalogue's first is another framework: said once, and not read", () => {
    expect(yearNotes(FIRST_YEAR - 1)).toEqual([
      { id: "yearBeforeFramework", cell: "B2", params: { years: String(FIRST_YEAR - 1), first: FIRST_YEAR } },
    ]);
  });

  test("the catalogue's own first and last years are not flagged", () => {
    expect([...yearNotes(FIRST_YEAR), ...yearNotes(LAST_YEAR)]).toEqual([]);
  });
});
