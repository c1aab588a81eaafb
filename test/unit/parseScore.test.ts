import { parseScore } from "../../src/analysis/parseScore";

describe("parseScore", () => {
  test.each<[unknown, number]>([
    [85.25, 85.25],
    ["98.06", 98.06],
    ["๙๘.๐๖", 98.06],
    ["๑๐๐", 100],
    [" 0 ", 0],
    ["88.44 คะแนน", 88.44],
    ["100%", 100],
  ])("%p → %p", (v, n) => {
    expect(parseScore(v as never)).toEqual({ kind: "score", value: n });
  });

  test.each<[unknown, string]>([
    ["-", "junk"],
    ["N/A", "junk"],
    ["n/a", "junk"],
    ["#DIV/0!", "error"],
    [{ error: "#DIV/0!" }, "error"],
    [{ error: "#REF!" }, "error"],
    [101, "range"],
    [-3, "range"],
    ["250000", "range"],
    [true, "boolean"],
    [{ date: "2024-05-01T00:00:00.000Z" }, "date"],
    ["ดีมาก", "text"],
  ])("%p is not a score (%s)", (v, reason) => {
    const r = parseScore(v as never);
    expect(r.kind).toBe("invalid");
    expect(r.kind === "invalid" && r.reason).toBe(reason);
  });

  test("empty cells are empty, not errors", () => {
    expect(parseScore(null)).toEqual({ kind: "empty" });
    expect(parseScore("   ")).toEqual({ kind: "empty" });
  });
});
