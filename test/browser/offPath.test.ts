import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { type CellValue, type SheetGrid, parseRangeA1 } from "../../src/analysis/grid";
import { browserDescribe, launch, serveBuild } from "../helpers/browser";
import { grid } from "../helpers/grid";
import { provincialTable } from "../helpers/provincialTable";
import { ARTIFACTS, axeViolations, buildFakeOffice, openPane } from "./paneBrowser";
import { smallThaiText } from "./readability";

const maybe = browserDescribe();

const ITEMS: CellValue[][] = [
  ["ข้อ", "คะแนน"],
  ...["I1", "I2", "I3", "E1", "E2", "O1", "O2"].map((c, i): CellValue[] => [c, 70 + i * 5]),
];
/**
 * The workbooks off the happy path: a table without a year, other data, several agencies (a provincial table: the
 * comparison is offered first), and no agency named.
 */
const WORKBOOKS: Record<string, { grids: SheetGrid[]; testId: string }> = {
  yearless: { grids: [grid("ผล", ITEMS)], testId: "year-ask" },
  notIta: {
    grids: [grid("ยอดขาย", [["สินค้า", "ราคา", "จำนวน"], ["ปากกา", 10, 5] as CellValue[], ["ดินสอ", 5, 3]])],
    testId: "not-ita",
  },
  compare: {
    grids: [
      ((t) => grid("จังหวัด", t.rows, { merges: t.merges.map((m) => parseRangeA1(m)!) }))(
        provincialTable(14, [2567, 2568], 5),
      ),
    ],
    testId: "compare",
  },
  noAgency: {
    grids: [grid("ITA", [["ข้อ", "2567", "2568"], ...ITEMS.slice(1).map((r) => [r[0]!, 80, r[1]!])])],
    testId: "agency-ask",
  },
};

maybe("off the happy path at 350×560, Thai and English, light and dark", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveBuild>>;
  let fakeOffice: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    fakeOffice = await buildFakeOffice();
    server = await serveBuild();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const states = Object.keys(WORKBOOKS).flatMap((workbook) =>
    (["th-TH", "en-US"] as const).flatMap((lang) => [false, true].map((dark) => ({ workbook, lang, dark }))),
  );

  test.each(states)(
    "$workbook, $lang, dark $dark: shown in view, focused where asked, axe clean",
    async (s) => {
      const { grids, testId } = WORKBOOKS[s.workbook]!;
      const page = await openPane(browser, server.url, fakeOffice, {
        grids,
        lang: s.lang,
        dark: s.dark,
        width: 350,
        height: 560,
      });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const shown = page.getByTestId(testId);
      await shown.waitFor();
      if (s.workbook === "noAgency") {
        // Generate with the field empty: the cursor goes to the field, in view above the button; nothing is written.
        await page.getByRole("button", { name: /จัดทำเอกสาร|Generate/ }).click();
        await page.waitForFunction(() => document.activeElement?.id === "agency-ask");
        await page.getByText(/ใส่ชื่อหน่วยงานก่อนจัดทำเอกสาร|Enter the agency name/).waitFor();
      }
      if (s.workbook === "yearless")
        await page.waitForFunction(() => document.activeElement?.tagName === "INPUT");
      const box = (await shown.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + Math.min(box.height, 40)).toBeLessThanOrEqual(560);
      const name = `pane-${s.workbook}-${s.lang.slice(0, 2)}-${s.dark ? "dark" : "light"}`;
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallThaiText(page, 14)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
