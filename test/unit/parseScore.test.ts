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

  test("text that names an object's own properties is text, not a mark (found by the property test)", () => {
    for (const t of ["__proto__", "constructor", "toString", "hasOwnProperty"])
      expect(parseScore(t).kind).toBe("invalid");
  });

  test("empty cells are empty, not errors", () => {
    expect(parseScore(null)).toEqual({ kind: "empty" });
    expect(parseScore("   ")).toEqual({ kind: "empty" });
  });

  test("what a diagnostic shows of a cell that is not a score", () => {
    expect(parseScore(true)).toEqual({ kind: "invalid", reason: "boolean", shown: "TRUE" });
    expect(parseScore({ date: "2024-05-01T00:00:00.000Z" })).toEqual({
      kind: "invalid",
      reason: "date",
      shown: "2024-05-01",
    });
    expect(parseScore("x #REF!")).toEqual({ kind: "invalid", reason: "text", shown: "x #REF!" });
    expect(parseScore("#N/A")).toEqual({ kind: "invalid", reason: "error", shown: "#N/A" });
    expect(parseScore({ error: "#NO_RESULT" })).toEqual({
      kind: "invalid",
      reason: "noResult",
      shown: "#NO_RESULT",
    });
    const forty = "ก".repeat(40);
    expect(parseScore(forty)).toEqual({ kind: "invalid", reason: "text", shown: forty });
    expect(parseScore(`${forty}ข`)).toEqual({ kind: "invalid", reason: "text", shown: `${forty}…` });
  });

  test("OIT yes/no answers are scores that say so", () => {
    expect(parseScore("มี")).toEqual({ kind: "score", value: 100, yesNo: true });
    expect(parseScore("ไม่ผ่าน")).toEqual({ kind: "score", value: 0, yesNo: true });
    expect(parseScore("100")).toEqual({ kind: "score", value: 100 });
    for (const tick of ["✓", "✔"])
      expect(parseScore(tick)).toEqual({ kind: "score", value: 100, yesNo: true });
    for (const cross of ["✗", "✘", "×"])
      expect(parseScore(cross)).toEqual({ kind: "score", value: 0, yesNo: true });
    // A plain letter x stays junk: it may mean "not assessed".
    expect(parseScore("x")).toMatchObject({ kind: "invalid", reason: "junk" });
  });

  test.each<[string, number]>([
    ["ร้อยละ 90.00", 90],
    ["คะแนน 85", 85],
    ["ได้ 85", 85],
    ["85.50/100", 85.5],
    ["85.50 / 100.00", 85.5],
    ["85.50 (ผ่าน)", 85.5],
    ["60 (ไม่ผ่าน)", 60],
    ["85,50", 85.5],
    ["85.5%", 85.5],
    ["85.5 ร้อยละ", 85.5],
    [".5", 0.5],
    ["88.76 ผ่านดี", 88.76],
    ["97.5 ผ่านดีเยี่ยม", 97.5],
    ["72 ต้องปรับปรุง", 72],
    ["45 (ต้องปรับปรุงโดยด่วน)", 45],
    ["91.07 (AA)", 91.07],
    ["86 A", 86],
    ["80 pass", 80],
    ["ผ่าน (100)", 100],
    ["มี ( 100 )", 100],
    ["ไม่ผ่าน (0)", 0],
  ])("the words around a score: %s → %d", (text, value) => {
    expect(parseScore(text)).toEqual({ kind: "score", value });
  });

  test.each([
    "1,250",
    "85.5/10",
    "85 (ดี)",
    "85 คะแนนเต็ม",
    "ร้อยละ",
    "85..5",
    "มี 3",
    "ผ่าน 90",
    "85 G",
    "85 (AA",
    "(100)",
  ])("%s is not a score", (text) => {
    expect(parseScore(text)).toMatchObject({ kind: "invalid", reason: "text" });
  });
});
