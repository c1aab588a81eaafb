/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import type { CellValue, SheetGrid } from "../../src/analysis/grid";
import { App } from "../../src/taskpane/App";
import { preloadPaneBody } from "../../src/taskpane/components/lazyParts";
import { loadLightEngine } from "../../src/taskpane/engineClient";
import { startFirstRead } from "../../src/taskpane/firstRead";
import type { PaneHost } from "../../src/taskpane/paneHost";
import { grid } from "../helpers/grid";
import { host } from "./paneHelpers";

beforeEach(() => localStorage.clear());

const SCORES: SheetGrid[] = [
  grid("ITA 2568", [["ข้อ", "2568"], ["i1", 72] as CellValue[], ["i2", 98], ["i3", 91]]),
];

/** The host, counting its reads. */
function counted(h: PaneHost) {
  const reads = { grids: 0 };
  const readGrids: PaneHost["readGrids"] = (onSize) => {
    reads.grids++;
    return h.readGrids(onSize);
  };
  return { host: { ...h, readGrids }, reads };
}

const mount = (h: PaneHost, first: ReturnType<typeof startFirstRead>) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={h} firstRead={first} />
    </FluentProvider>,
  );

describe("the pane mounted on a read started before it", () => {
  test("a settled read, with the answer's code loaded, is drawn in the first frame: the card, no spinner, one read", async () => {
    await Promise.all([loadLightEngine(), preloadPaneBody()]);
    // Settings of another version's shape: the good field used (the mark 90), the bad one named.
    const raw = JSON.stringify({ threshold: 90, excludedTables: "ITA 2568!A1:B4" });
    const { host: h, reads } = counted(host(SCORES, { readSettings: async () => raw }));
    const first = startFirstRead(h);
    await first.result;
    mount(h, first);
    // Synchronously, in the render itself: nothing waited for.
    expect(screen.getByTestId("summary")).toBeTruthy();
    expect(screen.queryByTestId("reading-workbook")).toBeNull();
    // The saved settings, from the same read, are in that frame too.
    expect(screen.getByTestId("flagged-count").textContent).toMatch(/^ต่ำกว่า 90: 1 ข้อ/);
    expect(screen.getByTestId("settings-note").textContent).toContain("excludedTables");
    expect(reads.grids).toBe(1);
  });

  test("a read still under way: the spinner, then the card once it settles, without reading again", async () => {
    let settle!: (g: SheetGrid[]) => void;
    const { host: h, reads } = counted(
      host(SCORES, { readGrids: () => new Promise<SheetGrid[]>((r) => (settle = r)) }),
    );
    const first = startFirstRead(h);
    mount(h, first);
    expect(screen.getByTestId("reading-workbook")).toBeTruthy();
    settle(SCORES);
    expect(await screen.findByTestId("summary")).toBeTruthy();
    expect(screen.queryByTestId("reading-workbook")).toBeNull();
    expect(reads.grids).toBe(1);
  });

  test("a read that failed before the pane mounted is said, in the pane's words", async () => {
    const h = host(SCORES, { readGrids: () => Promise.reject(new Error("Excel is busy")) });
    const first = startFirstRead(h);
    await first.result.catch(() => undefined);
    mount(h, first);
    expect((await screen.findByTestId("error")).textContent).toContain("Excel is busy");
  });

  test("a settled read the pane cannot take (a grid that throws) is said as the read's error, not a blank pane", async () => {
    const broken: SheetGrid = {
      name: "ผล",
      top: 0,
      left: 0,
      get rows(): SheetGrid["rows"] {
        throw new Error("แถวของชีตอ่านไม่ได้");
      },
    };
    const h = host([broken]);
    const first = startFirstRead(h);
    await first.result;
    mount(h, first);
    expect((await screen.findByTestId("error")).textContent).toContain("แถวของชีตอ่านไม่ได้");
  });
});
