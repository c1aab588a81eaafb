/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import fs from "node:fs";
import path from "node:path";
import { grid } from "../helpers/grid";
import { transition } from "../helpers/yearFixtures";
import { host, openSection, show } from "./paneHelpers";

beforeEach(() => localStorage.clear());

const trat = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "fixtures", "published", "H-1.json"), "utf8"),
).expected["2564"]["ตราด"] as { indicators: Record<string, number> };
const tratGrid = grid("ผล", [
  ["ตัวชี้วัด", "2564"],
  ...Object.entries(trat.indicators).map(([n, v]) => [`ตัวชี้วัดที่ ${n}`, v]),
]);

describe("the planner in the pane (วางแผนยกระดับคะแนน)", () => {
  test("Trat 2564: the next level's gap, the largest gains, and a tick that projects total and level", async () => {
    show(host([tratGrid]));
    await screen.findByTestId("summary");
    await openSection(/วางแผนยกระดับคะแนน/);
    expect((await screen.findByTestId("planner-next")).textContent).toBe("ระดับถัดไป A: คะแนนรวมขาดอีก 3.55");
    expect(screen.getByTestId("planner-projection").textContent).toMatch(/^ตอนนี้: คะแนนรวม 81\.45 ระดับ B$/);
    const ten = screen.getByLabelText("ตัวชี้วัดที่ 10 (65.56): +6.89 คะแนนรวม");
    fireEvent.click(ten);
    await waitFor(() =>
      expect(screen.getByTestId("planner-projection").textContent).toBe(
        "ถ้าทำข้อที่เลือก: คะแนนรวม 88.34 ระดับ A (IIT 89.95 EIT 89.27 OIT 86.45)",
      ),
    );
    fireEvent.click(screen.getByLabelText("ตัวชี้วัดที่ 9 (72.89): +5.42 คะแนนรวม"));
    await waitFor(() =>
      expect(screen.getByTestId("planner-projection").textContent).toMatch(/คะแนนรวม 93\.76 ระดับ A/),
    );
    fireEvent.click(ten);
    await waitFor(() =>
      expect(screen.getByTestId("planner-projection").textContent).toMatch(/คะแนนรวม 86\.87 ระดับ A/),
    );
  });

  test("a ticked score's own target: the projection takes its share of the raise; a target below the score is refused", async () => {
    show(host([tratGrid]));
    await screen.findByTestId("summary");
    await openSection(/วางแผนยกระดับคะแนน/);
    fireEvent.click(await screen.findByLabelText("ตัวชี้วัดที่ 10 (65.56): +6.89 คะแนนรวม"));
    const target = await screen.findByLabelText("เป้าหมาย ตัวชี้วัดที่ 10");
    expect((target as HTMLInputElement).value).toBe("100");
    fireEvent.change(target, { target: { value: "90" } });
    const expected = (81.45 + (6.89 * (90 - 65.56)) / (100 - 65.56)).toFixed(2);
    await waitFor(() =>
      expect(screen.getByTestId("planner-projection").textContent).toMatch(
        new RegExp(`^ถ้าทำข้อที่เลือก: คะแนนรวม ${expected.replace(".", "\\.")} ระดับ A`),
      ),
    );
    fireEvent.change(target, { target: { value: "60" } });
    expect(await screen.findByText("ใส่คะแนนที่มากกว่า 65.56 และไม่เกิน 100")).toBeTruthy();
    // The refused entry leaves the last good target in the projection.
    expect(screen.getByTestId("planner-projection").textContent).toContain(`คะแนนรวม ${expected}`);
  });

  test("in English", async () => {
    show(host([tratGrid], { lang: "en" }));
    await screen.findByTestId("summary");
    await openSection(/Plan to raise the score/);
    expect((await screen.findByTestId("planner-next")).textContent).toBe(
      "Next level A: the total is 3.55 short",
    );
    fireEvent.click(screen.getByLabelText("Indicator 10 (65.56): +6.89 of total"));
    await waitFor(() =>
      expect(screen.getByTestId("planner-projection").textContent).toMatch(
        /^With the ticked scores: total 88\.34, level A/,
      ),
    );
  });

  test("2565 → 2566 items: every figure is said to be an estimate", async () => {
    show(host(transition(2565, 2566, "many")));
    await screen.findByTestId("summary");
    await openSection(/วางแผนยกระดับคะแนน/);
    const planner = await screen.findByTestId("planner");
    const labels = [...planner.querySelectorAll("label")].map((l) => l.textContent ?? "");
    expect(labels.length).toBeGreaterThan(3);
    for (const l of labels) expect(l).toMatch(/\(ประมาณ\)$/);
    expect(screen.getByTestId("planner-projection").textContent).toMatch(/\(ประมาณ\)$/);
  });
});
