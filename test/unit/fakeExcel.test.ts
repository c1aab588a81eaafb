import { FakeExcel } from "../fakes/fakeExcel";
import { parseTypedInput } from "../fakes/typedInput";

/** The fake must behave like Excel's batches, or the adapter's tests prove nothing about Excel. */
describe("the fake Excel keeps Excel's batch rules", () => {
  test("actions queue until sync; errors surface at sync, not at the call", async () => {
    const x = new FakeExcel();
    x.addSheet("a", [[1]]);
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("a").getRange("B1").values = [["x"]];
      expect(x.sheet("a").cells.get("0,1")).toBeUndefined();
      const missing = ctx.workbook.worksheets.getItem("nope");
      expect(() => missing.getRange("A1")).not.toThrow();
      missing.getRange("A1").values = [[1]];
      await expect(ctx.sync()).rejects.toThrow(/ItemNotFound/);
    });
    // The action before the failing one stays applied: Excel does not roll a batch back.
    expect(x.sheet("a").cells.get("0,1")).toBe("x");
  });

  test("deleting a sheet turns the names that point to it into #REF!", async () => {
    const x = new FakeExcel();
    x.addSheet("keep");
    x.addSheet("gone");
    x.names.push({ name: "ITAAnalyzer_analysis_1", value: "='gone'!$A$1" });
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("gone").delete();
      await ctx.sync();
    });
    expect(x.names).toEqual([{ name: "ITAAnalyzer_analysis_1", value: "=#REF!$A$1" }]);
  });

  test("row heights over 409 pt, requests over 5 MB and reads over 5,000,000 cells are refused", async () => {
    const x = new FakeExcel();
    x.addSheet("a", [[1]]);
    await x.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("a");
      ws.getRange("A1").format.rowHeight = 410;
      await expect(ctx.sync()).rejects.toThrow(/row height 410/);
      ws.getRange("A1:A2").values = [["ก".repeat(1_000_000)], ["ข".repeat(800_000)]];
      await expect(ctx.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
      ws.getRange("A:E").load("values");
      await expect(ctx.sync()).rejects.toThrow(/more than one read may return/);
    });
    expect(x.sheet("a").heights.size).toBe(0);
  });

  test.each([
    ["'quoted", "quoted"],
    ["85", 85],
    ["1,234.5", 1234.5],
    ["12%", 0.12],
    ["(7)", -7],
    ["TRUE", true],
    ["#N/A", { error: "#N/A" }],
    ["=A1", { formula: "=A1" }],
    ["1/2/2026", 46024],
    ["ผลการดำเนินการ 85", "ผลการดำเนินการ 85"],
  ])("a value %p written as text is stored as Excel parses typed input: %p", (typed, stored) => {
    expect(parseTypedInput(typed)).toEqual(stored);
  });
});
