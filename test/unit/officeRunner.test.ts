import type { ExcelContextLike } from "../../src/workbook/excel/excelApi";
import { CellEditError, officeRunner } from "../../src/workbook/excel/officeRunner";
import { FakeExcel } from "../fakes/fakeExcel";

/** A stand-in for Office.js's global `Excel.run`, recording the options it was given. */
function installExcel(fail?: { code: string; message: string }) {
  const calls: unknown[][] = [];
  const fake = new FakeExcel();
  const run = (...args: unknown[]) => {
    calls.push(args.length > 1 ? [args[0]] : []);
    if (fail) return Promise.reject(Object.assign(new Error(fail.message), { code: fail.code }));
    const batch = args.at(-1) as (c: ExcelContextLike) => Promise<unknown>;
    return fake.run(batch);
  };
  Object.assign(globalThis, { Excel: { run } });
  return calls;
}

const noop = async (c: ExcelContextLike) => c.sync();

test("where ExcelApi 1.11 is supported, a batch waits for the officer to leave the cell", async () => {
  const calls = installExcel();
  await officeRunner("th", () => true)(noop);
  expect(calls).toEqual([[{ delayForCellEdit: true }]]);
});

test("without ExcelApi 1.11, a batch refused in cell-edit mode tells the officer what to do", async () => {
  const calls = installExcel({ code: "InvalidOperationInCellEditMode", message: "cell edit mode" });
  const run = officeRunner("th", (_set, version) => version !== "1.11");
  await expect(run(noop)).rejects.toThrow("กด Enter ออกจากเซลล์ที่กำลังแก้ไขแล้วลองอีกครั้ง");
  await expect(run(noop)).rejects.toBeInstanceOf(CellEditError);
  expect(calls[0]).toEqual([]);
  await expect(officeRunner("en", () => false)(noop)).rejects.toThrow(/Press Enter/);
});

test("other errors pass through unchanged", async () => {
  installExcel({ code: "GeneralException", message: "boom" });
  await expect(officeRunner("th", () => true)(noop)).rejects.toThrow("boom");
});
