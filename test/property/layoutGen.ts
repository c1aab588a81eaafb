/**
 * Generates score layouts with known ground truth: every score an officer typed, with its sheet, cell and
 * value, rendered in the forms officers use (codes, score cells, year headers, stacked blocks, extra
 * columns, one sheet per year, long format). The expected values are the numbers chosen here, never
 * computed by the tool's own parsers.
 */
import fc from "fast-check";
import { a1, type CellRange, type CellValue, type SheetGrid } from "../../src/analysis/grid";
import { toThaiDigits } from "../../src/ita/thaiDigits";

export interface TruthScore {
  sheet: string;
  cell: string;
  labelCell: string;
  code: string;
  year: number;
  score: number;
}

export interface Layout {
  grids: SheetGrid[];
  truth: TruthScore[];
}

type Inst = "IIT" | "EIT" | "OIT";
const LETTER: Record<Inst, string> = { IIT: "I", EIT: "E", OIT: "O" };
const HEADING: Record<Inst, string> = {
  IIT: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
  EIT: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
  OIT: "แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)",
};

/** Item code forms; `heading` forms give only a number and need the block's instrument heading. */
const CODE_FORMS: Array<{ form: (i: Inst, n: number) => string; heading?: boolean }> = [
  { form: (i, n) => `${LETTER[i]}${n}` },
  { form: (i, n) => `${LETTER[i].toLowerCase()}${toThaiDigits(String(n))}` },
  { form: (i, n) => `${LETTER[i]} ${n}` },
  { form: (i, n) => `ข้อ ${LETTER[i]}${n}` },
  { form: (i, n) => `${i} ${n}` },
  { form: (i, n) => `${LETTER[i]}${n} คำถามข้อ ${n}` },
  { form: (i, n) => `${LETTER[i]}-${n}` },
  { form: (i, n) => `(${LETTER[i]}${n})` },
  { form: (i, n) => `[${LETTER[i]}${n}]` },
  { form: (i, n) => `${i}-${String(n).padStart(2, "0")}` },
  { form: (i, n) => `${LETTER[i]}${String(n).padStart(2, "0")}` },
  { form: (i, n) => `${n}. ${LETTER[i]}${n}` },
  { form: (_, n) => `ข้อ ${toThaiDigits(String(n))}`, heading: true },
  { form: (_, n) => `ข้อ ${n}`, heading: true },
];

/** Score cell forms of a value with two decimals. */
const SCORE_FORMS: Array<(v: number) => CellValue> = [
  (v) => v,
  (v) => v,
  (v) => toThaiDigits(v.toFixed(2)),
  (v) => `${v.toFixed(2)} คะแนน`,
  (v) => `ร้อยละ ${v.toFixed(2)}`,
  (v) => v.toFixed(2).replace(".", ","),
  (v) => `${v.toFixed(2)}/100`,
  (v) => `${v}%`,
  (v) => `${v.toFixed(2)} (${v >= 85 ? "ผ่าน" : "ไม่ผ่าน"})`,
];

/** Year header forms for a Buddhist-era year. */
const YEAR_FORMS: Array<(y: number) => string> = [
  (y) => `คะแนน ${y}`,
  (y) => `ปีงบประมาณ ${y}`,
  (y) => `ปี ${toThaiDigits(String(y))}`,
  (y) => `ITA ${y}`,
  (y) => `ITA${y}`,
  (y) => `FY${y - 543}`,
  (y) => `ปีงบ ${y - 2500}`,
  (y) => `ปีงบประมาณ ${y - 2500}`,
  (y) => String(y),
  (y) => `ผลคะแนน ITA ปี ${y}`,
  (y) => `ปีงบประมาณ ${y} (ต.ค. ${y - 1} – ก.ย. ${y})`,
];

/** Year pairs (and a triple) whose item lists are the same both years, so that every older score has a later twin. */
const YEAR_PAIRS: Array<{ years: number[]; counts: Record<Inst, number> }> = [
  { years: [2564, 2565], counts: { IIT: 30, EIT: 15, OIT: 43 } },
  { years: [2563, 2564, 2565], counts: { IIT: 30, EIT: 15, OIT: 43 } },
  { years: [2568, 2569], counts: { IIT: 15, EIT: 9, OIT: 0 } },
  { years: [2567], counts: { IIT: 15, EIT: 9, OIT: 35 } },
];

export interface LayoutChoice {
  pair: number;
  perYearSheets: boolean;
  longFormat: boolean;
  stacked: boolean;
  /** Each instrument's block beside the previous one (one empty column between), each under its own heading. */
  sideBySide: boolean;
  /** Stacked blocks of different widths: every other block has the title column when the others do not. */
  mixedWidths: boolean;
  numbering: boolean;
  titleColumn: boolean;
  respondents: boolean;
  topRows: number;
  yearForm: number;
  /** The year merged over two header cells: "คะแนนเต็ม | คะแนนที่ได้" or "จำนวนผู้ตอบ | คะแนน". */
  yearOver: "none" | "fullScore" | "respondents";
  /** EIT under "EIT (EP)" and "EIT (ES)" headings, plain E-codes below each. */
  channels: boolean;
  scoreLeft: boolean;
  notes: boolean;
  /** Sheets that hold no scores: a staff list, an OIT progress tracker, a budget. Nothing may come from them. */
  noise: Array<"staff" | "tracker" | "budget">;
  blocks: Array<{ inst: Inst; from: number; count: number; codeForm: number }>;
  scoreForms: number[];
  values: number[];
}

export const layoutChoice: fc.Arbitrary<LayoutChoice> = fc.record({
  pair: fc.integer({ min: 0, max: YEAR_PAIRS.length - 1 }),
  perYearSheets: fc.boolean(),
  longFormat: fc.oneof(
    { weight: 1, arbitrary: fc.constant(true) },
    { weight: 6, arbitrary: fc.constant(false) },
  ),
  stacked: fc.boolean(),
  sideBySide: fc.oneof(
    { weight: 1, arbitrary: fc.constant(true) },
    { weight: 3, arbitrary: fc.constant(false) },
  ),
  mixedWidths: fc.boolean(),
  numbering: fc.boolean(),
  titleColumn: fc.boolean(),
  respondents: fc.boolean(),
  topRows: fc.integer({ min: 0, max: 3 }),
  yearForm: fc.integer({ min: 0, max: YEAR_FORMS.length - 1 }),
  yearOver: fc.constantFrom<LayoutChoice["yearOver"]>("none", "none", "fullScore", "respondents"),
  channels: fc.boolean(),
  scoreLeft: fc.oneof(
    { weight: 1, arbitrary: fc.constant(true) },
    { weight: 5, arbitrary: fc.constant(false) },
  ),
  notes: fc.boolean(),
  noise: fc.subarray<"staff" | "tracker" | "budget">(["staff", "tracker", "budget"]),
  blocks: fc.array(
    fc.record({
      inst: fc.constantFrom<Inst>("IIT", "EIT", "OIT"),
      from: fc.integer({ min: 1, max: 9 }),
      count: fc.integer({ min: 1, max: 6 }),
      codeForm: fc.integer({ min: 0, max: CODE_FORMS.length - 1 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  scoreForms: fc.array(fc.integer({ min: 0, max: SCORE_FORMS.length - 1 }), { minLength: 1, maxLength: 3 }),
  values: fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 40, maxLength: 40 }),
});

/** Builds the workbook of one choice, and the truth: every score cell with the value it stands for. */
export function buildLayout(c: LayoutChoice): Layout {
  const { years, counts } = YEAR_PAIRS[c.pair]!;
  const truth: TruthScore[] = [];
  const seen = new Set<string>();
  let k = 0;
  const value = () => c.values[k++ % c.values.length]! / 100;
  const blocks = c.blocks
    .map((b) => ({ ...b, count: Math.min(b.count, counts[b.inst] - b.from + 1) }))
    .filter((b) => b.count > 0 && !seen.has(b.inst) && (seen.add(b.inst), true));
  const sheets = c.perYearSheets ? years.map((y) => [y]) : [years];
  const grids = sheets.map((sheetYears, s) => {
    const name = c.perYearSheets ? `ITA ${sheetYears[0]}` : `ผล ITA ${s + 1}`;
    const top: CellValue[][] = [];
    for (let t = 0; t < c.topRows; t++) top.push(t === 0 ? ["ผลการประเมิน ITA องค์การบริหารส่วนตำบล"] : []);
    const parts = c.sideBySide
      ? blocks.map((b, bi) => tablePart(c, sheetYears, [[b, bi]], true, value))
      : [
          tablePart(
            c,
            sheetYears,
            blocks.map((b, bi) => [b, bi] as const),
            c.stacked,
            value,
          ),
        ];
    // Side by side: each part starts one empty column after the widest row of the part before it.
    const rows: CellValue[][] = [...top];
    const merges: CellRange[] = [];
    let left = 0;
    for (const part of parts) {
      part.rows.forEach((row, r) => {
        const line = (rows[top.length + r] ??= []);
        while (line.length < left) line.push(null);
        line.push(...row);
      });
      for (const m of part.merges)
        merges.push({
          top: m.top + top.length,
          left: m.left + left,
          bottom: m.bottom + top.length,
          right: m.right + left,
        });
      for (const t of part.truth)
        truth.push({
          sheet: name,
          cell: a1(t.r + top.length, t.col + left),
          labelCell: a1(t.r + top.length, t.codeCol + left),
          code: t.code,
          year: t.year,
          score: t.score,
        });
      left += Math.max(0, ...part.rows.map((row) => row.length)) + 1;
    }
    return { name, rows, top: 0, left: 0, merges };
  });
  return { grids: [...grids, ...c.noise.map((kind) => NOISE[kind](years[years.length - 1]!))], truth };
}

interface PartTruth {
  r: number;
  col: number;
  codeCol: number;
  code: string;
  year: number;
  score: number;
}

type Block = LayoutChoice["blocks"][number];

/** One table of blocks (one under the other), in its own coordinates from A1, with the truth of its scores. */
function tablePart(
  c: LayoutChoice,
  sheetYears: number[],
  blocks: ReadonlyArray<readonly [Block, number]>,
  stacked: boolean,
  value: () => number,
): { rows: CellValue[][]; merges: CellRange[]; truth: PartTruth[] } {
  const rows: CellValue[][] = [];
  const merges: CellRange[] = [];
  const truth: PartTruth[] = [];
  const over = c.yearOver !== "none" && !c.longFormat;
  const yearCols = (y: number): CellValue[] =>
    over ? [YEAR_FORMS[c.yearForm]!(y), null] : [c.perYearSheets ? "คะแนน" : YEAR_FORMS[c.yearForm]!(y)];
  const header = (titled: boolean): void => {
    const lead: CellValue[] = [];
    if (c.numbering) lead.push("ลำดับ");
    const labels: CellValue[] = ["ข้อ"];
    if (titled) labels.push("ประเด็นการประเมิน");
    if (c.respondents) labels.push("จำนวนผู้ตอบ");
    const scores: CellValue[] = c.longFormat ? ["ปีงบประมาณ", "คะแนน"] : sheetYears.flatMap(yearCols);
    const h = c.scoreLeft ? [...lead, ...scores, ...labels] : [...lead, ...labels, ...scores];
    if (c.notes) h.push("หมายเหตุ");
    const r = rows.length;
    rows.push(h);
    if (!over) return;
    const first = h.indexOf(scores[0]!);
    const sub: CellValue[] = h.map(() => null);
    sheetYears.forEach((_, i) => {
      merges.push({ top: r, left: first + 2 * i, bottom: r, right: first + 2 * i + 1 });
      sub[first + 2 * i] = c.yearOver === "fullScore" ? "คะแนนเต็ม" : "จำนวนผู้ตอบ";
      sub[first + 2 * i + 1] = c.yearOver === "fullScore" ? "คะแนนที่ได้" : "คะแนน";
    });
    rows.push(sub);
  };
  if (!stacked) header(c.titleColumn);
  for (const [b, bi] of blocks) {
    // Only a block with its own header row can have its own width.
    const titled = stacked && c.mixedWidths && bi % 2 === 1 ? !c.titleColumn : c.titleColumn;
    const form = CODE_FORMS[b.codeForm]!;
    const channel = b.inst === "EIT" && c.channels ? (bi % 2 === 0 ? "EP" : "ES") : null;
    if (channel) rows.push([`EIT (${channel})`]);
    else if (stacked || form.heading) rows.push([HEADING[b.inst]]);
    if (stacked) header(titled);
    for (let n = b.from; n < b.from + b.count; n++) {
      const code = `${channel ?? LETTER[b.inst]}${n}`;
      const lines = c.longFormat ? sheetYears.map((y) => [y]) : [sheetYears];
      for (const lineYears of lines) {
        const r = rows.length;
        const lead: CellValue[] = c.numbering ? [r + 1] : [];
        const labels: CellValue[] = [form.form(b.inst, n)];
        if (titled) labels.push(`คำถามของข้อ ${code}`);
        if (c.respondents) labels.push(20 + n);
        const scores: { v: number; shown: CellValue; y: number }[] = lineYears.map((y) => {
          const v = value();
          return { v, y, shown: SCORE_FORMS[c.scoreForms[(n + bi) % c.scoreForms.length]!]!(v) };
        });
        const scoreCells: CellValue[] = [
          ...(c.longFormat ? [lineYears[0]!] : []),
          ...scores.flatMap((x) => (over ? [c.yearOver === "fullScore" ? 100 : 30 + n, x.shown] : [x.shown])),
        ];
        const row = c.scoreLeft ? [...lead, ...scoreCells, ...labels] : [...lead, ...labels, ...scoreCells];
        if (c.notes) row.push(n % 3 === 0 ? "ต้องปรับปรุง" : null);
        const codeCol = c.scoreLeft ? lead.length + scoreCells.length : lead.length;
        const firstScore = (c.scoreLeft ? lead.length : lead.length + labels.length) + (c.longFormat ? 1 : 0);
        scores.forEach((x, i) =>
          truth.push({ r, col: firstScore + (over ? 2 * i + 1 : i), codeCol, code, year: x.y, score: x.v }),
        );
        rows.push(row);
      }
    }
    if (stacked) rows.push([]);
  }
  return { rows, merges, truth };
}

/** Tables officers keep beside their scores that hold none: never read as scores. */
const NOISE: Record<"staff" | "tracker" | "budget", (year: number) => SheetGrid> = {
  staff: (y) =>
    sheet(`บุคลากร ${y}`, [
      ["รหัสพนักงาน", "ชื่อ-สกุล", "ตำแหน่ง", "อายุ"],
      ...[1, 2, 3, 4].map((n) => [`E0${n}`, `ชื่อ ${n}`, "นักจัดการงานทั่วไป", 30 + 7 * n]),
    ]),
  tracker: (y) =>
    sheet(`OIT ${y}`, [
      ["ข้อ", "รายการ", "% ดำเนินการ", "ผู้รับผิดชอบ"],
      ...[1, 2, 3, 4].map((n) => [`O${n}`, `ข้อมูล ${n}`, 25 * n, "สำนักปลัด"]),
    ]),
  budget: (y) =>
    sheet("งบประมาณ", [
      ["รายการ", String(y - 1), String(y)],
      ["งบบุคลากร", 2_100_000, 2_300_000],
      ["งบลงทุน", 850_000, 900_000],
    ]),
};

function sheet(name: string, rows: CellValue[][]): SheetGrid {
  return { name, rows, top: 0, left: 0 };
}
