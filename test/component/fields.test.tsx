/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ALL_DOCUMENTS } from "../../src/pipeline";
import { grid } from "../helpers/grid";
import { SEED000_ROWS } from "../helpers/seed000";
import { yearSheet } from "../helpers/yearFixtures";
import { host, openSection, show } from "./paneHelpers";

beforeEach(() => localStorage.clear());

/** Types text one keystroke at a time, as an officer would, then leaves the field. */
function typeInto(input: HTMLElement, text: string) {
  fireEvent.focus(input);
  for (let i = 0; i <= text.length; i++) fireEvent.change(input, { target: { value: text.slice(0, i) } });
  fireEvent.blur(input);
}

const flaggedCount = () => screen.getByTestId("flagged-count").textContent;

describe("number fields keep what is typed and explain a wrong entry when left", () => {
  test("the fiscal year: typed digit by digit it stays, and names the measures sheet", async () => {
    const h = host([grid("ผล", SEED000_ROWS)]);
    show(h);
    await screen.findByTestId("flagged");
    await openSection(/ตั้งค่าเอกสาร/);
    const year = screen.getByLabelText("ปีงบประมาณของมาตรการ") as HTMLInputElement;
    expect(year.value).toBe("");
    expect(year.getAttribute("placeholder")).toBeNull();
    expect(screen.getByText("ว่างไว้ = ปี 2567 (ปีถัดจากปีที่ประเมิน)")).toBeTruthy();
    typeInto(year, "25");
    expect(year.value).toBe("25");
    expect(screen.getByText("ใส่ปี พ.ศ. 4 หลัก เช่น 2569")).toBeTruthy();
    typeInto(year, "2569");
    expect(year.value).toBe("2569");
    expect(screen.queryByText("ใส่ปี พ.ศ. 4 หลัก เช่น 2569")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "จัดทำเอกสาร" }));
    await screen.findByTestId("written");
    expect(h.written[0]!.map((s) => s.name)).toContain("มาตรการ ITA 2569");
    expect(h.saved[0]!.fiscalYear).toBe(2569);
  });

  test("the year of tables without a year: typed, it reads the table", async () => {
    show(
      host([
        grid("Sheet1", [
          ["ข้อ", "คะแนน"],
          ["I1", 90],
          ["I2", 70],
        ]),
      ]),
    );
    await openSection(/ข้อมูลที่ใช้/);
    const year = screen.getByLabelText("ปีของตารางที่ไม่มีปีกำกับ") as HTMLInputElement;
    expect(year.getAttribute("placeholder")).toBeNull();
    typeInto(year, "2567");
    expect(year.value).toBe("2567");
    expect((await screen.findByTestId("latest-year")).textContent).toBe("2567");
  });

  test("the pass mark: cleared or 950 keeps 85 and says why; 80 changes what is flagged", async () => {
    show(host([grid("ผล", SEED000_ROWS)]));
    await screen.findByTestId("flagged");
    const before = flaggedCount();
    await openSection(/ตั้งค่าเอกสาร/);
    const mark = screen.getByRole("spinbutton", { name: "เกณฑ์ผ่าน (คะแนน)" }) as HTMLInputElement;
    for (const wrong of ["", "950", "8x"]) {
      typeInto(mark, wrong);
      expect(screen.getByText("ใส่คะแนน 0 ถึง 100 เช่น 85")).toBeTruthy();
      expect(flaggedCount()).toBe(before);
    }
    typeInto(mark, "80");
    await waitFor(() => expect(flaggedCount()).toBe("1 ข้อต่ำกว่า 80"));
    expect(screen.queryByText("ใส่คะแนน 0 ถึง 100 เช่น 85")).toBeNull();
  });

  test("urgent below: 84 makes an item at 83.40 urgent", async () => {
    show(host([grid("ผล", SEED000_ROWS)]));
    const list = await screen.findByTestId("flagged");
    const item = () => within(list).getByText(/^I15/).closest("li")!;
    expect(item().textContent).toContain("ต้องพัฒนา");
    await openSection(/ตั้งค่าเอกสาร/);
    typeInto(screen.getByRole("spinbutton", { name: "เร่งด่วนเมื่อต่ำกว่า (คะแนน)" }), "84");
    await waitFor(() => expect(item().textContent).toContain("เร่งด่วน"));
  });

  test("the people fields reach the saved settings", async () => {
    const h = host([grid("ผล", SEED000_ROWS)]);
    show(h);
    await screen.findByTestId("flagged");
    await openSection(/ตั้งค่าเอกสาร/);
    fireEvent.change(screen.getByLabelText("ส่วนราชการ (เช่น สำนักปลัด)"), { target: { value: "สำนักปลัด" } });
    fireEvent.change(screen.getByLabelText("ชื่อผู้บริหารที่ลงนาม"), { target: { value: "นายทดสอบ ใจดี" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "รายงานผลตามมาตรการ" }));
    fireEvent.click(screen.getByRole("button", { name: "จัดทำเอกสาร" }));
    await screen.findByTestId("written");
    const others = ALL_DOCUMENTS.filter((k) => k !== "results");
    expect(h.saved[0]).toMatchObject({
      division: "สำนักปลัด",
      executiveName: "นายทดสอบ ใจดี",
      documents: others,
    });
    const written = h.written[0]!.map((s) => s.kind);
    expect(written).not.toContain("results");
    expect(written).toEqual(expect.arrayContaining(["analysis", "measures"]));
  });
});

describe("NACC's published total, entered from ITAS, replaces the estimate everywhere", () => {
  test("typed in the settings: the card shows it, the memo states it, the workbook keeps it", async () => {
    // Seed 000 has some instruments' items only: no total can be computed.
    const h = host([grid("ผล", SEED000_ROWS)]);
    show(h);
    await screen.findByTestId("flagged");
    expect(screen.getByTestId("summary").textContent).toContain("ไม่มีคะแนนรวม");
    await openSection(/ตั้งค่าเอกสาร/);
    const total = screen.getByLabelText("คะแนนรวมปี 2566 ตามที่ ป.ป.ช. ประกาศ (จาก ITAS)") as HTMLInputElement;
    typeInto(total, "1o1");
    expect(screen.getByText("ใส่คะแนน 0 ถึง 100 เช่น 85")).toBeTruthy();
    typeInto(total, "91.5");
    await waitFor(() => expect(screen.getByTestId("summary").textContent).toContain("91.50"));
    expect(screen.getByTestId("summary").textContent).not.toMatch(/ประมาณ/);
    fireEvent.change(screen.getByTestId("published-level"), { target: { value: "ผ่านดี" } });
    fireEvent.click(screen.getByRole("button", { name: "จัดทำเอกสาร" }));
    await screen.findByTestId("written");
    const memo = h.written[0]!.find((s) => s.name.startsWith("บันทึกมาตรการ"))!;
    const text = memo.rows.flatMap((r) => r.cells.map((c) => String(c.value ?? ""))).join(" ");
    expect(text).toContain("ได้คะแนนรวม 91.50 คะแนน ระดับ ผ่านดี");
    expect(text).not.toMatch(/ค่าประมาณ/);
    expect(h.saved[0]!.publishedTotals).toEqual([{ year: 2566, total: 91.5, level: "ผ่านดี" }]);
  });
});

describe("the card offers the field for NACC's published total while it has none of NACC's", () => {
  test("the button opens the settings at the field; the typed total is shown and the button goes", async () => {
    // 2568 items only: no total can be computed (the OIT aggregation is not published).
    show(host([yearSheet(2567, "many", 1), yearSheet(2568, "many")]));
    const card = await screen.findByTestId("summary");
    expect(card.textContent).toContain("ไม่มีคะแนนรวมในตาราง");
    // The button comes with the rest of the pane, once the card is on the screen.
    fireEvent.click(await within(card).findByRole("button", { name: "ใส่คะแนนรวมที่ ป.ป.ช. ประกาศ" }));
    const field = await screen.findByTestId("published-total");
    await waitFor(() => expect(document.activeElement).toBe(field));
    typeInto(field, "92.93");
    await waitFor(() => expect(within(card).getByTestId("total").textContent).toBe("92.93"));
    expect(card.textContent).not.toMatch(/ประมาณ/);
    expect(within(card).queryByRole("button", { name: "ใส่คะแนนรวมที่ ป.ป.ช. ประกาศ" })).toBeNull();
  });
});
