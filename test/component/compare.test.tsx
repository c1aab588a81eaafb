/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { parseRangeA1 } from "../../src/analysis/grid";
import { grid } from "../helpers/grid";
import { provincialTable } from "../helpers/provincialTable";
import { host, show } from "./paneHelpers";

beforeEach(() => localStorage.clear());

const t = provincialTable(14, [2567, 2568], 5);
const table = grid("จังหวัด", t.rows, { merges: t.merges.map((m) => parseRangeA1(m)!) });
const latest = (i: number) => t.agencies[i]!.years[2568]!;

describe("a workbook of several agencies in the pane", () => {
  test("the comparison is offered: ranked by total, sortable, and written as its own sheet", async () => {
    const generated = grid("วิเคราะห์ ITA 2568", [["x"]], { generated: true, generatedKind: "analysis" });
    const kept: string[][] = [];
    const h = host([table, generated]);
    const write = h.writeSheets;
    h.writeSheets = (specs, expected, keep) => {
      kept.push(keep ?? []);
      return write(specs, expected, keep);
    };
    show(h);
    const card = await screen.findByTestId("compare");
    expect(within(card).getByRole("heading").textContent).toBe("สมุดงานนี้มีคะแนน 14 หน่วยงาน");
    const rowsNow = () => within(card).getAllByRole("row").slice(1);
    const best = [...t.agencies].sort((a, b) => b.years[2568]!.total - a.years[2568]!.total)[0]!;
    expect(rowsNow()[0]!.textContent).toContain(best.name);
    expect(rowsNow()).toHaveLength(10);
    expect(card.textContent).toContain("และอีก 4 หน่วยงาน");
    // Below the mark first: the lowest total leads.
    const worst = [...t.agencies].sort((a, b) => a.years[2568]!.total - b.years[2568]!.total)[0]!;
    fireEvent.change(within(card).getByRole("combobox"), { target: { value: "below" } });
    expect(rowsNow()[0]!.textContent).toContain(worst.name);
    // By indicator 10, lowest first: the column shows that indicator.
    fireEvent.change(within(card).getByRole("combobox"), { target: { value: "indicator:10" } });
    const low10 = t.agencies.map((_, i) => latest(i).indicators[9]!).sort((a, b) => a - b)[0]!;
    expect(rowsNow()[0]!.textContent).toContain(low10.toFixed(2));
    expect(within(card).getAllByRole("columnheader")[2]!.textContent).toBe("ตัวชี้วัดที่ 10");
    // Written without asking for the agency's name; the first agency's documents written before stay.
    fireEvent.click(within(card).getByRole("button", { name: "เขียนชีตเปรียบเทียบ" }));
    await waitFor(() => expect(h.written).toHaveLength(1));
    expect(h.written[0]!.map((s) => s.kind)).toEqual(["compare"]);
    expect(h.written[0]![0]!.name).toBe("เปรียบเทียบ ITA 2568");
    expect(kept[0]).toEqual(["วิเคราะห์ ITA 2568"]);
  });

  test("one agency's workbook shows no comparison", async () => {
    const one = provincialTable(1, [2567, 2568], 2);
    show(host([grid("ผล", one.rows)]));
    await screen.findByTestId("summary");
    // The card's chunk loaded: had the pane asked for the card, it would be drawn by now.
    await import("../../src/taskpane/components/details");
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByTestId("compare")).toBeNull();
  });
});

test("three years or more: the footer counts the history sheet, and Generate writes it after the analysis", async () => {
  const { yearSheet } = await import("../helpers/yearFixtures");
  const h = host([2566, 2567, 2568].map((y, i) => yearSheet(y, "many", i)));
  show(h);
  await screen.findByTestId("summary");
  fireEvent.change(await screen.findByTestId("agency-ask"), { target: { value: "เทศบาลตำบลทดลอง" } });
  await waitFor(() => expect(document.body.textContent).toContain("จะเขียนเอกสาร 8 ชีต"));
  fireEvent.click(screen.getByRole("button", { name: "จัดทำเอกสาร" }));
  await screen.findByTestId("written");
  expect(h.written[0]!.map((s) => s.kind).slice(0, 2)).toEqual(["analysis", "history"]);
  expect(h.written[0]).toHaveLength(8);
});
