import { analyseGrids } from "../../src/analysis/analyseGrids";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { levelFor } from "../../src/ita/levels";
import { grid } from "../helpers/grid";

describe("levels by year, from the agencies' published figures", () => {
  test("ITA 2565 is still AA–F: IPST 2565 = 90.22 “A”", () => {
    expect(levelFor(2565, 90.22, { IIT: 90, EIT: 90, OIT: 90 })).toBe("A");
  });

  test("ITA 2566 uses the new words: IPST 86.78 “ผ่าน” (an instrument below 85), อพวช. 97.29 “ผ่านดี”", () => {
    expect(levelFor(2566, 86.78, { IIT: 92, EIT: 84.5, OIT: 86 })).toBe("ผ่าน");
    expect(levelFor(2566, 97.29, { IIT: 98, EIT: 94, OIT: 99 })).toBe("ผ่านดี");
    expect(levelFor(2566, 96, { IIT: 96, EIT: 95, OIT: 97 })).toBe("ผ่านดีเยี่ยม");
  });

  test("2567 on: 94.64 with EIT below 85 is “ผ่าน” (the State Audit Office, 2568); below 70 is urgent", () => {
    expect(levelFor(2568, 94.64, { IIT: 97, EIT: 84, OIT: 99 })).toBe("ผ่าน");
    expect(levelFor(2567, 69.99, { IIT: 70, EIT: 70, OIT: 70 })).toBe("ต้องปรับปรุงโดยด่วน");
    expect(levelFor(2567, 70, { IIT: 70, EIT: 70, OIT: 70 })).toBe("ต้องปรับปรุง");
  });
});

describe("2567+: what cannot be computed is said, not silently left out", () => {
  const rows = [
    ["ข้อ", "2567"],
    ["I1", 94],
    ["O1", 100],
    ["O8", 50],
    ["ตัวชี้วัดที่ 1", 94.22],
  ];
  const a = analyseGrids([grid("s", rows)], DEFAULT_SETTINGS);
  const ids = a.diagnostics.map((d) => d.id);

  test("OIT items alone give no indicator 9/10: the unknown rule is named", () => {
    expect(a.scoresByYear[0]!.indicators.has(9)).toBe(false);
    expect(ids).toContain("oitRuleUnknown");
  });

  test("no total: the missing indicators are listed by instrument", () => {
    const d = a.diagnostics.find((x) => x.id === "noTotal");
    expect(d?.params.missing).toBe("IIT (2, 3, 4, 5); EIT (6, 7, 8); OIT (9, 10)");
  });

  test("a given total without the instruments: no new-scheme level, and why", () => {
    const b = analyseGrids([grid("s", [...rows, ["คะแนนรวม", 91.15]])], DEFAULT_SETTINGS);
    expect(b.scoresByYear[0]!).toMatchObject({ total: { score: 91.15 }, level: null });
    expect(b.diagnostics.find((x) => x.id === "noLevel")?.params).toMatchObject({ total: "91.15" });
  });

  test("with indicators 9 and 10 given, the OIT score, total and level follow", () => {
    const ind = [94, 95, 96, 97, 98, 90, 91, 92, 88.46, 100].map((v, k) => [`ตัวชี้วัดที่ ${k + 1}`, v]);
    const c = analyseGrids([grid("s", [["ตัวชี้วัด", "2567"], ...ind])], DEFAULT_SETTINGS);
    const y = c.scoresByYear[0]!;
    expect(y.instruments.get("OIT")?.score).toBe(94.23);
    expect(y.level).toBe("ผ่านดี");
    expect(c.diagnostics.map((d) => d.id)).not.toContain("noTotal");
  });
});
