/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { SummaryCard } from "../../src/taskpane/components/SummaryCard";
import { readingOf } from "../../src/taskpane/reading";
import { grid } from "../helpers/grid";
import { SEED000_ROWS } from "../helpers/seed000";
import { host, show } from "./paneHelpers";

beforeEach(() => localStorage.clear());

describe("the summary card's unread rows (report field `reading`)", () => {
  const { report } = runPipeline([grid("ผล", SEED000_ROWS)], DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th");
  const reading = {
    rowsRead: 20,
    rowsUnread: 6,
    unread: [
      { sheet: "IIT", range: "A5:B8", rows: 4, message: "ไม่มีรหัสข้อ" },
      { sheet: "OIT", range: "C2:C3", rows: 2, message: "คะแนนไม่ใช่ตัวเลข" },
    ],
  };

  test("says how many rows were not read; each region shows its cells in Excel", () => {
    const selected: string[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <SummaryCard
          lang="th"
          report={report}
          reading={readingOf({ ...report, reading })}
          onSelect={(s, r) => selected.push(`${s}!${r}`)}
        />
      </FluentProvider>,
    );
    expect(screen.getByTestId("unread").textContent).toBe("6 แถวในตารางไม่ได้อ่าน");
    fireEvent.click(screen.getByRole("button", { name: "ดู" }));
    const list = screen.getByTestId("unread-list");
    expect(list.textContent).toContain("คะแนนไม่ใช่ตัวเลข");
    fireEvent.click(within(list).getByRole("button", { name: "OIT!C2:C3" }));
    expect(selected).toEqual(["OIT!C2:C3"]);
  });

  test("without the field (an older engine) or with nothing unread, nothing is said", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SummaryCard lang="th" report={report} reading={readingOf(report)} />
        <SummaryCard lang="th" report={report} reading={{ ...reading, rowsUnread: 0, unread: [] }} />
      </FluentProvider>,
    );
    expect(screen.queryByTestId("unread")).toBeNull();
  });
});

describe("ไทย | EN", () => {
  test("switches the pane's words and is remembered for the next time", async () => {
    const first = show(host([grid("ผล", SEED000_ROWS)]));
    await screen.findByTestId("summary");
    fireEvent.click(screen.getByTestId("lang-switch"));
    expect(await screen.findByRole("button", { name: "Generate documents" })).toBeTruthy();
    expect(screen.getByTestId("flagged-count").textContent).toMatch(/^\d+ items below 85$/);
    first.unmount();
    show(host([grid("ผล", SEED000_ROWS)]));
    await screen.findByTestId("summary");
    expect(await screen.findByRole("heading", { name: /^Items below the mark/ })).toBeTruthy();
    fireEvent.click(screen.getByTestId("lang-switch"));
    await waitFor(() => expect(localStorage.getItem("ita-analyzer.lang")).toBe("th"));
  });
});

describe("the items below the mark are one Tab stop", () => {
  test("only the first item is tabbable; the arrow keys move through the rest", async () => {
    show(host([grid("ผล", SEED000_ROWS)]));
    const list = await screen.findByTestId("flagged");
    const buttons = within(list).getAllByRole("button");
    expect(buttons.map((b) => b.tabIndex)).toEqual(buttons.map((_, i) => (i === 0 ? 0 : -1)));
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(buttons[1]);
    expect(buttons[1]!.tabIndex).toBe(0);
    expect(buttons[0]!.tabIndex).toBe(-1);
    fireEvent.keyDown(buttons[1]!, { key: "End" });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
  });
});

describe("the headline on a workbook without item scores (indicators and a total only)", () => {
  const rows = [
    ["ตัวชี้วัด", "2567", "2568"],
    ...[88, 91, 90, 95, 86, 90, 92, 87, 79, 65].map((v, k) => [`ตัวชี้วัดที่ ${k + 1}`, v - 2, v]),
    ["คะแนนรวม", 84.2, 81.45],
  ];

  test("red, naming the indicators and the total below the mark; the items list says there are none", async () => {
    show(host([grid("ผล", rows)]));
    const card = await screen.findByTestId("summary");
    const badge = within(card).getByTestId("flagged-count");
    expect(badge.textContent).toBe("ต่ำกว่า 85: ตัวชี้วัดที่ 9, 10 · แบบวัด OIT · คะแนนรวม");
    expect(badge.getAttribute("data-status")).toBe("below");
    expect((await screen.findByTestId("nothing-flagged")).textContent).toBe(
      "ไม่มีคะแนนรายข้อในแฟ้ม — ดูคะแนนรายตัวชี้วัดด้านล่าง",
    );
    expect(document.body.textContent).not.toMatch(/ทุกข้อได้|ควรรักษามาตรฐานไว้/);
  });
});
