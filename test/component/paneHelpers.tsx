import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { SheetGrid } from "../../src/analysis/grid";
import type { SheetSpec } from "../../src/sheets/sheetSpec";
import { App } from "../../src/taskpane/App";
import type { PaneHost, PaneSettings } from "../../src/taskpane/paneHost";

// The first render loads the engine module; on a busy machine that takes more than the default second.
configure({ asyncUtilTimeout: 5000 });

export type TestHost = PaneHost & { written: SheetSpec[][]; saved: PaneSettings[]; selected: string[] };

/** An Excel-like host over fixed grids that records what the pane writes, saves and selects. */
export function host(grids: SheetGrid[], over: Partial<PaneHost> = {}): TestHost {
  const written: SheetSpec[][] = [];
  const saved: PaneSettings[] = [];
  const selected: string[] = [];
  return {
    kind: "excel",
    lang: "th",
    readGrids: async () => grids,
    writeSheets: async (specs) => {
      written.push(specs);
      return specs.map((s) => s.name);
    },
    readSettings: async () => null,
    writeSettings: async (s) => {
      saved.push(s);
    },
    select: async (sheet, cell) => {
      selected.push(cell ? `${sheet}!${cell}` : sheet);
    },
    written,
    saved,
    selected,
    ...over,
  };
}

export const show = (h: PaneHost) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={h} />
    </FluentProvider>,
  );

/** Opens a folded section and waits for its content (its chunk loads on first opening). */
export async function openSection(name: RegExp) {
  fireEvent.click(await screen.findByRole("button", { name }));
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
}
