import { sweepLedger } from "../../src/analysis/ledger";
import type { Diagnostic, ItemObservation, Recognition } from "../../src/analysis/types";
import { grid } from "../helpers/grid";

const rows = [
  ["I1", 90],
  ["I2", 80],
];
const empty = (): Recognition => ({
  tables: [],
  items: [],
  indicators: [],
  summaries: [],
  levels: [],
  diagnostics: [],
});
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
