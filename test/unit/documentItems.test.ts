import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { documentOitItem } from "../../src/ita/documentItems";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { transition } from "../helpers/yearFixtures";

describe("the OIT item a memo cites is that of a known ITA year, never guessed for a later one", () => {
  test("ITA 2569 o26 (seed 002); nothing for 2570, whose list is not known", () => {
    expect(documentOitItem(2569, "measures-report")?.code).toBe("o26");
    expect(documentOitItem(2570, "measures-report")).toBeNull();
    expect(documentOitItem(2570, "measures")).toBeNull();
  });

  test("the FY2570 measures memo of a 2568 → 2569 workbook cites the ITA 2570 guidelines in general", () => {
    const memo = runPipeline(transition(2568, 2569, "many"), DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
      documents: ["measuresMemo"],
    }).specs[0]!;
    const text = memo.rows.flatMap((r) => r.cells.map((c) => String(c.value ?? ""))).join("\n");
    expect(text).toContain("ตามแนวทางการประเมิน ITA ประจำปี พ.ศ. 2570");
    expect(text).not.toMatch(/ITA ประจำปี พ.ศ. 2570 แบบตรวจการเปิดเผยข้อมูลสาธารณะ \(OIT\) ข้อ o/);
  });
});
