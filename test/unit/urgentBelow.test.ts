import { analyseGrids } from "../../src/analysis/analyseGrids";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { parseArgs, UsageError } from "../../src/cli/args";
import { DEFAULTS } from "../../src/ita/defaults";
import { grid } from "../helpers/grid";

describe("the urgent rule is a setting: --urgent-below", () => {
  test("defaults come from one place: pass mark 85, urgent below 70", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      threshold: DEFAULTS.passMark,
      urgentBelow: DEFAULTS.urgentBelow,
    });
    expect([DEFAULTS.passMark, DEFAULTS.urgentBelow, DEFAULTS.fontSize]).toEqual([85, 70, 16]);
    // Not given on the command line: the run takes the workbook's saved value, else the default (savedForRun.ts).
    expect(parseArgs(["in.xlsx"], "th")).toMatchObject({
      threshold: null,
      urgentBelow: null,
      keepYear: false,
      font: "",
    });
  });

  test("--urgent-below 80 and --keep-year are read", () => {
    expect(parseArgs(["in.xlsx", "--urgent-below", "80", "--keep-year"], "th")).toMatchObject({
      urgentBelow: 80,
      keepYear: true,
    });
    expect(parseArgs(["in.xlsx", "--urgent-below=60"], "th").urgentBelow).toBe(60);
  });

  test.each([
    [["--urgent-below", "abc"], "a number from 0 to 100"],
    [["--threshold", "75", "--urgent-below", "80"], "must not be above the pass mark (75)"],
  ])("%p is refused: %s", (args, detail) => {
    expect(() => parseArgs(["in.xlsx", ...args], "en")).toThrow(UsageError);
    try {
      parseArgs(["in.xlsx", ...args], "en");
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      if (e instanceof UsageError) expect(e.params).toMatchObject({ option: "--urgent-below", detail });
    }
  });

  test("an item at 75 is urgent below 80 and to improve below the default 70", () => {
    const rows = [
      ["ข้อ", "2567"],
      ["I1", 75],
      ["I2", 95],
    ];
    expect(analyseGrids([grid("s", rows)], DEFAULT_SETTINGS).items[0]?.class).toBe("improve");
    expect(analyseGrids([grid("s", rows)], { ...DEFAULT_SETTINGS, urgentBelow: 80 }).items[0]?.class).toBe(
      "urgent",
    );
  });
});
