import fs from "node:fs";
import path from "node:path";
import { analyseGrids } from "../../src/analysis/analyseGrids";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { INSTRUMENTS } from "../../src/ita/types";
import { plannerLines } from "../../src/cli/plannerSummary";
import { cheapestPath } from "../../src/planner/cheapestPath";
import { buildPlanner } from "../../src/planner/planner";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import type { PlanUnit } from "../../src/planner/planUnits";
import { grid } from "../helpers/grid";
import { loadSampleGrids } from "../helpers/sample";
import { transition } from "../helpers/yearFixtures";

/** NACC's published 2564 provincial figures (H-1: Trat, Chanthaburi, Nakhon Nayok): indicators and total. */
const published = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "fixtures", "published", "H-1.json"), "utf8"),
).expected["2564"] as Record<string, { total: number; indicators: Record<string, number> }>;

const planOf = (indicators: Record<string, number>) =>
  buildPlanner(
    analyseGrids(
      [grid("ผล", [["ตัวชี้วัด", "2564"], ...Object.entries(indicators).map(([n, v]) => [`ตัวชี้วัดที่ ${n}`, v])])],
      DEFAULT_SETTINGS,
    ),
  )!;

describe("the planner's 2564 arithmetic is NACC's", () => {
  test.each(Object.entries(published))("%s: its indicators give its published total", (_, p) => {
    expect(planOf(p.indicators).current.total).toBe(p.total);
  });

  test.each(Object.entries(published))(
    "%s: each indicator's gain at 100 is its exact share of the total",
    (_, p) => {
      const plan = planOf(p.indicators);
      const weight = { IIT: 0.3 / 5, EIT: 0.3 / 3, OIT: 0.4 / 2 };
      for (const [n, v] of Object.entries(p.indicators)) {
        const g = plan.gains.find((x) => x.kind === "indicator" && x.code === n)!;
        const inst = Number(n) <= 5 ? "IIT" : Number(n) <= 8 ? "EIT" : "OIT";
        expect(g).toMatchObject({ instrument: inst, score: v, certainty: "confirmed" });
        expect(g.totalGainAt100).toBeCloseTo((100 - v) * weight[inst], 2);
        // Raised alone to 100, the indicator gives the total NACC's rule gives (recomputed from the indicators).
        const raised = { ...p.indicators, [n]: 100 };
        expect(planOf(raised).current.total! - p.total).toBeCloseTo(g.totalGainAt100, 1);
      }
      expect(plan.gains.map((g) => g.totalGainAt100)).toEqual(
        [...plan.gains.map((g) => g.totalGainAt100)].sort((a, b) => b - a),
      );
    },
  );

  test("Trat 2564 (81.45, B): indicator 10 to 100 is worth 6.89 and reaches A; the plan to A raises OIT first", () => {
    const plan = planOf(published["ตราด"]!.indicators);
    expect(plan.current).toEqual({ total: 81.45, level: "B", estimate: false });
    expect(plan.gains[0]).toMatchObject({ kind: "indicator", code: "10", totalGainAt100: 6.89 });
    const toA = plan.targets.find((t) => t.level === "A")!;
    expect(toA).toMatchObject({ gap: 3.55, reachable: true, certainty: "confirmed", projectedLevel: "A" });
    // OIT indicator points are worth most (0.2 of total each); on a tie the lower score first: 10 from 65.56.
    expect(toA.steps).toEqual([
      { kind: "indicator", code: "10", instrument: "OIT", from: 65.56, to: 83.31, totalGain: 3.55 },
    ]);
    expect(toA.projectedTotal).toBeGreaterThanOrEqual(85);
    expect(plan.targets.map((t) => t.level)).toEqual(["A", "AA"]);
    // AA (95) needs 13.55 more: OIT to 100 gives at most 12.31, so IIT/EIT must move too.
    const aa = plan.targets.find((t) => t.level === "AA")!;
    expect(aa.reachable).toBe(true);
    expect(
      aa.steps
        .map((s) => s.code)
        .slice(0, 2)
        .sort(),
    ).toEqual(["10", "9"]);
  });
});

describe("the cheapest path is the cheapest (checked against brute force on small cases)", () => {
  const unit = (
    code: string,
    instrument: PlanUnit["instrument"],
    score: number,
    a: number,
    w: number,
  ): PlanUnit => ({
    kind: "item",
    code,
    instrument,
    score,
    coefficient: { instrument, perInstrumentPoint: a, perTotalPoint: a * w, assumptions: [] },
  });
  /** A small random case: four items of three instruments with scores near 100 (raises of at most 8 points). */
  function randomCase(seed: number) {
    let s = seed;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const w = { IIT: 0.3, EIT: 0.3, OIT: 0.4 };
    const units = (["IIT", "EIT", "OIT", INSTRUMENTS[Math.floor(rnd() * 3)]!] as const).map((inst, k) =>
      unit(`X${k}`, inst, 92 + Math.floor(rnd() * 8), [0.5, 0.25, 1 / 3][Math.floor(rnd() * 3)]!, w[inst]),
    );
    const instruments = { IIT: 80 + rnd() * 15, EIT: 80 + rnd() * 15, OIT: 80 + rnd() * 15 };
    const total = 0.3 * instruments.IIT + 0.3 * instruments.EIT + 0.4 * instruments.OIT;
    const each = rnd() < 0.5 ? null : Math.min(...Object.values(instruments)) + rnd() * 2;
    return { units, start: { total, instruments }, target: { total: total + rnd() * 3, each } };
  }
  /** Fewest points raised over a grid of quarter points (every raise a multiple of 0.25). */
  function bruteForce(c: ReturnType<typeof randomCase>): number | null {
    const steps = c.units.map((u) => Math.round((100 - u.score) * 4));
    let best: number | null = null;
    const raise = new Array<number>(c.units.length).fill(0);
    const visit = (k: number) => {
      if (k === c.units.length) {
        const pts = raise.map((r) => r / 4);
        const total =
          c.start.total + c.units.reduce((s, u, i) => s + pts[i]! * u.coefficient.perTotalPoint, 0);
        const ok =
          total >= c.target.total - 1e-9 &&
          (c.target.each === null ||
            INSTRUMENTS.every(
              (inst) =>
                c.start.instruments[inst] +
                  c.units.reduce(
                    (s, u, i) => s + (u.instrument === inst ? pts[i]! * u.coefficient.perInstrumentPoint : 0),
                    0,
                  ) >=
                c.target.each! - 1e-9,
            ));
        const sum = pts.reduce((a, b) => a + b, 0);
        if (ok && (best === null || sum < best)) best = sum;
        return;
      }
      for (let r = 0; r <= steps[k]!; r++) {
        raise[k] = r;
        visit(k + 1);
      }
    };
    visit(0);
    return best;
  }

  test.each(Array.from({ length: 40 }, (_, i) => i + 1))("case %d", (seed) => {
    const c = randomCase(seed);
    const path = cheapestPath(c.units, c.start, c.target);
    const brute = bruteForce(c);
    expect(path.reachable).toBe(brute !== null);
    if (brute === null) return;
    const raised = path.steps.reduce((s, x) => s + (x.to - x.from), 0);
    // The continuous optimum is at most the quarter-point one, and within a quarter point per item of it.
    expect(raised).toBeLessThanOrEqual(brute + 0.01 * c.units.length);
    expect(raised).toBeGreaterThan(brute - 0.25 * c.units.length - 1e-6);
  });
});

describe("after 2566 the planner says what it assumes", () => {
  test("2568 items: every gain and target is an estimate naming its assumptions; the OIT split is one", () => {
    const plan = buildPlanner(analyseGrids(transition(2567, 2568, "many"), DEFAULT_SETTINGS))!;
    expect(plan.gains.length).toBeGreaterThan(10);
    for (const g of plan.gains) {
      expect(g.certainty).toBe("assumed");
      expect(g.assumption).toEqual(expect.arrayContaining(["weights", "aggregation"]));
    }
    expect(
      plan.gains.filter((g) => g.instrument === "OIT").every((g) => g.assumption!.includes("oitSplit")),
    ).toBe(true);
    // An IIT item of 2568 (three items an indicator, five indicators) is worth 2.00 per 0 → 100; an EIT item 3.33.
    const i = plan.gains.find((g) => g.instrument === "IIT")!;
    expect(i.totalGainAt100).toBeCloseTo(((100 - i.score) * 0.3) / 5 / 3, 2);
  });
});

describe("the planner in the command line's summary", () => {
  const trat = planOf(published["ตราด"]!.indicators);
  test("Trat 2564: the next level, its cheapest path and the three largest gains, exact (no estimate word)", () => {
    expect(plannerLines(trat, "th", null)).toEqual([
      "ไปสู่ระดับ A: คะแนนรวมขาดอีก 3.55 — เพิ่มน้อยที่สุด: ตัวชี้วัดที่ 10 65.56 → 83.31 (+3.55) → คะแนนรวม 85.00 (A)",
      "เพิ่มคะแนนรวมได้มากที่สุด: ตัวชี้วัดที่ 10 +6.89, ตัวชี้วัดที่ 9 +5.42, ตัวชี้วัดที่ 8 +1.14",
    ]);
  });
  test("--target: a level of another scheme is said; one already reached is said", () => {
    expect(plannerLines(trat, "th", "ผ่านดี")[0]).toMatch(/^--target ผ่านดี: ไม่ใช่ระดับของปี 2564 \(AA, A, B/);
    expect(plannerLines(trat, "th", "C")[0]).toBe("ระดับ C ได้แล้ว (ปัจจุบัน B)");
    expect(plannerLines(trat, "en", "AA")[0]).toMatch(
      /^To reach AA: the total is 13\.55 short — fewest points: indicator 10 65\.56 → 100\.00/,
    );
  });
  test("2568: every figure said to be an estimate", () => {
    const lines = plannerLines(
      buildPlanner(analyseGrids(transition(2567, 2568, "many"), DEFAULT_SETTINGS)),
      "th",
      null,
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toContain("(ประมาณ)");
  });
});

describe("the plan sheet (แผนยกระดับผล ITA {ปี+1})", () => {
  const sheetText = (grids: Parameters<typeof runPipeline>[0]) => {
    const spec = runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", { documents: ["plan"] })
      .specs[0]!;
    return { spec, text: spec.rows.flatMap((r) => r.cells.map((c) => String(c.value ?? ""))).join("\n") };
  };
  test("Trat 2564: the targets, the path to A and the gains, exact (no word of an estimate)", () => {
    const ind = published["ตราด"]!.indicators;
    const { spec, text } = sheetText([
      grid("ผล", [["ตัวชี้วัด", "2564"], ...Object.entries(ind).map(([n, v]) => [`ตัวชี้วัดที่ ${n}`, v])]),
    ]);
    expect(spec.name).toBe("แผนยกระดับผล ITA 2565");
    expect(text).toContain("จากผลการประเมิน ITA ประจำปี พ.ศ. 2564 ได้คะแนนรวม 81.45 คะแนน ระดับ B");
    expect(text).toContain("2. แนวทางที่เพิ่มคะแนนน้อยที่สุดเพื่อให้อยู่ในระดับ A");
    expect(text).toContain("คะแนนรวมเพิ่มอีก 3.55 คะแนน");
    expect(text).toContain("ตัวชี้วัดที่ 10\nการป้องกันการทุจริต");
    expect(text).not.toMatch(/\(ประมาณ\)|ค่าประมาณ|รวมประมาณ|ระบุว่าประมาณ/);
  });
  test("2567 sample-like items: every section and the current total said to be estimates, with why", () => {
    const { text } = sheetText(transition(2565, 2566, "many"));
    expect(text).toMatch(/ได้คะแนนรวมประมาณ \d+\.\d\d คะแนน ระดับ \S+ \(ประมาณ\)/);
    expect(text).toMatch(/1\. เป้าหมายระดับผลการประเมิน \(ประมาณ\)/);
    expect(text).toMatch(
      /ตัวเลขที่ระบุว่าประมาณเป็นค่าที่หน่วยงานคำนวณเอง ไม่ใช่ค่าที่ ป.ป.ช. ประกาศ เพราะน้ำหนักแบบวัดปี 2566/,
    );
  });
});

describe("the measures memo names the level the plan aims at", () => {
  const memo = (grids: Parameters<typeof runPipeline>[0]) =>
    runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", { documents: ["measuresMemo"] })
      .specs[0]!.rows.flatMap((r) => r.cells.map((c) => String(c.value ?? "")))
      .join("\n");
  test("Trat 2564 (B): the FY2565 measures aim at A", () => {
    const ind = published["ตราด"]!.indicators;
    expect(
      memo([grid("ผล", [["ตัวชี้วัด", "2564"], ...Object.entries(ind).map(([n, v]) => [`ตัวชี้วัดที่ ${n}`, v])])]),
    ).toContain(
      "ประจำปีงบประมาณ พ.ศ. 2565 เรียบร้อยแล้ว เพื่อให้ผลการประเมิน ITA ประจำปี พ.ศ. 2565 อยู่ในระดับ A จึงเห็นควร",
    );
  });
  test("no total (2567 → 2568 without OIT): no aim is named", () => {
    expect(memo(transition(2567, 2568, "many"))).not.toMatch(/อยู่ในระดับ/);
  });
});

describe("an OIT item is raised whole: a document is published or not", () => {
  test("the sample-like 2567 plan raises every OIT item it uses to 100", async () => {
    const plan = buildPlanner(analyseGrids(await loadSampleGrids(), DEFAULT_SETTINGS))!;
    const steps = plan.targets
      .flatMap((t) => t.steps)
      .filter((s) => s.instrument === "OIT" && s.kind === "item");
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) expect(s.to).toBe(100);
    for (const t of plan.targets.filter((x) => x.reachable)) expect(t.projectedLevel).toBe(t.level);
  });
});
