import { analyseGrids } from "../../src/analysis/analyseGrids";
import type { CellValue } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";

const run = (name: string, rows: CellValue[][]) => analyseGrids([grid(name, rows)], DEFAULT_SETTINGS);
const scores = (a: ReturnType<typeof run>) => a.items.map((i) => `${i.code}=${i.score}`);

describe("layouts and code forms of the domain notes", () => {
  test("ตัวชี้วัดที่ 1 ข้อ 12 with no instrument heading: the indicator says IIT, the number is repaired", () => {
    const a = run("ผล", [
      ["รายการ", "2566"],
      ["ตัวชี้วัดที่ 1 ข้อ 12", 93.06],
      ["ตัวชี้วัดที่ 3 ข้อ 13", 88.81],
    ]);
    expect(scores(a)).toEqual(["I2=93.06", "I13=88.81"]);
  });

  test("indicator blocks side by side: ข้อ 12 under ตัวชี้วัดที่ 2 is I12, not repaired as if under indicator 1", () => {
    const a = run("IIT 2565", [
      ["ตัวชี้วัดที่ 1", "2565", "ตัวชี้วัดที่ 2", "2565"],
      ["ข้อ 1", 90, "ข้อ 11", 80],
      ["ข้อ 2", 91, "ข้อ 12", 81],
    ]);
    expect(scores(a)).toEqual(["I1=90", "I2=91", "I11=80", "I12=81"]);
    expect(a.diagnostics.filter((d) => d.id === "ocrRepair")).toEqual([]);
  });

  test("plain numbers under a ข้อ header, the instrument in a heading cell of the header row", () => {
    const a = run("Sheet1", [
      ["IIT", "ข้อคำถาม", "คะแนน 2566", "คะแนน 2567"],
      ["ข้อ", null, null, null],
      [1, "การปฏิบัติงาน", 90, 92],
      [2, "การให้บริการ", 80, "๘๕.๕๐"],
      ["๓", "สินบน", 100, 100],
    ]);
    expect(a.years).toEqual([2566, 2567]);
    expect(scores(a)).toEqual(["I1=92", "I2=85.5", "I3=100"]);
    expect(a.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
  });

  test("ข้อ ๗ inside an IIT table, instrument from a section title, items continue under EIT", () => {
    const a = run("ITA 2567", [
      ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน"],
      ["ข้อ ๗", 94.67],
      ["ข้อ ๘", 95.33],
      ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก"],
      ["ข้อ ๙", 65.43],
      ["ข้อ ๘", 99.51],
    ]);
    expect(scores(a)).toEqual(["I7=94.67", "I8=95.33", "E8=99.51", "E9=65.43"]);
  });

  test("an instrument column beside ข้อ N codes labels each block", () => {
    const a = run("ITA 2567", [
      ["แบบวัด", "ข้อ", "คะแนน 2567"],
      ["IIT", "ข้อ 1", 90],
      ["", "ข้อ 2", 91],
      ["EIT", "ข้อ 1", 80],
      ["", "ข้อ 2", 81],
    ]);
    expect(scores(a)).toEqual(["I1=90", "I2=91", "E1=80", "E2=81"]);
  });

  test("an indicator summary with years down and indicators across, cells named as in the sheet", () => {
    const a = run("สรุป", [
      ["ปี", "ตัวชี้วัดที่ 1", "ตัวชี้วัดที่ 2", "ตัวชี้วัดที่ 3", "คะแนนรวม"],
      ["ITA 2566", 90, 84, 95, 90.1],
      ["ITA 2567", 92, 80.5, 96, 91.2],
    ]);
    expect(a.years).toEqual([2566, 2567]);
    expect(a.indicators.map((i) => [i.number, i.score, i.delta, i.cell])).toEqual([
      [1, 92, 2, "B3"],
      [2, 80.5, -3.5, "C3"],
      [3, 96, 1, "D3"],
    ]);
    expect(a.tables[0]!.range).toEqual({ top: 0, left: 1, bottom: 2, right: 4 });
    expect(a.scoresByYear[1]!.total?.score).toBe(91.2);
  });

  test("OIT items under ตัวชี้วัดย่อยที่ ๙.๔ headings", () => {
    const a = run("OIT 2566", [["ตัวชี้วัดย่อยที่ ๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล"], ["ข้อ ๒๓", 100], ["ข้อ ๒๔", 0]]);
    expect(scores(a)).toEqual(["O23=100", "O24=0"]);
    expect(a.items.find((i) => i.code === "O24")).toMatchObject({
      class: "urgent",
      flagged: true,
      indicator: 9,
    });
  });

  test("indicator names, numbered or not, as summary rows", () => {
    const a = run("สรุป", [
      ["ตัวชี้วัด", "2567", "2568"],
      ["1. การปฏิบัติหน้าที่", 95, 97],
      ["การใช้งบประมาณ", 90, 84],
    ]);
    expect(a.indicators.map((i) => [i.number, i.score, i.delta, i.class])).toEqual([
      [1, 97, 2, "keep"],
      [2, 84, -6, "improve"],
    ]);
  });

  test("a heading row 'IIT | คะแนน 2566' is a heading, not an instrument score", () => {
    const a = run("x", [
      ["IIT", "คะแนน 2566"],
      ["I1", 90],
      ["I2", 91],
      ["IIT", 90.5],
    ]);
    expect(scores(a)).toEqual(["I1=90", "I2=91"]);
    expect(a.scoresByYear[0]!.instruments.get("IIT")).toMatchObject({
      score: 90.5,
      source: "sheet",
      cell: "B4",
    });
  });

  test("2569 OIT (o1–o26) items with codes at the start of the title", () => {
    const a = run("OIT", [
      ["ข้อ", "ผล ITA 2568", "ผล ITA 2569"],
      ["o๑ โครงสร้าง", 100, 100],
      ["o๒๖ รายงานผลการดำเนินการ", null, 0],
    ]);
    expect(a.items.map((i) => [i.code, i.score, i.previous?.code ?? null])).toEqual([
      ["O1", 100, "O1"],
      ["O26", 0, null],
    ]);
  });
});
