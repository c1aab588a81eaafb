/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import type { CellValue, SheetGrid } from "../../src/analysis/grid";
import { grid } from "../helpers/grid";
import { host, openSection, show } from "./paneHelpers";

beforeEach(() => localStorage.clear());

const ITEMS: CellValue[][] = [
  ["ข้อ", "คะแนน 2567"],
  ...Array.from({ length: 24 }, (_, i): CellValue[] => [`O${i + 1}`, 90 + (i % 5)]),
];
const sheet = grid("OIT", ITEMS);

async function selectAndUse(workbook: SheetGrid[], selection: SheetGrid | null, listed = false) {
  show(host(workbook, { readSelection: async () => selection }));
  // A workbook with tables lists them in a folded section; an empty one offers the button on its first screen.
  if (listed) await openSection(/ข้อมูลที่ใช้/);
  const button = await screen.findByRole("button", { name: "ใช้ตารางที่เลือก" });
  fireEvent.click(button);
  return (await screen.findByTestId("selection-note")).textContent;
}

describe("use the selected table", () => {
  test("a table already found is not added twice", async () => {
    const note = await selectAndUse([sheet], { ...sheet, rows: ITEMS.slice(0, 10) }, true);
    expect(note).toBe("ตารางนี้อยู่ในรายการแล้ว (OIT!A2:B25)");
    expect(screen.queryByText(/ซ้ำ|appears twice/)).toBeNull();
  });

  test("a selection without codes or scores says so", async () => {
    const note = await selectAndUse(
      [grid("Sheet1", [])],
      grid("Sheet1", [
        ["ชื่อ", "ที่อยู่"],
        ["ก", "ข"],
      ]),
    );
    expect(note).toBe("ส่วนที่เลือกไม่มีรหัสข้อหรือคะแนน — เลือกทั้งตารางรวมหัวคอลัมน์แล้วลองอีกครั้ง");
  });

  test("a new table is added and counted", async () => {
    const elsewhere = grid("Sheet2", [["บันทึก"]]);
    const note = await selectAndUse([elsewhere], { ...sheet, name: "Sheet2", top: 3, left: 2 });
    expect(note).toBe("เพิ่มแล้ว: 24 ข้อ ปี 2567");
    expect((await screen.findByTestId("latest-year")).textContent).toBe("2567");
  });
});
