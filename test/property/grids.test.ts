import fc from "fast-check";
import { analyseGrids } from "../../src/analysis/analyseGrids";
import { type CellValue, type SheetGrid, parseA1, parseRangeA1 } from "../../src/analysis/grid";
import { MESSAGES } from "../../src/analysis/messages";
import { parseScore } from "../../src/analysis/parseScore";
import { toReport } from "../../src/analysis/report";
import { round2 } from "../../src/analysis/round";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";

const pool: CellValue[] = [
  "I1",
  "I2",
  "i๓",
  "I 13",
  "I30",
  "I31",
  "o๒๔",
  "O1",
  "O43",
  "๐๑๑",
  "EP ๑๐",
  "ES2",
  "e9",
  "ข้อ ๗",
  "ข้อ 12",
  "ตัวชี้วัดที่ 1 ข้อ 12",
  "ตัวชี้วัดที่ ๓",
  "หัวข้อที่ 8",
  "การเปิดเผยข้อมูล",
  "IIT",
  "EIT",
  "OIT",
  "คะแนนรวม",
  "แบบวัด (EIT Survey)",
  "2566",
  "ปี ๒๕๖๗",
  "คะแนน 2568",
  "ITA 2565",
  "2024",
  "คะแนน",
  "ผลต่าง",
  "เป้าหมาย",
  "2566-2567",
  "-",
  "N/A",
  "#DIV/0!",
  "๙๘.๐๖",
  "85.5 คะแนน",
  "",
  " ",
  "=SUM(A1)",
  "🙂",
  "ข้อความ",
  { error: "#REF!" },
  { date: "2024-01-01T00:00:00.000Z" },
  true,
  false,
  null,
  null,
  null,
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...pool) },
  { weight: 4, arbitrary: fc.double({ min: -10, max: 130, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2560, max: 2570 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant(1e9) },
);

const sheet: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.constantFrom("2566", "ITA 2567", "Sheet1", "IIT ปี 2568", "งบประมาณ", "EIT"),
  rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 16 }),
  top: fc.constant(0),
  left: fc.constant(0),
});

const workbook = fc.uniqueArray(sheet, { maxLength: 4, selector: (s) => s.name });

function at(grids: SheetGrid[], sheetName: string, address: string): CellValue {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const g = grids.find((s) => s.name === sheetName)!;
  return g.rows[Number(m[2]) - 1]?.[col] ?? null;
}

function inRange(range: string, cell: string): boolean {
  const r = parseRangeA1(range);
  const c = parseA1(cell);
  return !!r && !!c && c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right;
}

describe("properties over random grids", () => {
  test("recognising and analysing never throws and always gives a well-formed report", () => {
    fc.assert(
      fc.property(workbook, fc.integer({ min: 0, max: 100 }), (grids, threshold) => {
        const a = analyseGrids(grids, { ...DEFAULT_SETTINGS, threshold });
        const r = toReport(a, "th");
        expect(r.schema).toBe("ita-analysis/1");
        expect([...r.years].sort((x, y) => x - y)).toEqual(r.years);
        for (const i of r.items) expect(i.flagged).toBe(i.score < threshold);
        for (const d of a.diagnostics) {
          const template = MESSAGES[d.id];
          expect(template).toBeDefined();
          for (const [, key] of template!.th.matchAll(/\{(\w+)\}/g)) expect(d.params).toHaveProperty(key!);
        }
        expect(r.diagnostics).toHaveLength(a.diagnostics.length);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 3000) },
    );
  });

  test("every number reported comes from a cell the report points to", () => {
    fc.assert(
      fc.property(workbook, (grids) => {
        const a = analyseGrids(grids, DEFAULT_SETTINGS);
        // A column of fractions is read ×100 by a rule the report names (fractionColumn, with its range).
        const fractions = a.diagnostics.filter((d) => d.id === "fractionColumn");
        const scaleAt = (sheetName: string, cellAddress: string) =>
          fractions.some((d) => d.sheet === sheetName && inRange(String(d.params.range), cellAddress))
            ? 100
            : 1;
        const same = (sheetName: string, cellAddress: string, score: number) => {
          const read = parseScore(at(grids, sheetName, cellAddress));
          const scale = scaleAt(sheetName, cellAddress);
          const value = (n: number) => round2(scale === 1 ? n : Number((n * scale).toPrecision(12)));
          // Scores are rounded to 2 decimals once, on reading (issue 9 §4).
          expect(read.kind === "score" ? { kind: read.kind, value: value(read.value) } : read).toEqual({
            kind: "score",
            value: score,
          });
        };
        for (const i of a.items) {
          same(i.sheet, i.cell, i.score);
          if (i.previous) same(i.previous.sheet, i.previous.cell, i.previous.score);
        }
        for (const y of a.scoresByYear) {
          for (const s of [...y.indicators.values(), ...y.instruments.values()])
            if (s.source === "sheet") same(s.sheet!, s.cell!, s.score);
        }
        for (const d of a.diagnostics)
          if (d.cell !== null) expect(grids.some((g) => g.name === d.sheet)).toBe(true);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 3000) },
    );
  });
});
