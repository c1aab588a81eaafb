import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { noisyCopyOf } from "../../src/analysis/titleMatch";
import { itemList } from "../../src/ita/catalog";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { grid } from "../helpers/grid";
import { SEED003_ROWS } from "../helpers/seed003";

const list = itemList(2567, "IIT")!;
const topic = (n: number) => list.items.find((it) => it.n === n)!.topic!;

/** The slips a scanner or a hurried typist makes in Thai: a tone mark lost, ซ for ช, a space inside a word. */
const noisy = {
  1: topic(1).replace("ให้บริการ", "ใหบริการ"),
  2: topic(2).replace("เท่าเทียม", "เท่า เทียม"),
  3: topic(3).replace("ปฏิบัติงาน", "ปฏิบ้ติงาน").replace("สินบน", "สิน บน"),
};

describe("typed titles with obvious noise", () => {
  test("a lost tone mark, a stray space, a misread vowel: noise; the same text: not", () => {
    for (const [n, typed] of Object.entries(noisy)) expect(noisyCopyOf(typed, topic(Number(n)))).toBe(true);
    expect(noisyCopyOf(topic(1), topic(1))).toBe(false);
    expect(noisyCopyOf(` ${topic(1).replace(/ /g, "  ")} `, topic(1))).toBe(false);
  });

  test("the officer's own words, a shortened title or another item's are not noise", () => {
    expect(noisyCopyOf("ปฏิบัติงานตามขั้นตอนและระยะเวลา", topic(1))).toBe(false);
    expect(noisyCopyOf(topic(1).slice(0, Math.floor(topic(1).length * 0.7)), topic(1))).toBe(false);
    expect(noisyCopyOf(topic(2), topic(3))).toBe(false);
  });

  test("the documents print NACC's wording and say so at the cell, with both texts; other titles stay", () => {
    const own = "ความเท่าเทียมในการให้บริการ (สรุปเอง)";
    const rows = [
      ["ข้อ", "ประเด็นการประเมิน", "2566", "2567"],
      ["I1", noisy[1], 70, 72],
      ["I2", noisy[2], 90, 80],
      ["I3", noisy[3], 88, 75],
      ["I4", own, 90, 60],
    ];
    const { report, specs } = runPipeline([grid("ผล", rows)], DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
      documents: ["measures"],
    });
    const said = report.diagnostics.filter((d) => d.code === "titleNoiseReplaced");
    expect(said.map((d) => d.cell)).toEqual(["A2", "A3", "A4"]);
    expect(said[0]!.message).toContain("ใหบริการ");
    expect(said[0]!.message).toContain("เอกสารใช้ถ้อยคำ");
    const printed = specs[0]!.rows.flatMap((r) => r.cells.map((c) => String(c.value ?? "")));
    const flat = (s: string) => s.replace(/\s+/g, " ").trim();
    for (const n of [1, 2, 3]) expect(printed.map(flat)).toContain(flat(topic(n)));
    expect(printed.join("\n")).not.toMatch(/ใหบริการ|เท่า เทียม|ปฏิบ้ติงาน/);
    expect(printed).toContain(own);
  });

  test("seed 003's scanned table: its slips (ประซาซน, ซ่องทาง, น่าทรัพย์สิน) said once for the sheet, none printed", () => {
    const { report, specs } = runPipeline(
      [grid("ผล", SEED003_ROWS)],
      DEFAULT_SETTINGS,
      DEFAULT_DOC_OPTIONS,
      "th",
      {
        documents: ["analysis", "measures"],
      },
    );
    const said = report.diagnostics.filter((d) => /^titles?NoiseReplaced$/.test(d.code));
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toMatch(/^ชีต “ผล”: ชื่อข้อ \d+ ข้อ \(I1, O7, /);
    const printed = specs
      .flatMap((sp) => sp.rows.flatMap((r) => r.cells.map((c) => String(c.value ?? ""))))
      .join("\n");
    expect(printed).not.toMatch(/ประซาซน|ซ่องทาง|น่าทรัพย์สิน|ข้อชักถาม/);
  });
});
