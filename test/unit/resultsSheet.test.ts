import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { transition } from "../helpers/yearFixtures";

const SECTIONS = /^\d\. (ข้อบกพร่องหรือจุดอ่อน|ประเด็นที่ต้องพัฒนา)/;

/** The first cell of every row of the results sheet. */
const firstCells = (previous: number, year: number) =>
  runPipeline(transition(previous, year, "many"), DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
    documents: ["results"],
  }).specs[0]!.rows.map((r) => String(r.cells[0]?.value ?? ""));

describe("the results sheet names each measure's group once", () => {
  test("2567 → 2568: the ประเด็น heads its rows, and the measure titles do not repeat it", () => {
    const cells = firstCells(2567, 2568);
    const titles = cells.filter((c) => /^\d+\. /.test(c) && !SECTIONS.test(c));
    expect(titles.length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.startsWith("ประเด็นที่ ")).length).toBeGreaterThan(0);
    for (const t of titles) expect(t).not.toMatch(/\nประเด็นที่ \d/);
  });

  test("2565 → 2566: in the two official sections, each title names its indicator", () => {
    const titles = firstCells(2565, 2566).filter((c) => /^\d+\. /.test(c) && !SECTIONS.test(c));
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toMatch(/\nตัวชี้วัดที่ \d+ /);
  });
});

test("2568 → 2569: the ประเด็น of the results sheet are in their official order", () => {
  const numbers = firstCells(2568, 2569)
    .map((c) => /^ประเด็นที่ (\d+) /.exec(c)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  expect(numbers.length).toBeGreaterThan(3);
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
});

test.each(["measures", "results"])(
  "%s: the two signature blocks stand side by side, so neither prints alone on a last page",
  (kind) => {
    const spec = runPipeline(
      transition(2567, 2568, "many"),
      DEFAULT_SETTINGS,
      { ...DEFAULT_DOC_OPTIONS, writerName: "นางสาวสมใจ ใจดี", executiveName: "นายสมชาย รักดี" },
      "th",
      { documents: [kind as "measures" | "results"] },
    ).specs[0]!;
    const texts = spec.rows.map((r) => r.cells.map((c) => String(c.value ?? "")).join(" | "));
    const signed = texts.filter((t) => t.includes("(ลงชื่อ)"));
    expect(signed).toHaveLength(1);
    expect(signed[0]).toMatch(/\(ลงชื่อ\) \.+ ผู้(จัดทำ|รายงาน) \|.*\(ลงชื่อ\) \.+ ผู้(อนุมัติ|บริหาร)/);
    const names = texts[texts.indexOf(signed[0]!) + 1]!;
    expect(names).toMatch(/\( นางสาวสมใจ ใจดี \).*\( นายสมชาย รักดี \)/);
    expect(texts.length - texts.indexOf(signed[0]!)).toBe(3);
  },
);
