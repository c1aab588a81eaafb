/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import type { CellValue } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { ALL_DOCUMENTS, runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { SummaryCard } from "../../src/taskpane/components/SummaryCard";
import { readingOf } from "../../src/taskpane/reading";
import { grid } from "../helpers/grid";
import { yearSheet } from "../helpers/yearFixtures";

/** A 2568 workbook: every item scored, and maybe a summary block typed from ITAS. */
function workbook2568(summary: CellValue[][] = []) {
  const sheets = [yearSheet(2567, "many", 1), yearSheet(2568, "many")];
  return summary.length ? [...sheets, grid("สรุป", summary)] : sheets;
}

const run = (grids: ReturnType<typeof workbook2568>) =>
  runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", { documents: ALL_DOCUMENTS });

const cellTexts = (r: ReturnType<typeof run>, kind: string) =>
  r.specs
    .filter((s) => s.kind === kind)
    .flatMap((s) => s.rows.flatMap((row) => row.cells.map((c) => String(c.value ?? ""))))
    .join("\n");

describe("a total computed on an assumption is an estimate, said everywhere it appears", () => {
  // Indicators 9 and 10 as typed from ITAS (NACC has not published how OIT items make them), items for the rest.
  const indicators: CellValue[][] = [
    ["ตัวชี้วัด", "คะแนน 2568"],
    ["ตัวชี้วัดที่ 9", 90],
    ["ตัวชี้วัดที่ 10", 80],
  ];
  const computed = run(workbook2568(indicators));

  test("the JSON report: estimate true with each assumption in words", () => {
    const t = computed.report.total!;
    expect(t).toMatchObject({ source: "items", estimate: true });
    expect(t.estimate && t.assumed.map((a) => a.id)).toEqual(["weights", "aggregation"]);
    expect(t.estimate && t.assumed[0]!.text).toContain("น้ำหนักแบบวัดปี 2568 (IIT 30 EIT 30 OIT 40)");
    expect(computed.report.level).toMatchObject({ estimate: true });
    // Indicators typed in the sheet are not estimates; those computed from items are.
    const ind = computed.report.indicators;
    expect(ind.find((i) => i.number === 9)).toMatchObject({ source: "sheet", estimate: false });
    expect(ind.find((i) => i.number === 1)).toMatchObject({ source: "items", estimate: true });
  });

  test("the documents: the analysis says ประมาณการ and why; the memo states instrument scores as estimates, never the total", () => {
    const analysis = cellTexts(computed, "analysis");
    expect(analysis).toContain("ประมาณการ");
    expect(analysis).toMatch(
      /คะแนนที่ระบุว่าประมาณการเป็นค่าที่หน่วยงานคำนวณจากคะแนนรายข้อ ไม่ใช่คะแนนที่ ป.ป.ช. ประกาศ เพราะน้ำหนักแบบวัดปี 2568/,
    );
    const memo = cellTexts(computed, "measuresMemo");
    expect(memo).toMatch(
      /ได้คะแนนแบบวัดประมาณ IIT \d+\.\d\d EIT \d+\.\d\d OIT \d+\.\d\d คะแนน ซึ่งเป็นค่าประมาณที่คำนวณจากคะแนนรายข้อ/,
    );
    expect(memo).not.toMatch(/คะแนนรวม(ประมาณ)? \d/);
  });

  test("the pane: 'ประมาณ' beside the total, what it assumes, and where to type NACC's figure", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SummaryCard lang="th" report={computed.report} reading={readingOf(computed.report)} />
      </FluentProvider>,
    );
    expect(screen.getByTestId("summary").textContent).toMatch(/ประมาณ \d+\.\d\d/);
    // Said in one line at once; each assumption and where to type NACC's figure one click away.
    expect(screen.getByTestId("total-estimate").textContent).toBe(
      "คำนวณเอง ไม่ใช่ตัวเลขที่ ป.ป.ช. ประกาศ เพราะอะไร",
    );
    fireEvent.click(screen.getByRole("button", { name: "เพราะอะไร" }));
    expect(screen.getByTestId("total-estimate").textContent).toContain("ใส่คะแนนรวมและระดับจาก ITAS");
    const total = computed.report.total!;
    if (!total.estimate) throw new Error("the fixture's total should be an estimate");
    expect(screen.getByTestId("total-estimate").textContent).toContain(total.assumed[0]!.text);
  });

  test("NACC's published total and level typed in the sheet are used, and nothing is an estimate", () => {
    const given = run(
      workbook2568([
        ...indicators,
        ["IIT", 96.2],
        ["EIT", 83.1],
        ["OIT", 99],
        ["คะแนนรวม", 94.64],
        ["ระดับ", "ผ่าน"],
      ]),
    );
    expect(given.report.total).toMatchObject({ score: 94.64, source: "sheet", estimate: false });
    expect(given.report.level).toMatchObject({ level: "ผ่าน", estimate: false });
    expect(cellTexts(given, "measuresMemo")).toMatch(/ได้คะแนนรวม 94\.64 คะแนน ระดับ ผ่าน/);
    expect(cellTexts(given, "analysis")).not.toContain("ค่าประมาณ");
  });

  test("the level explains itself: ผ่าน, not ผ่านดี, because EIT 83.10 is below 85", () => {
    const given = run(
      workbook2568([...indicators, ["IIT", 96.2], ["EIT", 83.1], ["OIT", 99], ["คะแนนรวม", 94.64]]),
    );
    expect(given.report.level).toMatchObject({ level: "ผ่าน" });
    expect(given.report.level!.reason).toBe(
      "ระดับ ผ่าน ไม่ใช่ ผ่านดี เพราะ EIT 83.10 ต่ำกว่า 85 — ทุกแบบวัดต้องได้ 85 ขึ้นไป ไม่ใช่เฉพาะคะแนนรวม",
    );
    expect(cellTexts(given, "analysis")).toContain("ระดับ ผ่าน ไม่ใช่ ผ่านดี เพราะ EIT 83.10 ต่ำกว่า 85");
  });
});
