import { analyseGrids } from "../../src/analysis/analyseGrids";
import { DEFAULT_SETTINGS, classify } from "../../src/analysis/settings";
import { grid } from "../helpers/grid";
import { SEED000_ROWS } from "../helpers/seed000";

const S = DEFAULT_SETTINGS;

describe("analyse: seed 000 (2565 → 2566)", () => {
  const a = analyseGrids([grid("ผล ITA", SEED000_ROWS)], S);
  const item = (code: string) => a.items.find((i) => i.code === code)!;
  const ind = (n: number) => a.indicators.find((i) => i.number === n)!;

  test("years and latest year", () => {
    expect(a.years).toEqual([2565, 2566]);
    expect(a.latestYear).toBe(2566);
  });

  test("OCR'd codes are repaired and compared: ข้อ 12 under indicator 1 is I2, +12.96", () => {
    expect(item("I2")).toMatchObject({
      score: 93.06,
      delta: 12.96,
      previous: { year: 2565, code: "I2", score: 80.1 },
    });
    expect(item("I7")).toMatchObject({ delta: 8.25 });
    expect(item("I13")).toMatchObject({ delta: 4.01 });
  });

  test("renumbered items are compared through the crosswalk, naming the previous code", () => {
    expect(item("I8")).toMatchObject({
      score: 75.84,
      delta: -2.91,
      previous: { code: "I12", score: 78.75, crosswalk: true },
    });
    expect(item("I19")).toMatchObject({
      score: 83.44,
      delta: 0.64,
      previous: { code: "I23", crosswalk: true },
    });
  });

  test("indicator deltas: −0.50, +0.12, +24.36", () => {
    expect(ind(5)).toMatchObject({
      score: 88.44,
      delta: -0.5,
      source: "sheet",
      class: "declined",
      cell: "C14",
    });
    expect(ind(8)).toMatchObject({ delta: 0.12, flagged: false });
    expect(ind(9)).toMatchObject({ score: 100, delta: 24.36, previous: { year: 2565, score: 75.64 } });
  });

  test("flags and classes against the threshold", () => {
    expect(item("I15")).toMatchObject({ score: 83.4, flagged: true, class: "improve" });
    expect(item("I2")).toMatchObject({ flagged: false, class: "keep" });
    expect(a.items.filter((i) => i.flagged).map((i) => i.code)).toEqual(["I8", "I15", "I19", "I20"]);
  });

  test("guesses are said: each OCR repair is an info diagnostic at its label cell", () => {
    const repairs = a.diagnostics.filter((d) => d.id === "ocrRepair");
    expect(repairs.map((d) => `${d.cell}:${d.params.code}`)).toEqual(["A4:I2", "A5:I7", "A6:I12", "A7:I8"]);
    expect(repairs.every((d) => d.level === "info")).toBe(true);
  });

  test("a higher threshold flags more", () => {
    const strict = analyseGrids([grid("ผล ITA", SEED000_ROWS)], { ...S, threshold: 90 });
    expect(strict.items.filter((i) => i.flagged).length).toBeGreaterThan(
      a.items.filter((i) => i.flagged).length,
    );
    expect(strict.threshold).toBe(90);
  });
});

describe("analyse: frameworks, completeness and duplicates", () => {
  test("across 2566 → 2567 only items of the same wording are compared (I2), and indicator deltas remain", () => {
    const a = analyseGrids(
      [
        grid("2566", [
          ["ข้อ", "2566"],
          ["I1", 90],
          ["I2", 91],
          ["ตัวชี้วัดที่ 1", 88],
        ]),
        grid("2567", [
          ["ข้อ", "2567"],
          ["I1", 95],
          ["I2", 80],
          ["ตัวชี้วัดที่ 1", 90],
        ]),
      ],
      S,
    );
    expect(a.items.map((i) => [i.code, i.delta])).toEqual([
      ["I1", null],
      ["I2", -11],
    ]);
    expect(a.items[1]?.previous).toMatchObject({ code: "I2", crosswalk: true });
    expect(a.indicators[0]).toMatchObject({ number: 1, delta: 2 });
    expect(a.diagnostics.some((d) => d.id === "crosswalkUsed" && d.params.instrument === "IIT")).toBe(true);
  });

  test("an indicator is computed from items only when all its items are present", () => {
    const rows = [
      ["ข้อ", "2567"],
      ["I1", 90],
      ["I2", 96.67],
      ["I3", 100],
      ["I4", 80],
    ];
    const a = analyseGrids([grid("s", rows)], S);
    expect(a.indicators).toEqual([
      expect.objectContaining({ number: 1, score: 95.56, source: "items", cell: null }),
    ]);
  });

  test("old-framework OIT indicators average their sub-indicators", () => {
    const rows: (string | number)[][] = [["ข้อ", "2565"]];
    for (let n = 34; n <= 43; n++) rows.push([`O${n}`, n === 34 ? 0 : 100]);
    const a = analyseGrids([grid("s", rows)], S);
    // 10.1 = o34–o41 (one of 8 missing) = 87.5; 10.2 = o42–o43 = 100; indicator 10 = 93.75 (the Phichit 2564 figure)
    expect(a.indicators.find((i) => i.number === 10)?.score).toBe(93.75);
  });

  test("a code twice in one year is a warning naming both cells; the first is used", () => {
    const a = analyseGrids(
      [
        grid("s", [
          ["ข้อ", "2567"],
          ["o๒๔", 100],
          ["o๒๔", 0],
        ]),
      ],
      S,
    );
    expect(a.items).toEqual([expect.objectContaining({ code: "O24", score: 100, cell: "B2" })]);
    expect(a.diagnostics).toContainEqual({
      level: "warning",
      sheet: "s",
      cell: "B3",
      id: "duplicateItem",
      params: { code: "O24", year: 2567, first: "s!B2" },
    });
  });

  test("a code outside the framework is a warning, not an item", () => {
    const a = analyseGrids(
      [
        grid("s", [
          ["ข้อ", "2567"],
          ["I1", 90],
          ["I16", 90],
        ]),
      ],
      S,
    );
    expect(a.items.map((i) => i.code)).toEqual(["I1"]);
    expect(a.diagnostics.map((d) => d.id)).toContain("codeOutOfRange");
  });

  test("instrument scores, total and level (AA–F, 2563–2565) when every indicator is known", () => {
    const rows = [
      ["ตัวชี้วัด", "2565"],
      ...[91, 92, 93, 94, 95, 80, 81, 82, 100, 75].map((v, k) => [`ตัวชี้วัดที่ ${k + 1}`, v]),
    ];
    const a = analyseGrids([grid("s", rows)], S);
    const y = a.scoresByYear[0]!;
    expect(y.instruments.get("IIT")?.score).toBe(93);
    expect(y.instruments.get("EIT")?.score).toBe(81);
    expect(y.instruments.get("OIT")?.score).toBe(87.5);
    expect(y.total?.score).toBe(87.2);
    expect(y.level).toBe("A");
  });
});

describe("classify", () => {
  test.each([
    [0, null, "OIT", "urgent"],
    [65, null, "IIT", "urgent"],
    [84.99, 3, "IIT", "improve"],
    [90, -1, "EIT", "declined"],
    [90, 0, "EIT", "keep"],
    [85, null, "OIT", "keep"],
  ] as const)("%p (Δ %p, %s) is %s", (score, delta, inst, cls) => {
    expect(classify(score, delta, inst, S)).toBe(cls);
  });

  test("the urgent rule is a setting", () => {
    expect(classify(65, null, "IIT", { ...S, urgentBelow: 50 })).toBe("improve");
    expect(classify(0, null, "OIT", { ...S, urgentBelow: 0, urgentOitZero: false })).toBe("improve");
  });

  test("at the edges: 70 is not urgent, 69.99 is; a zero is urgent only for OIT and only with a pass mark", () => {
    expect(classify(70, null, "IIT", S)).toBe("improve");
    expect(classify(69.99, null, "IIT", S)).toBe("urgent");
    expect(classify(0, null, "IIT", { ...S, urgentBelow: 0 })).toBe("improve");
    expect(classify(0, null, "OIT", { ...S, urgentBelow: 0 })).toBe("urgent");
    expect(classify(0.5, null, "OIT", { ...S, urgentBelow: 0 })).toBe("improve");
    expect(classify(0, null, "OIT", { ...S, urgentBelow: 0, threshold: 0 })).toBe("keep");
    expect(classify(0, null, null, { ...S, urgentBelow: 0 })).toBe("improve");
    expect(classify(85, -0.01, "IIT", S)).toBe("declined");
    expect(classify(84.99, -5, "IIT", S)).toBe("improve");
  });
});
