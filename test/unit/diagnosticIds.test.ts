import type { SheetGrid } from "../../src/analysis/grid";
import { analyse } from "../../src/analysis/analyse";
import { MESSAGES } from "../../src/analysis/messages";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";

/** One layout per recognition diagnostic: each id is produced, at the cell named, by the smallest case. */
const CASES: Array<{ id: string; cell: string | null; grids: SheetGrid[]; year?: number }> = [
  {
    id: "notAScore.text",
    cell: "B3",
    grids: [
      grid("ITA 2567", [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I2", "ดีมาก"],
        ["I3", 80],
      ]),
    ],
  },
  {
    id: "notAScore.junk",
    cell: "B3",
    grids: [
      grid("ITA 2567", [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I2", "-"],
        ["I3", 80],
      ]),
    ],
  },
  {
    id: "notAScore.range",
    cell: "B3",
    grids: [
      grid("ITA 2567", [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I2", 120],
        ["I3", 80],
      ]),
    ],
  },
  {
    id: "notAScore.date",
    cell: "B3",
    grids: [
      grid("ITA 2567", [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I2", { date: "2024-01-01T00:00:00Z" }],
        ["I3", 80],
      ]),
    ],
  },
  {
    id: "notAScore.boolean",
    cell: "B3",
    grids: [
      grid("ITA 2567", [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I2", true],
        ["I3", 80],
      ]),
    ],
  },
  {
    id: "notAScore.error",
    cell: "B3",
    grids: [
      grid("ITA 2567", [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I2", { error: "#REF!" }],
        ["I3", 80],
      ]),
    ],
  },
  {
    id: "notAScore.noResult",
    cell: "B3",
    grids: [
      grid("ITA 2567", [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I2", { error: "#NO_RESULT" }],
        ["I3", 80],
      ]),
    ],
  },
  {
    id: "twoColumnsSameYear",
    cell: "C2",
    grids: [
      grid("ผล", [
        ["ข้อ", "2567", "คะแนน 2567"],
        ["I1", 90, 91],
        ["I2", 80, 81],
      ]),
    ],
  },
  {
    id: "noYear",
    cell: "A2",
    grids: [
      grid("Sheet1", [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I2", 80],
      ]),
    ],
  },
  {
    id: "noYearManyColumns",
    cell: "A2",
    grids: [
      grid("Sheet1", [
        ["ข้อ", "คะแนน", "คะแนนที่ได้"],
        ["I1", 90, 91],
        ["I2", 80, 81],
      ]),
    ],
  },
  {
    id: "yearFromTitle",
    cell: "A1",
    grids: [grid("Sheet1", [["ผล ITA ประจำปี 2567"], ["ข้อ", "คะแนน"], ["I1", 90], ["I2", 80]])],
  },
  {
    id: "yearFromSetting",
    cell: "A2",
    year: 2567,
    grids: [
      grid("Sheet1", [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I2", 80],
      ]),
    ],
  },
  {
    id: "columnWithoutYear",
    cell: "C2",
    grids: [
      grid("ผล", [
        ["ข้อ", "2567", "คะแนน"],
        ["I1", 90, 91],
        ["I2", 80, 81],
      ]),
    ],
  },
  {
    id: "yearFromCE",
    cell: "B1",
    grids: [
      grid("ผล", [
        ["ข้อ", "2024"],
        ["I1", 90],
        ["I2", 80],
      ]),
    ],
  },
  {
    id: "yesNoScore",
    cell: "B2",
    grids: [
      grid("ITA 2567", [
        ["ข้อ", "คะแนน"],
        ["O1", "มี"],
        ["O2", 100],
      ]),
    ],
  },
  {
    id: "yearColumnNotScores",
    cell: "C1",
    grids: [
      grid("ผล", [
        ["ข้อ", "2566", "2567"],
        ["I1", 90, "ดี"],
        ["I2", 80, "ดี"],
      ]),
    ],
  },
  {
    id: "unreadRows.item",
    cell: "A2",
    grids: [
      grid("Sheet1", [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I2", 80],
      ]),
    ],
  },
  {
    id: "unreadRows.indicator",
    cell: "A2",
    grids: [
      grid("Sheet1", [
        ["ตัวชี้วัด", "คะแนน"],
        ["ตัวชี้วัดที่ 1", 90],
        ["ตัวชี้วัดที่ 2", 80],
      ]),
    ],
  },
  {
    id: "unreadRows.total",
    cell: "A2",
    grids: [
      grid("Sheet1", [
        ["รายการ", "คะแนน"],
        ["คะแนนรวม", 90],
        ["IIT", 80],
        ["EIT", 70],
      ]),
    ],
  },
  {
    id: "notScoreTable",
    cell: "A2",
    grids: [
      grid("บุคลากร", [
        ["รหัสพนักงาน", "อายุ"],
        ["E01", 34],
        ["E02", 45],
      ]),
    ],
  },
  {
    id: "otherAgencies",
    cell: "A4",
    grids: [
      grid("จังหวัด", [
        ["ปีงบประมาณ", "คะแนนรวม"],
        [2566, 80],
        [2567, 85],
        [2566, 70],
        [2567, 75],
      ]),
    ],
  },
  {
    id: "noInstrument",
    cell: "A2",
    grids: [
      grid("ITA 2567", [
        ["ข้อ", "คะแนน"],
        ["ข้อ 1", 90],
        ["ข้อ 2", 80],
      ]),
    ],
  },
  {
    id: "thaiZero",
    cell: "A2",
    grids: [
      grid("ITA 2567", [
        ["ข้อ", "คะแนน"],
        ["๐๑๑", 90],
        ["๐๑๒", 80],
      ]),
    ],
  },
  {
    id: "codeOutOfRange",
    cell: "A2",
    grids: [
      grid("ITA 2567", [
        ["ข้อ", "คะแนน"],
        ["I99", 90],
        ["I2", 80],
      ]),
    ],
  },
  {
    id: "duplicateItem",
    cell: "B3",
    grids: [
      grid("ITA 2567", [
        ["ข้อ", "คะแนน"],
        ["I1", 90],
        ["I1", 80],
      ]),
    ],
  },
];

describe("every recognition diagnostic id is produced, at its cell, by its own case", () => {
  test.each(CASES.map((c) => [c.id, c] as const))("%s", (id, c) => {
    const rec = recogniseWorkbook(c.grids, { defaultYear: c.year });
    const { diagnostics } = analyse(rec, DEFAULT_SETTINGS);
    expect(MESSAGES[id]).toBeDefined();
    const found = diagnostics.filter((d) => d.id === id);
    expect(found.map((d) => d.cell)).toContain(c.cell);
  });

  test("a diagnostic's parameters fill every placeholder of its message", () => {
    for (const c of CASES) {
      const { diagnostics } = analyse(recogniseWorkbook(c.grids, { defaultYear: c.year }), DEFAULT_SETTINGS);
      for (const d of diagnostics)
        for (const lang of ["th", "en"] as const)
          for (const [, key] of MESSAGES[d.id]![lang].matchAll(/\{(\w+)\}/g))
            expect({ id: d.id, key, has: key! in d.params }).toEqual({ id: d.id, key, has: true });
    }
  });
});
