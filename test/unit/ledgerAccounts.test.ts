import { sweepLedger } from "../../src/analysis/ledger";
import type { Diagnostic, ItemObservation } from "../../src/analysis/types";
import { grid } from "../helpers/grid";
import { emptyRecognition } from "../helpers/recognition";

const rows = [
  ["I1", 90],
  ["I2", 80],
];
const empty = () => emptyRecognition();
const item = (sheet: string, cell: string, labelCell: string): ItemObservation => ({
  sheet,
  cell,
  labelCell,
  year: 2567,
  score: 90,
  title: null,
  label: { instrument: "IIT", channel: null, number: 1, form: "explicit", raw: "I1", text: "" },
});
const note = (sheet: string | null, cell: string | null, id = "notAScore.junk"): Diagnostic => ({
  level: "warning",
  sheet,
  cell,
  id,
  params: {},
});
const ranges = (ds: Diagnostic[]) => ds.map((d) => [d.sheet, d.params.range]);

describe("sweepLedger: which cells the recogniser accounted for", () => {
  test("nothing read: the rows are one unread region", () => {
    expect(ranges(sweepLedger(grid("b", rows), empty()))).toEqual([["b", "A1:B2"]]);
  });

  test("a score cell or a label cell read on this sheet accounts for its row", () => {
    const byScore = { ...empty(), items: [item("b", "B1", "Z9"), item("b", "B2", "Z9")] };
    expect(sweepLedger(grid("b", rows), byScore)).toEqual([]);
    const byLabel = { ...empty(), items: [item("b", "Z8", "A1"), item("b", "Z9", "A2")] };
    expect(sweepLedger(grid("b", rows), byLabel)).toEqual([]);
  });

  test("the same addresses read on another sheet account for nothing here", () => {
    const other = { ...empty(), items: [item("a", "B1", "A1"), item("a", "B2", "A2")] };
    expect(ranges(sweepLedger(grid("b", rows), other))).toEqual([["b", "A1:B2"]]);
    const otherNotes = { ...empty(), diagnostics: [note("a", "A1"), note("a", "B2")] };
    expect(ranges(sweepLedger(grid("b", rows), otherNotes))).toEqual([["b", "A1:B2"]]);
  });

  test("a cell named by a diagnostic is accounted for; a table-level note (no year) or a note without a cell is not", () => {
    const named = { ...empty(), diagnostics: [note("b", "B1"), note("b", "A2")] };
    expect(sweepLedger(grid("b", rows), named)).toEqual([]);
    const tableLevel = {
      ...empty(),
      diagnostics: [note("b", "A1", "noYear"), note("b", null), note(null, null)],
    };
    expect(ranges(sweepLedger(grid("b", rows), tableLevel))).toEqual([["b", "A1:B2"]]);
  });

  test("a generated sheet is never swept", () => {
    expect(sweepLedger(grid("b", rows, { generated: true }), empty())).toEqual([]);
  });
});

describe("sweepLedger: the values of each label and the regions they form", () => {
  const sweep = (g: ReturnType<typeof grid>) =>
    sweepLedger(g, empty()).map((d) => [d.params.range, d.params.columns, d.params.rows]);

  // A value between two labels may be either's: both count it (the ledger would rather name too much).
  test("labels side by side in a row each take the values up to their neighbours, on either side", () => {
    expect(
      sweep(
        grid("s", [
          ["I1", 90, "I2", 80],
          ["I3", 70, "I4", 60],
        ]),
      ),
    ).toEqual([
      ["A1:B2", "B", 2],
      ["B1:D2", "B, D", 2],
    ]);
    expect(
      sweep(
        grid("s", [
          [90, "I1", 80, "I2"],
          [70, "I3", 60, "I4"],
        ]),
      ),
    ).toEqual([
      ["A1:C2", "A, C", 2],
      ["C1:D2", "C", 2],
    ]);
  });

  test("values below a label are looked for only under a row of labels", () => {
    expect(sweep(grid("s", [["I1"], [90], [80]]))).toEqual([]);
    expect(
      sweep(
        grid("s", [
          ["I1", "I2"],
          [90, 80],
        ]),
      ),
    ).toEqual([
      ["A1:A2", "A", 1],
      ["B1:B2", "B", 1],
    ]);
  });

  test("unread labels of one column up to three rows apart are one region; four apart, two", () => {
    expect(sweep(grid("s", [["I1", 90], [], [], ["I2", 80]]))).toEqual([["A1:B4", "B", 2]]);
    expect(sweep(grid("s", [["I1", 90], [], [], [], ["I2", 80]]))).toEqual([
      ["A1:B1", "B", 1],
      ["A5:B5", "B", 1],
    ]);
  });

  test("a grid that starts at AA10 names the sheet's rows and columns", () => {
    const d = sweepLedger(
      grid(
        "s",
        [
          ["I1", 90],
          ["I2", 80],
        ],
        { top: 9, left: 26 },
      ),
      empty(),
    );
    expect(d.map((x) => [x.cell, x.params])).toEqual([
      ["AA10", { range: "AA10:AB11", rows: 2, from: 10, to: 11, columns: "AB" }],
    ]);
  });

  test("regions are listed top to bottom, then left to right", () => {
    expect(
      sweep(
        grid("s", [
          [null, null, "I1", 90],
          [null, null, "I2", 90],
          ["E1", 80],
          ["E2", 80],
        ]),
      ).map((x) => x[0]),
    ).toEqual(["C1:D2", "A3:B4"]);
    // Column C's second region starts in the same row as column A's: A comes first.
    expect(
      sweep(
        grid("s", [
          [null, null, "I1", 90],
          [null, null, "I2", 90],
          [],
          [],
          [],
          ["E1", 80, "O1", 100],
          ["E2", 80, "O2", 100],
        ]),
      ).map((x) => x[0]),
    ).toEqual(["C1:D2", "A6:B7", "B6:D7"]);
  });
});
