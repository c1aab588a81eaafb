/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CellValue, SheetGrid } from "../../src/analysis/grid";
import { ALL_DOCUMENTS } from "../../src/pipeline";
import { PaneError } from "../../src/taskpane/paneHost";
import { grid } from "../helpers/grid";
import { SEED000_ROWS } from "../helpers/seed000";
import { host, openSection, show } from "./paneHelpers";

beforeEach(() => localStorage.clear());

const PASSING = grid("ITA 2567", [["ข้อ", "2567"], ["i1", 99] as CellValue[], ["i2", 98]]);

describe("the pane's states", () => {
  test("an empty workbook: the three steps, what a score table looks like, no Generate", async () => {
    show(host([grid("Sheet1", [])], { readSelection: async () => null }));
    await screen.findByTestId("first-run");
    expect(screen.getByText("เริ่มใช้งานใน 3 ขั้นตอน")).toBeTruthy();
    expect(screen.getByText(/เลือกตารางนั้นและกด “ใช้ตารางที่เลือก”/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "ใช้ตารางที่เลือก" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "จัดทำเอกสาร" })).toBeNull();
  });

  test("nothing flagged: says so, and still generates, after the agency is entered", async () => {
    const h = host([PASSING]);
    show(h);
    await screen.findByTestId("nothing-flagged");
    expect(screen.getByTestId("flagged-count").textContent).toBe("ทุกข้อได้ 85 ขึ้นไป");
    // The workbook names no agency: the field is asked for in the footer, above Generate, before anything runs.
    // (The footer follows the card and the items, once its code has loaded.)
    const bar = await screen.findByTestId("generate-bar");
    const field = await within(bar).findByLabelText(/ชื่อหน่วยงาน/);
    expect(within(bar).queryByText("ใส่ชื่อหน่วยงานก่อนจัดทำเอกสาร")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "จัดทำเอกสาร" }));
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(within(bar).getByText("ใส่ชื่อหน่วยงานก่อนจัดทำเอกสาร")).toBeTruthy();
    expect(screen.queryByTestId("error")).toBeNull();
    expect(h.written).toEqual([]);
    // Typing the first letter does not take the field away.
    fireEvent.change(field, { target: { value: "เ" } });
    expect(within(bar).getByLabelText(/ชื่อหน่วยงาน/)).toBe(field);
    fireEvent.change(field, { target: { value: "เทศบาลตำบลทดลอง" } });
    fireEvent.click(screen.getByRole("button", { name: "จัดทำเอกสาร" }));
    await screen.findByTestId("written");
    // The field goes once the documents are written (an effect after the result is drawn).
    await waitFor(() => expect(within(bar).queryByLabelText(/ชื่อหน่วยงาน/)).toBeNull());
    // Every document but the results ones, which need a previous year.
    expect(h.written[0]!.map((s) => s.kind)).toEqual(ALL_DOCUMENTS.filter((k) => !k.startsWith("results")));
    expect(h.saved.map((s) => s.agency)).toEqual(["เทศบาลตำบลทดลอง"]);
  });

  test("the summary card: total, the items below the mark and the agency read from the title row", async () => {
    show(host([grid("ผล", SEED000_ROWS)]));
    const card = await screen.findByTestId("summary");
    expect(within(card).getByTestId("latest-year").textContent).toBe("2566");
    expect(within(card).getByTestId("flagged-count").textContent).toMatch(/^\d+ ข้อต่ำกว่า 85$/);
    // The agency is read from the title row: nothing to ask for above Generate.
    expect(within(await screen.findByTestId("generate-bar")).queryByLabelText(/ชื่อหน่วยงาน/)).toBeNull();
    await openSection(/ตั้งค่าเอกสาร/);
    expect((screen.getByLabelText(/ชื่อหน่วยงาน/) as HTMLInputElement).value).toBe("เทศบาลตำบลหนองยวง");
  });

  test("flagged items grouped by indicator with class, change and measure; excluding a table removes them", async () => {
    show(host([grid("ผล", SEED000_ROWS)]));
    const list = await screen.findByTestId("flagged");
    expect(within(list).getByRole("heading", { name: /^ตัวชี้วัดที่ 3 การใช้อำนาจ/ })).toBeTruthy();
    expect(list.textContent).toContain("83.40");
    expect(list.textContent).toContain("ต้องพัฒนา");
    expect(list.textContent).toContain("+1.26");
    // The measures' titles come with the whole answer; until then the list says it is busy.
    await waitFor(() => expect(screen.getByTestId("flagged").getAttribute("aria-busy")).toBe("false"));
    expect(screen.getByTestId("flagged").textContent).toContain("มาตรการส่งเสริมความเป็นธรรมในการมอบหมายงาน");
    await openSection(/ข้อมูลที่ใช้ \(1 ตาราง\)/);
    fireEvent.click(screen.getByRole("checkbox", { name: /^ผล · ปี 2565, 2566/ }));
    await waitFor(() => expect(screen.queryByTestId("flagged")).toBeNull());
    // The excluded table stays listed, unticked, so it can be ticked again.
    fireEvent.click(screen.getByRole("checkbox", { name: /^ผล · ปี 2565, 2566/ }));
    await screen.findByTestId("flagged");
  });

  test("a protected sheet: the error right under the button, with the Excel menu path, focused", async () => {
    show(
      host([grid("ผล", SEED000_ROWS)], {
        writeSheets: async () => Promise.reject(new PaneError("protected", "มาตรการ ITA 2567")),
      }),
    );
    await screen.findByTestId("flagged");
    fireEvent.click(screen.getByRole("button", { name: "จัดทำเอกสาร" }));
    const bar = await screen.findByTestId("error");
    expect(bar.textContent).toContain("รีวิว > ยกเลิกการป้องกันแผ่นงาน");
    expect(bar.textContent).toContain("มาตรการ ITA 2567");
    expect(screen.getByTestId("generate-bar").contains(bar)).toBe(true);
    expect(document.activeElement).toBe(screen.getByTestId("outcome"));
  });

  test("an unexpected failure when reading says the workbook was not changed", async () => {
    show(host([], { readGrids: async () => Promise.reject(new Error("GeneralException")) }));
    const bar = await screen.findByTestId("error");
    expect(bar.textContent).toContain("GeneralException — สมุดงานไม่ถูกเปลี่ยนแปลง");
  });

  test("an engine exception shows a message in place of the results; the header stays", async () => {
    const broken: SheetGrid = {
      get name(): string {
        throw new Error("boom");
      },
      top: 0,
      left: 0,
      rows: [],
    };
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    show(host([broken]));
    expect((await screen.findByTestId("crashed")).textContent).toContain("boom");
    expect(screen.getByRole("heading", { name: "ITA Analyzer" })).toBeTruthy();
  });

  test("every note about the data is listed, info included, and selects its cell", async () => {
    const h = host([
      grid("IIT", [
        ["ข้อ", "2567"],
        ["I1", "-"],
        ["I2", 90],
        ["I3", 91],
      ]),
    ]);
    show(h);
    await screen.findByText(/^ข้อควรตรวจ/);
    await openSection(/^ข้อควรตรวจ/);
    fireEvent.click(await screen.findByRole("button", { name: "IIT!B2" }));
    await waitFor(() => expect(h.selected).toEqual(["IIT!B2"]));
  });

  test("ข้อควรตรวจ: grouped by what to do, what to fix first; the count is the notes shown", async () => {
    show(
      host([
        grid("IIT", [
          ["ผลการประเมิน ITA ประจำปี 2567"],
          ["ข้อ", "คะแนน"],
          ["I1", "ดีมาก"],
          ["I2", 90],
          ["I2", 91],
        ]),
      ]),
    );
    const header = await screen.findByRole("button", { name: /^ข้อควรตรวจ/ });
    await openSection(/^ข้อควรตรวจ/);
    const notes = await screen.findByTestId("diagnostics");
    const headings = within(notes)
      .getAllByRole("heading")
      .map((h) => h.textContent!.replace(/ \(\d+\)$/, ""));
    expect(headings[0]).toBe("แก้ในชีตคะแนน");
    expect(headings).toContain("ตรวจสิ่งที่โปรแกรมอนุมานให้");
    const order = ["แก้ในชีตคะแนน", "ใส่ข้อมูลที่ยังขาด", "ตรวจสิ่งที่โปรแกรมอนุมานให้", "ทราบไว้: ส่วนที่ไม่ได้อ่านหรือไม่ได้เทียบ"];
    expect(headings).toEqual(order.filter((h) => headings.includes(h)));
    const shown = notes.querySelectorAll(".fui-MessageBar").length;
    expect(header.textContent).toBe(`ข้อควรตรวจ (${shown})`);
  });

  test("writing replaces earlier sheets: says so first, then activates the measures sheet", async () => {
    const old = grid("มาตรการ ITA 2568", [["x"]], { generated: true, generatedKind: "measures" });
    const h = host([PASSING, old]);
    show(h);
    expect((await screen.findByTestId("will-replace")).textContent).toBe(
      "จะแทนที่ 1 ชีตเดิม — ข้อความที่กรอกไว้จะถูกเก็บไว้",
    );
    await openSection(/ตั้งค่าเอกสาร/);
    // Typed in the settings, the name also fills the field above Generate (one setting, two places).
    fireEvent.change(screen.getByLabelText(/ชื่อหน่วยงาน/, { selector: "#agency" }), {
      target: { value: "กรมทดลอง" },
    });
    expect(((await screen.findByTestId("agency-ask")) as HTMLInputElement).value).toBe("กรมทดลอง");
    fireEvent.click(screen.getByRole("button", { name: "จัดทำเอกสาร" }));
    const done = await screen.findByTestId("written");
    expect(done.textContent).toContain(`จัดทำเอกสารเรียบร้อย ${h.written[0]!.length} ชีต`);
    expect(h.selected).toEqual(["มาตรการ ITA 2568"]);
    // What changed: the one sheet replaced, the others new; the sheets folded under one button.
    expect(within(done).getByTestId("what-changed").textContent).toMatch(
      /^เทียบกับชีตเดิม: มาตรการ ITA 2568 แก้ \d+ บรรทัด · ชีตใหม่ \d+ ชีต$/,
    );
    fireEvent.click(within(done).getByRole("button", { name: /^แสดงชีต/ }));
    fireEvent.click(within(done).getByRole("button", { name: "วิเคราะห์ ITA 2567" }));
    await waitFor(() => expect(h.selected).toContain("วิเคราะห์ ITA 2567"));
  });
});
