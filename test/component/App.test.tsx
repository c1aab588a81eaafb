/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { CellValue, SheetGrid } from "../../src/analysis/grid";
import type { SheetSpec } from "../../src/sheets/sheetSpec";
import { App } from "../../src/taskpane/App";
import { PaneError, type PaneHost } from "../../src/taskpane/paneHost";
import { grid } from "../helpers/grid";
import { SEED000_ROWS } from "../helpers/seed000";

function host(grids: SheetGrid[], over: Partial<PaneHost> = {}): PaneHost & { written: SheetSpec[][] } {
  const written: SheetSpec[][] = [];
  return {
    kind: "excel",
    lang: "th",
    readGrids: async () => grids,
    writeSheets: async (specs) => {
      written.push(specs);
      return specs.map((s) => s.name);
    },
    readSettings: async () => null,
    writeSettings: async () => undefined,
    select: async () => undefined,
    written,
    ...over,
  };
}

const show = (h: PaneHost) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={h} />
    </FluentProvider>,
  );

describe("the pane's states", () => {
  test("an empty workbook: says no score table was found and how to make one", async () => {
    show(host([grid("Sheet1", [])]));
    await screen.findByText("ไม่พบตารางคะแนน ITA ในสมุดงานนี้");
    expect(screen.getByText(/ต้องมีคอลัมน์รหัสข้อ/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "จัดทำเอกสาร" })).toBeNull();
  });

  test("nothing flagged: says so, and still generates", async () => {
    const h = host([grid("ITA 2567", [["ข้อ", "2567"], ["i1", 99] as CellValue[], ["i2", 98]])]);
    show(h);
    await screen.findByTestId("nothing-flagged");
    fireEvent.click(screen.getByRole("button", { name: "จัดทำเอกสาร" }));
    await screen.findByTestId("written");
    expect(h.written[0]!.map((s) => s.kind)).toEqual([
      "analysis",
      "measuresMemo",
      "measuresAnnouncement",
      "measures",
    ]);
  });

  test("flagged items with their class and measure; excluding a table removes its scores", async () => {
    show(host([grid("ผล", SEED000_ROWS)]));
    const list = await screen.findByTestId("flagged");
    expect(list.textContent).toContain("I15 83.40");
    expect(list.textContent).toContain("ต้องพัฒนาให้ดีขึ้น");
    expect(list.textContent).toContain("มาตรการส่งเสริมความเป็นธรรมในการมอบหมายงาน");
    fireEvent.click(screen.getByRole("checkbox", { name: /ใช้ตารางนี้ ผล!/ }));
    await waitFor(() => expect(screen.queryByTestId("flagged")).toBeNull());
  });

  test("the year setting reads a table that names no year", async () => {
    show(
      host([
        grid("Sheet1", [
          ["ข้อ", "คะแนน"],
          ["I1", 90],
          ["I2", 70],
        ]),
      ]),
    );
    await screen.findByText(/ใส่ปี \(เช่น 2567\)/);
    fireEvent.change(screen.getByLabelText("ปีของตารางที่ไม่ระบุปี"), { target: { value: "2567" } });
    expect((await screen.findByTestId("latest-year")).textContent).toBe("2567");
  });

  test("the threshold setting changes what is flagged", async () => {
    show(host([grid("ผล", SEED000_ROWS)]));
    await screen.findByTestId("flagged");
    fireEvent.change(screen.getByLabelText("เกณฑ์ผ่าน (คะแนน)"), { target: { value: "80" } });
    await waitFor(() => expect(screen.getByText("ข้อที่ต่ำกว่าเกณฑ์ (1)")).toBeTruthy());
  });

  test("a protected workbook: an error bar that says what to do; a failed read too", async () => {
    show(
      host([grid("ผล", SEED000_ROWS)], {
        writeSheets: async () => Promise.reject(new PaneError("protected", "มาตรการ ITA 2567")),
      }),
    );
    await screen.findByTestId("flagged");
    fireEvent.click(screen.getByRole("button", { name: "จัดทำเอกสาร" }));
    const bar = await screen.findByTestId("error");
    expect(bar.textContent).toContain("ยกเลิกการป้องกัน");
    expect(bar.textContent).toContain("มาตรการ ITA 2567");
  });

  test("an unexpected failure says the workbook was not changed", async () => {
    show(host([], { readGrids: async () => Promise.reject(new Error("GeneralException")) }));
    const bar = await screen.findByTestId("error");
    expect(bar.textContent).toContain("GeneralException — สมุดงานไม่ถูกเปลี่ยนแปลง");
  });

  test("diagnostics name their cell and select it in Excel", async () => {
    const selected: string[] = [];
    show(
      host(
        [
          grid("IIT", [
            ["ข้อ", "2567"],
            ["I1", "-"],
            ["I2", 90],
            ["I3", 91],
          ]),
        ],
        {
          select: async (s, c) => {
            selected.push(`${s}!${c}`);
          },
        },
      ),
    );
    fireEvent.click(await screen.findByRole("button", { name: "IIT!B2" }));
    await waitFor(() => expect(selected).toEqual(["IIT!B2"]));
  });
});
