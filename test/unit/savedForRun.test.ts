import { type GivenOnCommandLine, byPerson, settingsForRun } from "../../src/cli/savedForRun";
import { readGaruda } from "../../src/sheets/garuda";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/paneHost";
import { garudaPng } from "../helpers/garudaPng";

const none = byPerson(() => "");
/** Nothing given on the command line but what a test names. */
const given = (g: Partial<GivenOnCommandLine> = {}): GivenOnCommandLine => ({
  people: none,
  garuda: false,
  totals: [],
  threshold: null,
  urgentBelow: null,
  font: "",
  thaiDigits: false,
  year: null,
  includeHidden: [],
  ...g,
});
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
    const r = settingsForRun(saved, given());
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
    const r = settingsForRun(
      saved,
      given({
        people: { ...none, executiveName: "นายอื่น" },
        garuda: true,
        totals: [{ year: null, total: 88, level: null }],
      }),
    );
    expect(r.people.executiveName).toBe("นายอื่น");
    expect(r.people.writerName).toBe("นางสาวผู้จัดทำ");
    expect(r.garuda).toBeNull();
    expect(r.totals).toEqual([{ year: null, total: 88, level: null }]);
    expect(r.fromWorkbook).toEqual(["--writer", "--executive-position"]);
  });

  test("no settings, or settings that are not the pane's: the command line's alone, nothing said", () => {
    for (const raw of [null, "{not json", JSON.stringify({ executiveName: 5, garuda: "x" })]) {
      const r = settingsForRun(raw, given());
      expect(r).toMatchObject({ people: none, garuda: null, totals: [], fromWorkbook: [] });
      expect(r).toMatchObject({ threshold: 85, urgentBelow: 70, font: "TH SarabunPSK", thaiDigits: false });
      expect(r).toMatchObject({ year: null, includeHidden: [], excludedTables: [] });
    }
  });

  test("the pane's pass mark, urgent mark, font, digits, year, hidden sheets and excluded tables, each named", () => {
    const pane = JSON.stringify({
      ...DEFAULT_PANE_SETTINGS,
      threshold: 80,
      urgentBelow: 60,
      font: "TH Sarabun New",
      thaiDigits: true,
      defaultYear: 2567,
      includeHidden: ["คะแนนเก่า"],
      excludedTables: ["ร่าง!A1:C9"],
    });
    const r = settingsForRun(pane, given());
    expect(r).toMatchObject({ threshold: 80, urgentBelow: 60, font: "TH Sarabun New", thaiDigits: true });
    expect(r).toMatchObject({ year: 2567, includeHidden: ["คะแนนเก่า"], excludedTables: ["ร่าง!A1:C9"] });
    expect(r.fromWorkbook).toEqual([
      "--threshold",
      "--urgent-below",
      "--font",
      "--thai-digits",
      "--year",
      "--include-hidden",
    ]);
    // Given on the command line: the command line's, and not named.
    const own = settingsForRun(
      pane,
      given({ threshold: 90, urgentBelow: 50, font: "TH SarabunPSK", year: 2566, includeHidden: ["อื่น"] }),
    );
    expect(own).toMatchObject({ threshold: 90, urgentBelow: 50, font: "TH SarabunPSK", year: 2566 });
    expect(own.includeHidden).toEqual(["อื่น"]);
    expect(own.fromWorkbook).toEqual(["--thai-digits"]);
    // Saved at the defaults: nothing to name.
    expect(settingsForRun(JSON.stringify(DEFAULT_PANE_SETTINGS), given()).fromWorkbook).toEqual([]);
  });

  test("an urgent mark given above the pass mark saved is refused, naming the mark", () => {
    const pane = JSON.stringify({ ...DEFAULT_PANE_SETTINGS, threshold: 75, urgentBelow: 60 });
    expect(() => settingsForRun(pane, given({ urgentBelow: 80 }))).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ option: "--urgent-below", mark: "75" }) }),
    );
  });

  test("settings that cannot be used are said, each field at its default", () => {
    expect(settingsForRun("{not json", given()).unread).toEqual(["*"]);
    const r = settingsForRun(JSON.stringify({ threshold: "x", font: "Comic Sans", agency: "อบต." }), given());
    expect(r.unread).toEqual(["threshold", "font"]);
    expect(r).toMatchObject({ threshold: 85, font: "TH SarabunPSK" });
  });
});
