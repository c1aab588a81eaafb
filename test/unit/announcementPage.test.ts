import type { SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { grid } from "../helpers/grid";
import { TRANSITIONS, transition } from "../helpers/yearFixtures";

const people = {
  ...DEFAULT_DOC_OPTIONS,
  agency: "องค์การบริหารส่วนตำบลตัวอย่างที่มีชื่อยาว",
  executiveName: "นายสมชาย ตัวอย่าง",
  executivePosition: "นายกองค์การบริหารส่วนตำบลตัวอย่างที่มีชื่อยาว",
};

/** The ประกาศ's page breaks: none, so it prints on one page. */
const breaksOf = (grids: SheetGrid[]) =>
  runPipeline(grids, DEFAULT_SETTINGS, people, "th", { documents: ["measuresAnnouncement"] }).specs[0]!.print
    .rowBreaks ?? [];

describe("the ประกาศ is one page", () => {
  test.each(TRANSITIONS)("%d → %d", (a, b) => expect(breaksOf(transition(a, b, "many"))).toEqual([]));
  test("2568 indicators only (three kinds of measure named)", () =>
    expect(
      breaksOf([
        grid("ผล", [
          ["ตัวชี้วัด", "2567", "2568"],
          ...[88, 79, 91, 95, 86, 90, 92, 80, 100, 65].map((v, k) => [`ตัวชี้วัดที่ ${k + 1}`, v - 3, v]),
        ]),
      ]),
    ).toEqual([]));
});
