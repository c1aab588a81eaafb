import { byPerson, settingsForRun } from "../../src/cli/savedForRun";
import { readGaruda } from "../../src/sheets/garuda";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/paneHost";
import { garudaPng } from "../helpers/garudaPng";

const none = byPerson(() => "");
const garuda = readGaruda(garudaPng())!;
const saved = JSON.stringify({
  ...DEFAULT_PANE_SETTINGS,
  writerName: "นางสาวผู้จัดทำ",
  executiveName: "นายนายก ใจดี",
  executivePosition: "นายกเทศมนตรี",
  garuda,
  publishedTotals: [{ year: 2568, total: 91.5, level: null }],
});

describe("the main run takes what the pane saved in the workbook for each setting the command line does not give", () => {
  test("nothing given: the saved people, ครุฑ and totals, each named as taken", () => {
    const r = settingsForRun(saved, { people: none, garuda: false, totals: [] });
    expect(r.people).toEqual({
      ...none,
      writerName: "นางสาวผู้จัดทำ",
      executiveName: "นายนายก ใจดี",
      executivePosition: "นายกเทศมนตรี",
    });
    expect(r.garuda).toEqual(garuda);
    expect(r.totals).toEqual([{ year: 2568, total: 91.5, level: null }]);
    expect(r.fromWorkbook).toEqual([
      "--writer",
      "--executive",
      "--executive-position",
      "--garuda",
      "--total",
    ]);
  });

  test("the command line wins, field by field; its totals replace the saved ones whole", () => {
    const r = settingsForRun(saved, {
      people: { ...none, executiveName: "นายอื่น" },
      garuda: true,
      totals: [{ year: null, total: 88, level: null }],
    });
    expect(r.people.executiveName).toBe("นายอื่น");
    expect(r.people.writerName).toBe("นางสาวผู้จัดทำ");
    expect(r.garuda).toBeNull();
    expect(r.totals).toEqual([{ year: null, total: 88, level: null }]);
    expect(r.fromWorkbook).toEqual(["--writer", "--executive-position"]);
  });

  test("no settings, or settings that are not the pane's: the command line's alone, nothing said", () => {
    for (const raw of [null, "{not json", JSON.stringify({ executiveName: 5, garuda: "x" })]) {
      const r = settingsForRun(raw, { people: none, garuda: false, totals: [] });
      expect(r).toEqual({ people: none, garuda: null, totals: [], fromWorkbook: [] });
    }
  });
});
