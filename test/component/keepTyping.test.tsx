/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { TextDecoder, TextEncoder } from "node:util";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import type { SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { ALL_DOCUMENTS, runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import type { SheetSpec } from "../../src/sheets/sheetSpec";
import { App } from "../../src/taskpane/App";
import { createOfficeHost } from "../../src/taskpane/officeHost";
import { ExcelWorkbook } from "../../src/workbook/excel/excelWorkbook";
import type { ReadState } from "../../src/workbook/readState";
import type { FakeExcel } from "../fakes/fakeExcel";
import { fakeFromGrids } from "../fakes/fromGrids";
import { textsOf, typeUnder } from "../fakes/typeInto";
import { SAMPLE_CLI_OUTPUT_SHEETS, loadSampleGrids } from "../helpers/sample";
import { openSection } from "./paneHelpers";

// jsdom has no TextEncoder; the fake Excel sizes its requests in UTF-8 with it.
Object.assign(globalThis, { TextEncoder, TextDecoder });

let sampleGrids: SheetGrid[];
beforeAll(async () => {
  sampleGrids = await loadSampleGrids();
});
beforeEach(() => localStorage.clear());
afterEach(() => jest.restoreAllMocks());

const RESULTS = "รายงานผลมาตรการ 2567";
const MEASURES = "มาตรการ ITA 2568";
const OFFICE = { isExcel: true, displayLanguage: "th-TH", themeBackground: undefined, supports: () => true };

/** The sample with its documents already generated once, in the fake Excel. */
async function workbookWithDocuments(): Promise<FakeExcel> {
  const x = fakeFromGrids(sampleGrids);
  const wb = new ExcelWorkbook(x.run);
  const { specs } = runPipeline(await wb.readGrids(), DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
    documents: ALL_DOCUMENTS,
  });
  await wb.writeSheets(specs);
  return x;
}

/** The pane over the fake Excel, through the same host the add-in uses; waits until it has read the workbook. */
async function openPane(x: FakeExcel) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={createOfficeHost(OFFICE, x.run)} />
    </FluentProvider>,
  );
  await screen.findByTestId("flagged");
  await openSection(/ตั้งค่าเอกสาร/);
  fireEvent.change(screen.getByLabelText(/ชื่อหน่วยงาน/, { selector: "#agency" }), {
    target: { value: "เทศบาลตำบลทดลอง" },
  });
}

/** Runs `meanwhile` before each of the next `times` writes starts (a co-author's edit between read and write). */
function beforeWrites(times: number, meanwhile: (n: number) => void) {
  const write = ExcelWorkbook.prototype.writeSheets;
  let n = 0;
  jest.spyOn(ExcelWorkbook.prototype, "writeSheets").mockImplementation(function (
    this: ExcelWorkbook,
    specs: SheetSpec[],
    expected?: ReadState,
  ) {
    if (n < times) meanwhile(n++);
    return write.call(this, specs, expected);
  });
}

const generate = () => fireEvent.click(screen.getByRole("button", { name: "จัดทำเอกสาร" }));

describe("Generate never replaces what was typed since the pane read the workbook", () => {
  test("results typed after the pane opened are in the new results sheet", async () => {
    const x = await workbookWithDocuments();
    await openPane(x);
    typeUnder(x, RESULTS, "ผลการดำเนินการ", "จัดอบรมบุคลากร 45 คน เมื่อ 12 มี.ค. 2567");
    typeUnder(x, MEASURES, "ผู้รับผิดชอบ", "กองยุทธศาสตร์และงบประมาณ");
    generate();
    await screen.findByTestId("written");
    expect(x.sheets.map((s) => s.name)).toEqual(SAMPLE_CLI_OUTPUT_SHEETS);
    expect(textsOf(x, RESULTS)).toContain("จัดอบรมบุคลากร 45 คน เมื่อ 12 มี.ค. 2567");
    expect(textsOf(x, MEASURES)).toContain("กองยุทธศาสตร์และงบประมาณ");
  });

  test("a second Generate says what it changed; a third, that nothing did; the sheets fold to one line", async () => {
    const x = await workbookWithDocuments();
    await openPane(x);
    generate();
    // The pane's agency name is new to the documents written before.
    const first = await screen.findByTestId("what-changed");
    expect(first.textContent).toMatch(/^เทียบกับชีตเดิม: .*แก้ \d+ บรรทัด/);
    expect(screen.queryByTestId("sheet-links")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /^แสดงชีต \(\d+\)$/ }));
    expect(screen.getByTestId("sheet-links").textContent).toContain(MEASURES);
    generate();
    await screen.findByText("ทุกชีตเหมือนเดิม — ไม่มีอะไรเปลี่ยนจากครั้งก่อน");
    expect(screen.queryByTestId("sheet-links")).toBeNull();
  });

  test("a co-author's typing between the read and the write: read again, built again, kept", async () => {
    const x = await workbookWithDocuments();
    await openPane(x);
    beforeWrites(1, () => typeUnder(x, RESULTS, "ผลการดำเนินการ", "ผู้ร่วมแก้ไขกรอกผลแล้ว"));
    generate();
    await screen.findByTestId("written");
    expect(textsOf(x, RESULTS)).toContain("ผู้ร่วมแก้ไขกรอกผลแล้ว");
  });

  test("a co-author still typing at the second try: stops, says so, the workbook as it was", async () => {
    const x = await workbookWithDocuments();
    await openPane(x);
    beforeWrites(2, (n) => typeUnder(x, RESULTS, "ผลการดำเนินการ", `ผู้ร่วมแก้ไขรอบที่ ${n + 1}`));
    generate();
    const bar = await screen.findByTestId("error");
    expect(bar.textContent).toContain("มีผู้แก้ไขชีตเอกสารที่สร้างไว้ระหว่างที่กำลังจัดทำ");
    expect(bar.textContent).toContain(RESULTS);
    expect(x.sheets.map((s) => s.name)).toEqual(SAMPLE_CLI_OUTPUT_SHEETS);
    expect(textsOf(x, RESULTS)).toContain("ผู้ร่วมแก้ไขรอบที่ 2");
    // Nothing saved either: a failed run leaves the workbook as it was.
    expect(x.settings.size).toBe(0);
  });
});

describe("typed text the new documents would not hold is said before anything is written", () => {
  test("a line the officer added below the memo: Generate asks first, writes only when told to", async () => {
    const x = await workbookWithDocuments();
    await openPane(x);
    const memo = "บันทึกมาตรการ 2568";
    x.sheet(memo).cells.set("44,0", "หมายเหตุของนิติกร: แนบสำเนาคำสั่ง");
    const before = x.tracker.syncCount;
    generate();
    const ask = await screen.findByTestId("confirm-lost");
    expect(ask.textContent).toContain(`“${memo}”!A45: “หมายเหตุของนิติกร: แนบสำเนาคำสั่ง”`);
    expect(textsOf(x, memo)).toContain("หมายเหตุของนิติกร: แนบสำเนาคำสั่ง");
    // Read, not written: no temporary sheet was ever added.
    expect(x.sheets.map((s) => s.name)).toEqual(SAMPLE_CLI_OUTPUT_SHEETS);
    expect(x.tracker.syncCount - before).toBeLessThanOrEqual(3);
    fireEvent.click(screen.getByRole("button", { name: "แทนที่และจัดทำเอกสาร" }));
    await screen.findByTestId("written");
    expect(textsOf(x, memo)).not.toContain("หมายเหตุของนิติกร: แนบสำเนาคำสั่ง");
  });
});
