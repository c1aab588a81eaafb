import { analyseGrids } from "../../src/analysis/analyseGrids";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";
import { SEED003_ROWS } from "../helpers/seed003";

const PLAN = "แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี";

describe("the titles typed in the sheet are checked and used", () => {
  test("2568 o6 is compared with 2567 o8 through the catalogue's crosswalk, not by title", () => {
    const a = analyseGrids(
      [
        grid("2567", [
          ["ข้อ", "2567"],
          [`o8 ${PLAN}`, 50],
          ["o1 โครงสร้าง", 100],
        ]),
        grid("2568", [
          ["ข้อ", "2568"],
          [`o6 ${PLAN}`, 100],
          ["o1 โครงสร้างและอำนาจหน้าที่", 100],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    const o6 = a.items.find((i) => i.code === "O6");
    expect(o6).toMatchObject({
      topic: PLAN,
      delta: 50,
      previous: { code: "O8", year: 2567, crosswalk: true },
    });
    expect(a.diagnostics.find((d) => d.id === "comparedByTitle")).toBeUndefined();
  });

  test("2567 i13 (no crosswalk pair from 2566) is compared with 2566 i3 because the typed titles are the same", () => {
    const TOP = "ผู้บริหารสูงสุดของหน่วยงานของท่าน ให้ความสำคัญกับการแก้ไขปัญหาการทุจริตและประพฤติมิชอบ มากน้อยเพียงใด";
    const a = analyseGrids(
      [
        grid("2566", [
          ["ข้อ", "2566"],
          [`i3 ${TOP}`, 70],
        ]),
        grid("2567", [
          ["ข้อ", "2567"],
          [`i13 ${TOP}`, 90],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    const i13 = a.items.find((i) => i.code === "I13");
    expect(i13).toMatchObject({ delta: 20, previous: { code: "I3", year: 2566, crosswalk: true } });
    expect(a.diagnostics.find((d) => d.id === "comparedByTitle")).toMatchObject({
      sheet: "2567",
      cell: "A2",
      params: { code: "I13", previous: "I3" },
    });
  });

  test("an item whose title names another item of the year's list is said, at its cell", () => {
    const a = analyseGrids(
      [
        grid("s", [
          ["ข้อ", "2567"],
          ["o10 E-Service", 100],
          ["o1 โครงสร้าง", 100],
          ["o2 ข้อมูลผู้บริหาร", 100],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    const w = a.diagnostics.filter((d) => d.id === "titleNamesOtherItem");
    expect(w).toEqual([
      expect.objectContaining({
        level: "warning",
        cell: "A2",
        params: expect.objectContaining({ code: "O10", other: "O13" }),
      }),
    ]);
  });

  test("kept as 2568 by the user, seed 003's many mismatching titles are said once for the sheet", () => {
    const a = analyseGrids([grid("มาตรการ", SEED003_ROWS)], { ...DEFAULT_SETTINGS, keepLabelledYear: true });
    const w = a.diagnostics.filter((d) => d.id === "titlesDisagree");
    expect(w).toHaveLength(1);
    expect(w[0]?.params).toMatchObject({ year: 2568, instrument: "OIT" });
    expect(a.diagnostics.some((d) => d.id === "titleNamesOtherItem")).toBe(false);
  });
});
