import { DEFAULT_DOC_OPTIONS, SheetBuilder, formatNumber } from "../../src/sheets/sheetBuilder";
import { MAX_ROW_HEIGHT } from "../../src/sheets/textHeight";
import { NUMBER, TEXT } from "../../src/sheets/styles";

describe("SheetBuilder", () => {
  const steps = Array.from(
    { length: 60 },
    (_, i) => `${i + 1}) ขั้นตอนที่ ${i + 1} ของมาตรการที่ต้องดำเนินการให้ครบถ้วนตามกำหนด`,
  ).join("\n");

  test("a row taller than 409 pt goes on in continuation rows; the text is all there, other values once", () => {
    const b = new SheetBuilder([30, 10, 12], DEFAULT_DOC_OPTIONS, 2);
    b.row([
      { value: steps, style: TEXT },
      { value: 84.8, style: NUMBER },
      { value: "2568.I1.oit", style: TEXT },
    ]);
    const spec = b.build("measures", "x");
    expect(spec.rows.length).toBeGreaterThan(1);
    for (const r of spec.rows) expect(r.height).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    expect(spec.rows.map((r) => r.cells[0]!.value).join("\n")).toBe(steps);
    expect(spec.rows.map((r) => r.cells[1]!.value)).toEqual([84.8, ...spec.rows.slice(1).map(() => null)]);
    expect(spec.rows.filter((r) => r.cells[2]!.value === "2568.I1.oit")).toHaveLength(1);
    // The score's cell is one cell down the whole block; the continued text is not merged.
    expect(spec.merges).toEqual([{ top: 0, left: 1, bottom: spec.rows.length - 1, right: 1 }]);
  });

  test("a cell spanning columns and not continued is one merged block across the continuation rows", () => {
    const b = new SheetBuilder([30, 10, 10, 12], DEFAULT_DOC_OPTIONS, 3);
    b.row([
      { value: steps, style: TEXT },
      { value: "ผลการดำเนินการ", style: TEXT, span: 2 },
      { value: "id", style: TEXT },
    ]);
    const spec = b.build("results", "x");
    expect(spec.rows.length).toBeGreaterThan(1);
    expect(spec.merges).toEqual([{ top: 0, left: 1, bottom: spec.rows.length - 1, right: 2 }]);
  });

  test("a long line across the table is split the same way", () => {
    const b = new SheetBuilder([20, 20], DEFAULT_DOC_OPTIONS);
    const text = Array.from({ length: 400 }, () => "ข้อความยาว").join(" ");
    b.line(text);
    const spec = b.build("measuresMemo", "x", "portrait");
    expect(spec.rows.length).toBeGreaterThan(1);
    for (const r of spec.rows) expect(r.height).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    expect(spec.rows.map((r) => r.cells[0]!.value).join(" ")).toBe(text);
    expect(spec.merges).toHaveLength(spec.rows.length);
  });

  test("with Thai digits numbers print as Thai-digit text in their format; hidden columns keep Arabic digits", () => {
    const b = new SheetBuilder([10, 10, 10], { ...DEFAULT_DOC_OPTIONS, thaiDigits: true }, 2);
    b.row([
      { value: 84.8, style: NUMBER },
      { value: "ปี 2568", style: TEXT },
      { value: "2568.I1.oit", style: TEXT },
    ]);
    expect(
      b
        .build("analysis", "x")
        .rows[0]!.cells.map((c) => c.value)
        .slice(0, -1),
    ).toEqual(["๘๔.๘๐", "ปี ๒๕๖๘", "2568.I1.oit"]);
    expect([
      formatNumber(4.01, "+0.00;-0.00;0.00"),
      formatNumber(-0.5, "+0.00;-0.00;0.00"),
      formatNumber(0, "+0.00;-0.00;0.00"),
    ]).toEqual(["+4.01", "-0.50", "0.00"]);
  });
});
