import { parseTypedInput } from "../fakes/typedInput";
import type { SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { ExcelWorkbook } from "../../src/workbook/excel/excelWorkbook";
import { FakeExcel } from "../fakes/fakeExcel";
import { fakeFromGrids } from "../fakes/fromGrids";
import { tinySpec } from "../fakes/specs";
import { SAMPLE_DOCUMENTS, SAMPLE_OUTPUT_SHEETS, loadSampleGrids } from "../helpers/sample";

let sampleGrids: SheetGrid[];
beforeAll(async () => {
  sampleGrids = await loadSampleGrids();
});

async function wholeRun(x: FakeExcel, threshold = DEFAULT_SETTINGS.threshold) {
  const wb = new ExcelWorkbook(x.run);
  const grids = await wb.readGrids();
  const { specs } = runPipeline(grids, { ...DEFAULT_SETTINGS, threshold }, DEFAULT_DOC_OPTIONS, "th");
  return wb.writeSheets(specs);
}

describe("what the officer does by hand between two runs", () => {
  test("a generated sheet deleted by hand: its #REF! marker is ignored and removed", async () => {
    const x = fakeFromGrids(sampleGrids);
    await wholeRun(x);
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("มาตรการ ITA 2568").delete();
      await ctx.sync();
    });
    expect(x.names.some((n) => n.value.includes("#REF!"))).toBe(true);
    expect(await wholeRun(x)).toEqual(SAMPLE_DOCUMENTS);
    expect(x.sheets.map((s) => s.name)).toEqual(SAMPLE_OUTPUT_SHEETS);
    expect(x.names).toHaveLength(4); // three markers and the list of what the tool wrote
    expect(x.names.some((n) => n.value.includes("#REF!"))).toBe(false);
  });

  test("a marker name deleted by hand: that sheet becomes the officer's and is left as it is", async () => {
    const x = fakeFromGrids(sampleGrids);
    await wholeRun(x);
    x.names.splice(
      x.names.findIndex((n) => n.name.startsWith("ITAAnalyzer_results")),
      1,
    );
    const before = JSON.stringify([...x.sheet("รายงานผลมาตรการ 2567").cells]);
    const names = await wholeRun(x);
    expect(names[2]).not.toBe("รายงานผลมาตรการ 2567");
    expect(JSON.stringify([...x.sheet("รายงานผลมาตรการ 2567").cells])).toBe(before);
  });
  test("a long text the officer typed in a generated sheet survives the next run, within 409 pt rows", async () => {
    const x = fakeFromGrids(sampleGrids);
    await wholeRun(x);
    const results = x.sheet("รายงานผลมาตรการ 2567");
    const at = (v: string) =>
      [...results.cells]
        .find(([, c]) => c === v)![0]
        .split(",")
        .map(Number);
    const [hr, resultCol] = at("ผลการดำเนินการ") as [number, number];
    const idCol = at("รหัสมาตรการ")[1]!;
    const row = [...results.cells.keys()]
      .map((k) => k.split(",").map(Number) as [number, number])
      .find(([r, c]) => c === idCol && r > hr)![0];
    const long = "ดำเนินการจัดอบรมและเผยแพร่ข้อมูลต่อสาธารณะครบถ้วนตามแผน ".repeat(60);
    results.cells.set(`${row},${resultCol}`, long);
    expect(await wholeRun(x)).toEqual(SAMPLE_DOCUMENTS);
    const after = x.sheet("รายงานผลมาตรการ 2567");
    // A text taller than 409 pt continues in the rows below it, in the same column.
    const column = [...after.cells]
      .map(([k, v]) => ({ at: k.split(",").map(Number), v }))
      .filter(({ at, v }) => at[1] === resultCol && at[0]! > hr && typeof v === "string")
      .sort((a, b) => a.at[0]! - b.at[0]!)
      .map(({ v }) => String(v))
      .join("");
    expect(column.replace(/\s/g, "")).toContain(long.replace(/\s/g, ""));
    expect(Math.max(...after.heights.values())).toBeLessThanOrEqual(409);
  });
});

describe("Excel's limits", () => {
  test("a Thai text-heavy workbook (12 sheets of 19,000 cells) is read in responses under 5 MB", async () => {
    const x = new FakeExcel();
    const text = "หน่วยงานมีการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างประจำปีอย่างครบถ้วน";
    for (let s = 0; s < 12; s++)
      x.addSheet(
        `ข้อมูล ${s}`,
        Array.from({ length: 1900 }, (_, r) => Array.from({ length: 10 }, () => `${text} ${r}`)),
      );
    const grids = await new ExcelWorkbook(x.run).readGrids();
    expect(grids.map((g) => g.rows.length)).toEqual(Array(12).fill(1900));
    expect(x.tracker.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  });

  test("documents of long Thai text are written in requests under 5 MB (UTF-8, not characters)", async () => {
    const x = new FakeExcel();
    x.addSheet("คะแนน", [["x"]]);
    const long = "ก".repeat(30_000);
    const specs = [1, 2, 3].map((i) =>
      tinySpec(
        `ยาว ${i}`,
        Array.from({ length: 40 }, () => [long, "ข้อ", 1]),
      ),
    );
    await new ExcelWorkbook(x.run).writeSheets(specs);
    expect(x.sheet("ยาว 3").cells.get("39,0")).toBe(long);
    expect(x.tracker.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  test("a row taller than Excel's 409 pt (a pass mark of 100, a long edited measure) is written at 409", async () => {
    const x = new FakeExcel();
    x.addSheet("คะแนน", [["x"]]);
    await new ExcelWorkbook(x.run).writeSheets([tinySpec("สูง", [["ก"], ["ข"]], [654, 352])]);
    expect([...x.sheet("สูง").heights.values()]).toEqual([409, 352]);
  });

  test("a pass mark of 100 flags everything and still writes", async () => {
    const x = fakeFromGrids(sampleGrids);
    expect(await wholeRun(x, 100)).toEqual(SAMPLE_DOCUMENTS);
    expect(Math.max(...x.sheets.flatMap((s) => [...s.heights.values()]))).toBeLessThanOrEqual(409);
  });

  test("the formats go on whole blocks: a few hundred actions, not one per cell", async () => {
    const x = fakeFromGrids(sampleGrids);
    await wholeRun(x);
    // Before: 5,949 format actions for the sample's three documents of 619 cells (a style run a row, every
    // border edge of every run); on whole blocks, 404. The documents of issue 10 write 1,055 cells in 970 actions.
    const write = x.tracker.actionsPerSync.slice(3).reduce((a, b) => a + b, 0);
    const generated = x.sheets
      .filter((s) => /^(วิเคราะห์|มาตรการ|รายงานผล)/.test(s.name))
      .reduce((n, s) => n + s.cells.size, 0);
    expect(write).toBeLessThan(generated);
    expect(x.tracker.maxRequestBytes).toBeLessThan(1024 * 1024);
  });

  test("'use selection' on whole columns reads only the used rows", async () => {
    const x = new FakeExcel();
    x.addSheet("ตาราง", [
      ["ข้อ", "2567"],
      ["I1", 90],
    ]);
    x.selection = { sheet: "ตาราง", address: "A:C" };
    const g = await new ExcelWorkbook(x.run).readSelection();
    expect(g?.rows).toEqual([
      ["ข้อ", "2567"],
      ["I1", 90],
    ]);
    expect(x.tracker.cellsLoaded.get("ตาราง")).toBe(4);
  });
});

describe("what is written stays what the document says", () => {
  test("text that looks like a number, date, percentage, TRUE or starts with ' stays text", async () => {
    const x = new FakeExcel();
    x.addSheet("คะแนน", [["x"]]);
    // Mixed fractions, day-month and month-year forms, full-width digits: Excel converts each.
    const converted = [
      "1 1/2",
      "-2 3/4",
      "24-Jan",
      "Jan-24",
      "24 Jan 2024",
      "September 2567",
      "１２３",
      "３.５％",
      "１/２",
    ];
    const texts = [
      "'ข้อความ",
      "85",
      "12%",
      "1/10/2567",
      "TRUE",
      "#N/A",
      "-5",
      "(3)",
      "10:30",
      "ต.ค. 2567",
      ...converted,
    ];
    await new ExcelWorkbook(x.run).writeSheets([
      tinySpec(
        "ข้อความ",
        texts.map((t) => [t]),
      ),
    ]);
    expect(texts.map((_, r) => x.sheet("ข้อความ").cells.get(`${r},0`))).toEqual(texts);
    // The fake converts them as Excel does: without the prefix, none would stay text.
    for (const t of converted) expect([t, typeof parseTypedInput(t) === "string"]).toEqual([t, false]);
  });

  test("the chart has both series when the first indicator has no previous score", async () => {
    const x = new FakeExcel();
    x.addSheet("คะแนน", [["x"]]);
    const spec = tinySpec("กราฟ", [
      ["ตัวชี้วัดที่ 1", null, 90],
      ["ตัวชี้วัดที่ 2", 80, 85],
    ]);
    spec.chart = {
      title: "คะแนน",
      rows: { first: 0, last: 1 },
      series: [
        { name: "2566", col: 1 },
        { name: "2567", col: 2 },
      ],
      anchor: { row: 0, col: 4 },
    };
    await new ExcelWorkbook(x.run).writeSheets([spec]);
    expect(x.sheet("กราฟ").charts[0]!.series).toEqual([
      { name: "2566", values: "B1:B2", xValues: "A1:A2" },
      { name: "2567", values: "C1:C2", xValues: "A1:A2" },
    ]);
  });
});
