/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CellValue } from "../../src/analysis/grid";
import { grid } from "../helpers/grid";
import { host, show } from "./paneHelpers";

beforeEach(() => localStorage.clear());

const YEARLESS: CellValue[][] = [
  ["ข้อ", "คะแนน"],
  ["I1", 80],
  ["I2", 98],
  ["O1", 100],
];

async function typeYear(year: string) {
  const field = await screen.findByLabelText(/ปีที่ประเมินของตาราง/);
  fireEvent.change(field, { target: { value: year } });
  fireEvent.click(screen.getByRole("button", { name: "ใช้ปีนี้" }));
}

describe("off the happy path", () => {
  test("scores without a year: the year is asked for next to where the table is, focused, and kept", async () => {
    const h = host([grid("ผล", YEARLESS)]);
    show(h);
    const ask = await screen.findByTestId("year-ask");
    expect(within(ask).getByRole("heading").textContent).toBe("ใส่ปีของตาราง");
    expect(ask.textContent).toContain("พบตารางคะแนนที่ ผล!A");
    expect(screen.queryByTestId("first-run")).toBeNull();
    expect(screen.queryByText(/เปิดไฟล์อื่น/)).toBeNull();
    const field = within(ask).getByLabelText(/ปีที่ประเมินของตาราง/);
    await waitFor(() => expect(document.activeElement).toBe(field));
    // "Show" selects the table's first cell.
    fireEvent.click(within(ask).getByRole("button", { name: /^แสดง ผล!A/ }));
    await waitFor(() => expect(h.selected[0]).toMatch(/^ผล!A\d+$/));
    // A wrong year is explained, not taken.
    fireEvent.change(field, { target: { value: "68" } });
    fireEvent.blur(field);
    expect(ask.textContent).toContain("ใส่ปี พ.ศ. 4 หลัก");
    await typeYear("2568");
    expect((await screen.findByTestId("latest-year")).textContent).toBe("2568");
    expect(screen.queryByTestId("year-ask")).toBeNull();
    fireEvent.change(await screen.findByTestId("agency-ask"), { target: { value: "เทศบาลตำบลทดลอง" } });
    fireEvent.click(screen.getByRole("button", { name: "จัดทำเอกสาร" }));
    await screen.findByTestId("written");
    expect(h.saved.map((s) => s.defaultYear)).toEqual([2568]);
  });

  test("several score columns without years: each header is what to fix, no single year is offered", async () => {
    show(host([grid("ผล", [["ข้อ", "คะแนน", "คะแนน"], ["I1", 80, 82] as CellValue[], ["I2", 98, 97]])]));
    const ask = await screen.findByTestId("year-ask");
    expect(ask.textContent).toContain("ใส่ปีที่หัวคอลัมน์แต่ละคอลัมน์");
    expect(ask.textContent).toContain("เปิด ITA Analyzer อีกครั้ง");
    expect(within(ask).queryByRole("textbox")).toBeNull();
  });

  test("a workbook of other data: what was read and looked for, and the least table, not the onboarding", async () => {
    const sales = grid("ยอดขาย", [
      ["สินค้า", "ราคา", "จำนวน"],
      ["ปากกา", 10, 5] as CellValue[],
      ["ดินสอ", 5, 3],
    ]);
    show(host([sales, grid("Sheet2", [])], { readSelection: async () => null }));
    const box = await screen.findByTestId("not-ita");
    expect(within(box).getByRole("heading").textContent).toBe("ไม่พบตารางคะแนน ITA ในสมุดงานนี้");
    expect(box.textContent).toContain("อ่านแล้ว 1 ชีต (“ยอดขาย”)");
    expect(box.textContent).toContain("I1–I30, E1–E15, O1–O40");
    expect(within(box).getByRole("table").textContent).toContain("O1");
    expect(screen.queryByText("เริ่มใช้งานใน 3 ขั้นตอน")).toBeNull();
    expect(within(box).getByRole("button", { name: "ใช้ตารางที่เลือก" })).toBeTruthy();
  });

  test("an empty workbook still gets the three steps", async () => {
    show(host([grid("Sheet1", [])], { readSelection: async () => null }));
    await screen.findByTestId("first-run");
    expect(screen.queryByTestId("not-ita")).toBeNull();
  });

  test("the selected table has no year: its year is asked for, and typing it adds the table", async () => {
    const notes = grid("บันทึก", [["ประชุม 3 ธ.ค."]]);
    const selection = { ...grid("Sheet2", YEARLESS), top: 4, left: 2 };
    show(host([notes], { readSelection: async () => selection }));
    fireEvent.click(await screen.findByRole("button", { name: "ใช้ตารางที่เลือก" }));
    const ask = await screen.findByTestId("year-ask");
    expect(ask.textContent).toContain("พบตารางคะแนนที่ Sheet2!C6");
    await waitFor(() => expect(document.activeElement).toBe(within(ask).getByRole("textbox")));
    await typeYear("2568");
    expect((await screen.findByTestId("latest-year")).textContent).toBe("2568");
    expect((await screen.findByTestId("selection-note")).textContent).toBe("เพิ่มแล้ว: 3 ข้อ ปี 2568");
    expect(screen.queryByTestId("year-ask")).toBeNull();
  });

  test("in English too", async () => {
    localStorage.setItem("ita-analyzer.lang", "en");
    show(host([grid("Scores", YEARLESS)]));
    const ask = await screen.findByTestId("year-ask");
    expect(within(ask).getByRole("heading").textContent).toBe("Enter the table's year");
    expect(within(ask).getByLabelText(/assessment year/)).toBeTruthy();
  });
});
