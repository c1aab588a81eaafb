/**
 * A fake office.js for the browser tests: Office.onReady says "Excel", and Excel.run runs against the same
 * typed fake the unit tests use, loaded with the grids the test puts in window.__ITA_GRIDS__.
 */
import type { SheetGrid } from "../../src/analysis/grid";
import { fakeFromGrids } from "../fakes/fromGrids";

const w = window as unknown as Record<string, unknown>;
const fake = fakeFromGrids((w.__ITA_GRIDS__ as SheetGrid[]) ?? []);
w.__ITA_FAKE__ = fake;
// Excel.run(batch) or Excel.run(options, batch), as Office.js takes both (options: delayForCellEdit).
type Batch = Parameters<typeof fake.run>[0];
w.Excel = { run: (a: Batch | object, b?: Batch) => fake.run(b ?? (a as Batch)) };
w.Office = {
  HostType: { Excel: "Excel" },
  context: {
    displayLanguage: (w.__ITA_LANG__ as string) ?? "th-TH",
    requirements: {
      isSetSupported: (_set: string, version: string) => {
        const [major, minor] = version.split(".").map(Number);
        const [maxMajor, maxMinor] = ((w.__ITA_API__ as string) ?? "1.9").split(".").map(Number);
        return major! < maxMajor! || (major === maxMajor && minor! <= maxMinor!);
      },
    },
    officeTheme: { bodyBackgroundColor: (w.__ITA_THEME__ as string) ?? "#ffffff" },
  },
  onReady(cb?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "OfficeOnline" };
    cb?.(info);
    return Promise.resolve(info);
  },
};
