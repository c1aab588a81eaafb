/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { grid } from "../helpers/grid";
import { host, openSection, show } from "./paneHelpers";

beforeEach(() => localStorage.clear());

describe("hidden sheets in the pane", () => {
  test("a hidden sheet's scores are left out, listed under the data used, and read once ticked", async () => {
    const visible = grid("2567", [
      ["ข้อ", "2567"],
      ["I1", 90],
      ["I2", 91],
    ]);
    const hidden = {
      ...grid("คะแนนซ่อน", [
        ["ข้อ", "2567"],
        ["O1", 0],
        ["O2", 0],
      ]),
      hidden: "hidden" as const,
    };
    show(host([visible, hidden]));
    await screen.findByTestId("nothing-flagged");
    await openSection(/ข้อมูลที่ใช้/);
    const box = screen.getByRole("checkbox", { name: "ชีตซ่อน “คะแนนซ่อน” — ใช้ตารางคะแนนในชีตนี้" });
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(screen.getByTestId("flagged-count").textContent).toBe("2 ข้อต่ำกว่า 85"));
    expect((screen.getByRole("checkbox", { name: /ชีตซ่อน “คะแนนซ่อน”/ }) as HTMLInputElement).checked).toBe(
      true,
    );
  });
});
