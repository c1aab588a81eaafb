import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { readGaruda } from "../../src/sheets/garuda";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { ExcelWorkbook } from "../../src/workbook/excel/excelWorkbook";
import { FakeExcel } from "../fakes/fakeExcel";
import { garudaPng } from "../helpers/garudaPng";
import { transition } from "../helpers/yearFixtures";

const garuda = readGaruda(garudaPng(120, 150))!;
const specs = () =>
  runPipeline(
    transition(2567, 2568, "many"),
    DEFAULT_SETTINGS,
    { ...DEFAULT_DOC_OPTIONS, agency: "เทศบาลตำบลตัวอย่าง", garuda },
    "th",
    { documents: ["measuresMemo", "measuresAnnouncement"] },
  ).specs;

describe("the ครุฑ in Excel (shapes.addImage, ExcelApi 1.9)", () => {
  test("placed in points where the spec puts it, in proportion, named for screen readers", async () => {
    const x = new FakeExcel();
    x.addSheet("คะแนน", [["ข้อ", "2567"]]);
    const names = await new ExcelWorkbook(x.run).writeSheets(specs());
    const memo = x.sheet(names[0]!);
    expect(memo.shapes).toEqual([
      {
        bytes: expect.any(Number),
        name: "ตราครุฑ",
        altTextDescription: "ตราครุฑ",
        lockAspectRatio: true,
        top: 2,
        left: 0,
        height: expect.closeTo(42.52, 1),
        width: expect.closeTo(34.02, 1),
      },
    ]);
    // The ประกาศ's is 3 cm high, centred over the columns.
    const [shape] = x.sheet(names[1]!).shapes;
    expect(shape).toMatchObject({ top: 0, height: expect.closeTo(85.04, 1) });
    expect(shape!.left! * 2 + shape!.width!).toBeCloseTo(7 * (11.5 * 7 + 5) * 0.75, 0);
  });

  test("an Excel without ExcelApi 1.9 writes the documents and leaves the ครุฑ's place blank", async () => {
    const x = new FakeExcel();
    x.addSheet("คะแนน", [["ข้อ", "2567"]]);
    const names = await new ExcelWorkbook(x.run, (_, v) => v !== "1.9").writeSheets(specs());
    expect(names).toHaveLength(2);
    expect(names.flatMap((n) => x.sheet(n).shapes)).toEqual([]);
  });
});
