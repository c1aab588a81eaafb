import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/paneHost";
import { readSavedSettings } from "../../src/taskpane/savedSettings";

describe("settings saved in a shared workbook are read field by field, never failing", () => {
  test("this version's settings, as text or as an object, are read whole", () => {
    const text = JSON.stringify(DEFAULT_PANE_SETTINGS);
    expect(readSavedSettings(text)).toEqual({
      settings: DEFAULT_PANE_SETTINGS,
      unreadable: false,
      dropped: [],
    });
    expect(readSavedSettings({ agency: "อบต.ทุ่งต่อ" }).settings).toEqual({ agency: "อบต.ทุ่งต่อ" });
    expect(readSavedSettings(null)).toEqual({ settings: {}, unreadable: false, dropped: [] });
  });

  test.each(["{threshold: 85", "85", "[1,2]", '"text"', "null x"])(
    "broken or not an object (%s): defaults, said",
    (raw) => {
      expect(readSavedSettings(raw)).toEqual({ settings: {}, unreadable: true, dropped: [] });
    },
  );

  test("another version's shape: good fields kept, each bad one dropped and named, unknown ones ignored", () => {
    const r = readSavedSettings(
      JSON.stringify({
        threshold: "85",
        agency: "เทศบาลตำบลทดลอง",
        font: "Angsana New",
        excludedTables: "ITA!A1:B9",
        includeHidden: null,
        fiscalYear: 2570,
        documents: ["analysis", 3],
        urgentBelow: 70,
        newField: { x: 1 },
      }),
    );
    expect(r.unreadable).toBe(false);
    expect(r.settings).toEqual({ agency: "เทศบาลตำบลทดลอง", fiscalYear: 2570, urgentBelow: 70 });
    expect(r.dropped.sort()).toEqual(["documents", "excludedTables", "font", "includeHidden", "threshold"]);
  });

  test("an urgent mark above the saved pass mark is dropped, not kept to break the analysis", () => {
    expect(readSavedSettings({ threshold: 60, urgentBelow: 70 }).dropped).toEqual(["urgentBelow"]);
    expect(readSavedSettings({ fiscalYear: 1999 }).dropped).toEqual(["fiscalYear"]);
  });
});
