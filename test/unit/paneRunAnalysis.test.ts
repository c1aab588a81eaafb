import type { SheetGrid } from "../../src/analysis/grid";
import * as pipeline from "../../src/pipeline";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/paneHost";
import { chosenDocuments } from "../../src/taskpane/chosenDocuments";
import { runAnalysis } from "../../src/taskpane/runAnalysis";
import { grid } from "../helpers/grid";

describe("the pane's settings reach the engine (contracts 3, 4, 5)", () => {
  test("people, urgent-below, documents and last year's measures file are passed on", () => {
    const spy = jest.spyOn(pipeline, "runPipeline");
    const previous: SheetGrid[] = [grid("มาตรการ ITA 2567", [["x"]], { generated: true })];
    const settings = {
      ...DEFAULT_PANE_SETTINGS,
      agency: " เทศบาลตำบลทดลอง ",
      division: "สำนักปลัด",
      writerName: "นางสาวก",
      writerPosition: "นิติกร",
      divisionHeadName: " นางค ",
      divisionHeadPosition: "หัวหน้าสำนักปลัด",
      chiefOfficerName: "นายง",
      chiefOfficerPosition: "ปลัดเทศบาล",
      executiveName: "นายข",
      executivePosition: "นายกเทศมนตรี",
      urgentBelow: 60,
      threshold: 80,
      fiscalYear: 2569,
    };
    runAnalysis(
      [
        grid("ITA", [
          ["ข้อ", "2567"],
          ["I1", 90],
        ]),
      ],
      settings,
      "th",
      ["measures"],
      previous,
    );
    const [, analysis, doc, lang, options] = spy.mock.calls[0]!;
    expect(analysis).toMatchObject({ threshold: 80, urgentBelow: 60 });
    expect(doc).toMatchObject({
      agency: "เทศบาลตำบลทดลอง",
      division: "สำนักปลัด",
      writerName: "นางสาวก",
      writerPosition: "นิติกร",
      divisionHeadName: "นางค",
      divisionHeadPosition: "หัวหน้าสำนักปลัด",
      chiefOfficerName: "นายง",
      chiefOfficerPosition: "ปลัดเทศบาล",
      executiveName: "นายข",
      executivePosition: "นายกเทศมนตรี",
    });
    expect(lang).toBe("th");
    expect(options).toMatchObject({ documents: ["measures"], fiscalYear: 2569, previousGrids: previous });
    spy.mockRestore();
  });

  test("the chosen documents follow ALL_DOCUMENTS' order; none chosen means all", () => {
    expect(chosenDocuments({ ...DEFAULT_PANE_SETTINGS, documents: null })).toEqual(pipeline.ALL_DOCUMENTS);
    expect(chosenDocuments({ ...DEFAULT_PANE_SETTINGS, documents: ["results", "analysis"] })).toEqual([
      "analysis",
      "results",
    ]);
  });
});
