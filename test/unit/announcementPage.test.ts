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

test("without the agency's name, the ประกาศ leaves a dotted line for it in its body as in its title", () => {
  const spec = runPipeline(transition(2567, 2568, "many"), DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
    documents: ["measuresAnnouncement"],
  }).specs[0]!;
  const texts = spec.rows.map((r) => String(r.cells[0]?.value ?? ""));
  expect(texts.find((t) => t.startsWith("ประกาศ"))).toMatch(/^ประกาศ\.{10,}/);
  const body = texts.find((t) => t.includes("ได้วิเคราะห์ผลการประเมิน ITA"))!;
  expect(body.trim()).toMatch(/^\.{10,} ได้วิเคราะห์ผลการประเมิน ITA/);
});
