import {
  PAGE_FILL,
  PAGE_MARGINS,
  columnWidthPoints,
  pageBreaks,
  printScale,
} from "../../src/sheets/pageBreaks";
import { DEFAULT_DOC_OPTIONS, SheetBuilder } from "../../src/sheets/sheetBuilder";
import type { SheetSpec } from "../../src/sheets/sheetSpec";
import { signaturePair } from "../../src/sheets/signature";

/** A landscape A4 page's printable height at scale 1, in points: filled whole (no printer's scale to allow for). */
const PAGE = 595.28 - (PAGE_MARGINS.top + PAGE_MARGINS.bottom) * 72;

function spec(heights: number[], print: Partial<SheetSpec["print"]> = {}, columns = [20, 20]): SheetSpec {
  return {
    kind: "measures",
    name: "x",
    font: { name: "TH SarabunPSK", size: 16 },
    columns,
    rows: heights.map((height, i) => ({ cells: [{ value: `row ${i}` }], height })),
    merges: [],
    print: { orientation: "landscape", fitToWidth: true, ...print },
  };
}

/** The printed height of each page the breaks make (the repeated header counted on every page but the first). */
function pageHeights(s: SheetSpec): number[] {
  const starts = [s.print.notPrintedRows ?? 0, ...pageBreaks(s), s.rows.length];
  const repeat = s.print.repeatRows;
  const header = repeat ? s.rows.slice(repeat.first, repeat.last + 1).reduce((a, r) => a + r.height!, 0) : 0;
  return starts.slice(1).map((end, k) => {
    const rows = s.rows.slice(starts[k], end).reduce((a, r) => a + r.height!, 0);
    return rows + (k > 0 && repeat ? header : 0);
  });
}

describe("pageBreaks: where each printed page ends", () => {
  test("pages are filled to the page height and never past it", () => {
    const s = spec(Array.from({ length: 60 }, (_, i) => 20 + (i % 7) * 9));
    const heights = pageHeights(s);
    expect(heights.length).toBeGreaterThan(3);
    for (const h of heights) expect(h).toBeLessThanOrEqual(PAGE);
    // Each page but the last is full: the next row would not have fitted.
    const starts = pageBreaks(s);
    heights.slice(0, -1).forEach((h, k) => expect(h + s.rows[starts[k]!]!.height!).toBeGreaterThan(PAGE));
  });

  test("a heading that would end a page goes to the next page with its row", () => {
    const rows = [200, 200, 60, 100, 30];
    expect(pageBreaks(spec(rows))).toEqual([3]);
    expect(pageBreaks(spec(rows, { keepWithNext: [2] }))).toEqual([2]);
    // A chain of headings moves together; the page keeps at least one row.
    expect(pageBreaks(spec([200, 200, 30, 30, 200], { keepWithNext: [1, 2, 3] }))).toEqual([1]);
    expect(pageBreaks(spec([400, 80, 200], { keepWithNext: [0, 1] }))).toEqual([1]);
  });

  test("the header printed on every page takes room on every page after the first", () => {
    const rows = [40, ...Array.from({ length: 60 }, () => 30)];
    const plain = pageBreaks(spec(rows));
    const repeated = spec(rows, { repeatRows: { first: 0, last: 0 } });
    expect(pageBreaks(repeated).length).toBeGreaterThanOrEqual(plain.length);
    for (const h of pageHeights(repeated)) expect(h).toBeLessThanOrEqual(PAGE);
    expect(pageBreaks(repeated)[1]! - pageBreaks(repeated)[0]!).toBe(Math.floor((PAGE - 40) / 30));
  });

  test("notes above the print area are not on any page", () => {
    expect(pageBreaks(spec([300, 300, 150, 200], { notPrintedRows: 1 }))).toEqual([3]);
    expect(pageBreaks(spec([300, 300, 150, 200]))).toEqual([1, 3]);
  });

  test("a table wider than the page is scaled down to fit, in whole percent, and more rows fit on a page", () => {
    const printable = 841.89 - (PAGE_MARGINS.left + PAGE_MARGINS.right) * 72;
    expect(printScale(spec([], {}, [40, 40]))).toBe(1);
    const wide = [60, 60, 60];
    const width = wide.reduce((a, w) => a + columnWidthPoints(w), 0);
    expect(printScale(spec([], {}, wide))).toBe(Math.floor((100 * printable) / width) / 100);
    expect(printScale(spec([], { fitToWidth: false }, wide))).toBe(1);
    // Hidden columns do not print and do not shrink the page.
    expect(printScale({ ...spec([], {}, wide), hiddenColumns: [1, 2] })).toBe(1);
    const rows = Array.from({ length: 40 }, () => 30);
    expect(pageBreaks(spec(rows, {}, wide))[0]).toBeGreaterThan(pageBreaks(spec(rows))[0]!);
    // Scaled, the page leaves room for the printer's own scale (LibreOffice's is up to 3% smaller than Excel's).
    const scale = printScale(spec([], {}, wide));
    expect(pageBreaks(spec(rows, {}, wide))[0]).toBe(Math.floor((PAGE * PAGE_FILL) / scale / 30));
    expect(columnWidthPoints(20)).toBe(108.75);
  });

  test("portrait pages are taller", () => {
    const rows = Array.from({ length: 40 }, () => 30);
    expect(pageBreaks(spec(rows, { orientation: "portrait", fitToWidth: false }))[0]).toBe(
      Math.floor((841.89 - 86.4) / 30),
    );
  });
});

describe("SheetBuilder: headings, header rows and signatures keep with what follows", () => {
  test("sections, header rows and the rows above a signature are kept with the next row; breaks are in the spec", () => {
    const b = new SheetBuilder([30, 30], DEFAULT_DOC_OPTIONS);
    b.title("ชื่อเอกสาร");
    const header = b.header(["ก", "ข"]);
    const section = b.section("ประเด็นที่ 1");
    const sub = b.subHeader([{ value: "ข้อ" }, { value: "คะแนน" }]);
    for (let i = 0; i < 40; i++) b.row([{ value: `แถว ${i}` }, { value: i }]);
    const last = b.rowCount - 1;
    signaturePair(b, 2, { role: "ผู้จัดทำ", name: "", position: "" }, { role: "ผู้อนุมัติ", name: "", position: "" });
    const s = b.build("measures", "x");
    expect(s.print.keepWithNext).toEqual([header, section, sub, last, last + 1, last + 2, last + 3]);
    expect(b.rowCount).toBe(last + 5);
    expect(s.print.rowBreaks).toEqual(pageBreaks(s));
    expect(s.print.rowBreaks!.length).toBeGreaterThan(0);
  });

  test("a short document has no breaks and no keep list it does not need", () => {
    const b = new SheetBuilder([30], DEFAULT_DOC_OPTIONS);
    b.row([{ value: "หนึ่ง" }]);
    const s = b.build("analysis", "x");
    expect(s.print.rowBreaks).toBeUndefined();
    expect(s.print.keepWithNext).toBeUndefined();
  });
});

describe("an entry written over continuation rows (a measure taller than a row)", () => {
  const steps = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `${i + 1}) จัดทำและเผยแพร่ข้อมูลการดำเนินงานของหน่วยงานให้ครบถ้วนและเป็นปัจจุบัน`,
    ).join("\n");
  // Three short measures, then the long one: its first row fits under them, its last does not.
  const build = (lines: number) => {
    const b = new SheetBuilder([20, 60], DEFAULT_DOC_OPTIONS);
    b.header(["มาตรการ", "ขั้นตอน"]);
    for (let i = 0; i < 3; i++) b.row([{ value: `มาตรการ ${i}` }, { value: "ขั้นตอนเดียว" }]);
    const first = b.rowCount;
    b.row([{ value: "มาตรการยาว" }, { value: steps(lines) }]);
    return { spec: b.build("measures", "x"), first, last: b.rowCount - 1 };
  };

  test("goes whole to the next page when a page holds it, instead of parting its title from its steps", () => {
    const { spec: s, first, last } = build(8);
    expect(last).toBeGreaterThan(first);
    const breaks = s.print.rowBreaks ?? [];
    expect(breaks.some((b) => b > first && b <= last)).toBe(false);
    expect(pageHeights(s).every((h) => h <= PAGE / printScale(s) + 0.01)).toBe(true);
  });

  test("one taller than a page fills pages as they come", () => {
    const { spec: s, first, last } = build(40);
    const breaks = s.print.rowBreaks ?? [];
    expect(breaks.some((b) => b > first && b <= last)).toBe(true);
    expect(pageHeights(s).every((h) => h <= PAGE / printScale(s) + 0.01)).toBe(true);
  });
});
