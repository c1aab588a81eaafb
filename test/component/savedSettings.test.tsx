/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { CellValue } from "../../src/analysis/grid";
import { grid } from "../helpers/grid";
import { host, show } from "./paneHelpers";

beforeEach(() => localStorage.clear());

const SCORES = grid("ITA 2567", [["ข้อ", "2567"], ["i1", 80] as CellValue[], ["i2", 98]]);

describe("settings a colleague's workbook saved that this pane cannot use", () => {
  test("broken text: the pane loads with the defaults, says so, and saves good settings over it", async () => {
    const h = host([SCORES], { readSettings: async () => "{threshold: 85, agency:" });
    show(h);
    await screen.findByTestId("flagged");
    expect(screen.getByTestId("settings-note").textContent).toContain("อ่านไม่ได้");
    fireEvent.click(screen.getByRole("button", { name: "บันทึกการตั้งค่าใหม่แทน" }));
    await waitFor(() => expect(screen.queryByTestId("settings-note")).toBeNull());
    expect(h.saved).toHaveLength(1);
    expect(h.saved[0]!.threshold).toBe(85);
  });

  test("another version's shape: the good fields are used, the bad ones named", async () => {
    const raw = JSON.stringify({ threshold: 90, excludedTables: "ITA 2567!A1:B3" });
    show(host([SCORES], { readSettings: async () => raw }));
    await screen.findByTestId("flagged");
    expect(screen.getByTestId("flagged-count").textContent).toBe("1 ข้อต่ำกว่า 90");
    expect(screen.getByTestId("settings-note").textContent).toContain("excludedTables");
  });

  test("settings that cannot even be fetched never stop the pane", async () => {
    show(host([SCORES], { readSettings: async () => Promise.reject(new Error("GeneralException")) }));
    await screen.findByTestId("flagged");
    expect(screen.queryByTestId("error")).toBeNull();
    expect(screen.getByTestId("settings-note")).toBeTruthy();
  });
});
