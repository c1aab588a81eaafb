import type { CellValue } from "../../src/analysis/grid";
import { type LabelCell, scanLabels } from "../../src/analysis/scanLabels";
import { grid } from "../helpers/grid";

/** Each label as "r,c kind…": items as instrument+channel+number (and indicator context), others by kind. */
function labels(rows: CellValue[][], name = "s"): string[] {
  const scan = scanLabels(grid(name, rows));
  return [...scan.columns.values()]
    .flat()
    .sort((a, b) => a.r - b.r || a.c - b.c)
    .map(show);
}

function show({ r, c, label }: LabelCell): string {
  const at = `${r},${c}`;
  if (label.kind === "indicator") return `${at} ind${label.indicator}`;
  if (label.kind === "summary") return `${at} sum:${label.instrument ?? "total"}`;
  const it = label.item;
  const ctx = it.indicatorContext === undefined ? "" : `/${it.indicatorContext}`;
  return `${at} ${it.instrument ?? "?"}${it.channel ?? ""}${it.number}${ctx}`;
}

describe("scanLabels: plain numbers count as codes only under a ข้อ/รหัส header", () => {
  test("numbers 1–99 (Thai digits too) under ข้อ, instrument from the heading above", () => {
    expect(labels([["OIT"], ["ข้อ", "คะแนน 2567"], [1, 100], ["๒", 100], [" 3 ", 0]])).toEqual([
      "2,0 OIT1",
      "3,0 OIT2",
      "4,0 OIT3",
    ]);
  });

  test("a plain number is of the form “number”, a code of the form “explicit”", () => {
    const scan = scanLabels(grid("s", [["OIT"], ["ข้อ", "2567"], [1, 100], ["O2", 100]]));
    expect(scan.columns.get(0)!.map((l) => (l.label.kind === "item" ? l.label.item.form : ""))).toEqual([
      "number",
      "explicit",
    ]);
  });

  test.each(["ข้อที่", "รหัส", "รหัสข้อ", "code", "Item", "no.", "No"])(
    "the header “%s” starts a number column",
    (h) => {
      expect(labels([["OIT"], [h, "2567"], [1, 100], [2, 90]])).toHaveLength(2);
    },
  );

  test("without the header, or after a number outside 1–99, numbers are not codes", () => {
    expect(labels([["OIT"], ["ลำดับ", "2567"], [1, 100], [2, 90]])).toEqual([]);
    expect(labels([["OIT"], ["ข้อ", "2567"], [98, 100], [99, 90]])).toEqual(["2,0 OIT98", "3,0 OIT99"]);
    expect(labels([["OIT"], ["ข้อ", "2567"], [1, 100], [100, 90], [3, 90], [4, 90]])).toEqual(["2,0 OIT1"]);
    expect(labels([["OIT"], ["ข้อ", "2567"], [0, 100], [2, 90], [3, 90]])).toEqual([]);
    expect(labels([["OIT"], ["ข้อ", "2567"], [1.5, 100], [2, 90], [3, 90]])).toEqual([]);
    // Text between (here "123") does not end the column.
    expect(labels([["OIT"], ["ข้อ", "2567"], ["123", 100], [2, 90], [3, 90]])).toEqual([
      "3,0 OIT2",
      "4,0 OIT3",
    ]);
  });
});

describe("scanLabels: the instrument of a code given without one", () => {
  test("from an indicator heading above (ตัวชี้วัดที่ 1 → IIT), which is also the code's indicator", () => {
    expect(
      labels([
        ["ข้อ", "2567"],
        ["ตัวชี้วัดที่ 1", 90],
        ["ข้อ 1", 90],
        ["ข้อ 2", 80],
      ]),
    ).toEqual(["1,0 ind1", "2,0 IIT1/1", "3,0 IIT2/1"]);
  });

  test("from a sub-indicator heading (ตัวชี้วัดย่อยที่ 9.4 → OIT)", () => {
    expect(labels([["ตัวชี้วัดย่อยที่ 9.4"], ["ข้อ 23", 100], ["ข้อ 24", 0]])).toEqual(["1,0 OIT23", "2,0 OIT24"]);
  });

  test("from the nearest heading above, the latest one winning", () => {
    expect(labels([["IIT"], ["ข้อ 1", 90], ["ข้อ 2", 90], ["EIT"], ["ข้อ 1", 80], ["ข้อ 2", 80]])).toEqual([
      "1,0 IIT1",
      "2,0 IIT2",
      "4,0 EIT1",
      "5,0 EIT2",
    ]);
  });

  test("from a heading in the same row, left of the code", () => {
    expect(
      labels([
        ["EIT", "ข้อ 1", 80],
        ["", "ข้อ 2", 80],
      ]),
    ).toEqual(["0,1 EIT1", "1,1 EIT2"]);
  });

  test("side-by-side headings in one row: each block takes the nearest heading at or left of it", () => {
    expect(
      labels([
        ["IIT", null, "OIT"],
        ["ข้อ 1", 90, "ข้อ 1", 100],
        ["ข้อ 2", 90, "ข้อ 2", 100],
      ]),
    ).toEqual(["1,0 IIT1", "1,2 OIT1", "2,0 IIT2", "2,2 OIT2"]);
  });

  test("a heading in a row that also holds labels is not a heading for the rows below", () => {
    expect(
      labels([
        ["I1", 90, "OIT"],
        ["I2", 90],
        ["ข้อ 3", 90],
        ["ข้อ 4", 90],
      ]),
    ).toEqual(["0,0 IIT1", "1,0 IIT2", "2,0 ?3", "3,0 ?4"]);
  });

  test("from the sheet name when nothing above says", () => {
    expect(
      labels(
        [
          ["ข้อ 1", 90],
          ["ข้อ 2", 90],
        ],
        "EIT 2567",
      ),
    ).toEqual(["0,0 EIT1", "1,0 EIT2"]);
    expect(
      labels(
        [
          ["ข้อ 1", 90],
          ["ข้อ 2", 90],
        ],
        "ผล 2567",
      ),
    ).toEqual(["0,0 ?1", "1,0 ?2"]);
  });

  test("an explicit code keeps its own instrument under another heading", () => {
    expect(labels([["OIT"], ["I1", 90], ["I2", 90]])).toEqual(["1,0 IIT1", "2,0 IIT2"]);
  });

  test("EIT codes take the channel of an EIT (EP)/(ES) heading; other headings give none", () => {
    expect(labels([["EIT (ES)"], ["E1", 80], ["E2", 80]])).toEqual(["1,0 EITES1", "2,0 EITES2"]);
    expect(labels([["EIT (EP)"], ["ข้อ 1", 80], ["ข้อ 2", 80]])).toEqual(["1,0 EITEP1", "2,0 EITEP2"]);
    expect(labels([["EIT"], ["E1", 80], ["E2", 80]])).toEqual(["1,0 EIT1", "2,0 EIT2"]);
    expect(labels([["EIT (ES)"], ["IIT"], ["I1", 80], ["I2", 80]])).toEqual(["2,0 IIT1", "3,0 IIT2"]);
  });

  test("a total row is no heading: the codes after it keep the heading above", () => {
    expect(labels([["OIT"], ["ข้อ 1", 100], ["คะแนนรวม", 90], ["ข้อ 2", 100]])).toEqual([
      "1,0 OIT1",
      "2,0 sum:total",
      "3,0 OIT2",
    ]);
  });

  test("a heading alone in its row, right of the codes' column (centred or merged), still applies", () => {
    expect(
      labels([
        [null, "EIT"],
        ["ข้อ 1", 80],
        ["ข้อ 2", 80],
      ]),
    ).toEqual(["1,0 EIT1", "2,0 EIT2"]);
  });

  test("an EIT channel heading gives its channel to EIT codes only, and never replaces a typed channel", () => {
    expect(labels([["EIT (ES)"], ["I1", 80], ["I2", 80]])).toEqual(["1,0 IIT1", "2,0 IIT2"]);
    expect(labels([["EIT (ES)"], ["EP1", 80], ["EP2", 80]])).toEqual(["1,0 EITEP1", "2,0 EITEP2"]);
  });

  test("an indicator heading right of the codes is not their context", () => {
    expect(
      labels(
        [
          [null, null, "ตัวชี้วัดที่ 1"],
          ["ข้อ 1", 90],
          ["ข้อ 2", 80],
        ],
        "IIT",
      ),
    ).toEqual(["1,0 IIT1", "2,0 IIT2"]);
  });

  test("a code that names its own indicator keeps it, whatever heading is above or beside", () => {
    expect(
      labels([
        ["ตัวชี้วัดที่ 1", 90],
        ["ตัวชี้วัดที่ 2 ข้อ 8", 90],
        ["ตัวชี้วัดที่ 2 ข้อ 9", 90],
      ]),
    ).toEqual(["0,0 ind1", "1,0 IIT8/2", "2,0 IIT9/2"]);
    expect(
      labels([
        ["ตัวชี้วัดที่ 1", "ตัวชี้วัดที่ 2 ข้อ 8", 90],
        ["ตัวชี้วัดที่ 1", "ตัวชี้วัดที่ 2 ข้อ 9", 90],
      ]),
    ).toEqual(["0,1 IIT8/2", "1,1 IIT9/2"]);
  });

  test("an indicator left of a code in its row is dropped as a label and becomes the code's context", () => {
    expect(
      labels([
        ["ตัวชี้วัดที่ 1", "I1", 90],
        ["ตัวชี้วัดที่ 1", "I2", 90],
      ]),
    ).toEqual(["0,1 IIT1/1", "1,1 IIT2/1"]);
  });

  test("of headings at different heights, the lower one applies, even in a column further left", () => {
    expect(labels([["IIT"], [null, "EIT", "OIT"], [null, "ข้อ 1", 80], [null, "ข้อ 2", 80]])).toEqual([
      "2,1 EIT1",
      "3,1 EIT2",
    ]);
  });

  test("side-by-side indicator headings: each block's codes take the heading nearest on their left", () => {
    // IIT 2565: ข้อ 12 is indicator 2's; under indicator 1 it would be repaired to I2.
    expect(
      labels(
        [
          ["ตัวชี้วัดที่ 1", null, "ตัวชี้วัดที่ 2"],
          ["ข้อ 1", 90, "ข้อ 12", 80],
          ["ข้อ 2", 90, "ข้อ 11", 80],
        ],
        "IIT 2565",
      ),
    ).toEqual(["0,0 ind1", "0,2 ind2", "1,0 IIT1/1", "1,2 IIT12/2", "2,0 IIT2/1", "2,2 IIT11/2"]);
  });

  test("an indicator heading is the context only of codes of its own instrument", () => {
    expect(
      labels([
        ["ตัวชี้วัดที่ 1", 90],
        ["E1", 80],
        ["E2", 80],
      ]),
    ).toEqual(["0,0 ind1", "1,0 EIT1", "2,0 EIT2"]);
  });
});

describe("scanLabels: rows, summaries and columns", () => {
  test("an indicator in an item's row is that item's context, not a label (รหัส | ตัวชี้วัด | คะแนน)", () => {
    expect(
      labels([
        ["รหัส", "ตัวชี้วัด", "คะแนน 2567"],
        ["ข้อ 1", "ตัวชี้วัดที่ 6", 90],
        ["ข้อ 2", "ตัวชี้วัดที่ 6", 90],
      ]),
    ).toEqual(["1,0 EIT1/6", "2,0 EIT2/6"]);
    expect(
      labels([
        ["I1", "ตัวชี้วัดที่ 6", 90],
        ["I2", "ตัวชี้วัดที่ 6", 90],
      ]),
    ).toEqual(["0,0 IIT1", "1,0 IIT2"]);
  });

  test("IIT or คะแนนรวม is a score row only with a score after it; otherwise it is a heading", () => {
    expect(
      labels([
        ["ตัวชี้วัดที่ 1", 90],
        ["ตัวชี้วัดที่ 2", 80],
        ["IIT", 85],
        ["คะแนนรวม", 85],
      ]),
    ).toEqual(["0,0 ind1", "1,0 ind2", "2,0 sum:IIT", "3,0 sum:total"]);
    expect(
      labels([
        ["ตัวชี้วัดที่ 1", 90],
        ["ตัวชี้วัดที่ 2", 80],
        ["คะแนนรวม", "-"],
      ]),
    ).toEqual(["0,0 ind1", "1,0 ind2"]);
  });

  test("a score left of IIT does not make it a score row", () => {
    expect(
      labels([
        [90, "ตัวชี้วัดที่ 1"],
        [80, "ตัวชี้วัดที่ 2"],
        [85, "IIT"],
      ]),
    ).toEqual(["0,1 ind1", "1,1 ind2"]);
  });

  test("two-digit numbers typed as text, Thai digits too, are codes under ข้อ", () => {
    expect(labels([["OIT"], ["ข้อ", "2567"], ["๑๒", 100], ["13", 90]])).toEqual(["2,0 OIT12", "3,0 OIT13"]);
  });

  test("a column is a label column with two labels, or one explicit code; summaries alone are not", () => {
    expect(labels([["I1", 90]])).toEqual(["0,0 IIT1"]);
    expect(labels([["ข้อ 1", 90]])).toEqual([]);
    expect(labels([["ตัวชี้วัดที่ 1", 90]])).toEqual([]);
    expect(
      labels([
        ["IIT", 90],
        ["คะแนนรวม", 90],
      ]),
    ).toEqual([]);
  });

  test("rowLabelCols lists each row's label columns, ascending", () => {
    const scan = scanLabels(
      grid("s", [
        ["I1", 90, "O1", 100],
        ["I2", 90, "O2", 100],
        [null, null, "O3", 100],
      ]),
    );
    expect([...scan.rowLabelCols]).toEqual([
      [0, [0, 2]],
      [1, [0, 2]],
      [2, [2]],
    ]);
  });

  test("rowLabelCols stays ascending when a column further right starts higher up", () => {
    const scan = scanLabels(
      grid("s", [
        [null, null, "O1", 100],
        [null, null, "O2", 100],
        ["I1", 90, "O3", 100],
        ["I2", 90],
      ]),
    );
    expect(scan.rowLabelCols.get(2)).toEqual([0, 2]);
  });

  test("a KPI sheet's ตัวชี้วัดที่ 1 ร้อยละ… is not an ITA indicator", () => {
    expect(
      labels([
        ["ตัวชี้วัดที่ 1 ร้อยละของโครงการ", 90],
        ["ตัวชี้วัดที่ 2 จำนวนผู้รับบริการ", 80],
      ]),
    ).toEqual([]);
  });
});
