import type { SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { hasLibreOffice, renderPages } from "../helpers/renderPdf";
import { loadSampleGrids } from "../helpers/sample";
import { transition } from "../helpers/yearFixtures";

const available = hasLibreOffice();
if (!available && process.env.CI)
  throw new Error("CI must install LibreOffice and poppler-utils for the print tests");
const maybe = available ? describe : describe.skip;

/** Lines that must never end a page (a heading without its text) or start one (a signature without its text). */
const HEADINGS = ["1. เรื่องเดิม", "2. ข้อเท็จจริง", "3. ข้อพิจารณา", "ความเห็น"];
const bodyLines = (page: string) =>
  page
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !/^หน้า \d+ \/ \d+$/.test(l));

/** Every person of the approval chain named, with the long positions a เทศบาล has (seed 002). */
const CHAIN = {
  writerName: "นางเอมวรา ชัยวงศ์",
  writerPosition: "นิติกรชำนาญการ",
  divisionHeadName: "นางสาวปรีณภา น้อยเสงี่ยม",
  divisionHeadPosition: "หัวหน้าสำนักปลัดเทศบาลตำบลบ้านเรือน",
  chiefOfficerName: "นายสมชาย ปันมาเชื้อ",
  chiefOfficerPosition: "ปลัดเทศบาลตำบลบ้านเรือน",
  executivePosition: "นายกเทศมนตรีตำบลบ้านเรือน",
};

/** An agency's whole name and positions that run long (the memos' longest paragraphs and lines). */
const LONG = {
  ...CHAIN,
  agency: "องค์การบริหารส่วนตำบลหนองบัวแดงเหนือใหม่พัฒนา อำเภอเฉลิมพระเกียรติสมเด็จพระศรีนครินทร์ จังหวัดนครศรีธรรมราช",
  writerPosition: "นิติกรชำนาญการพิเศษ รักษาราชการแทนหัวหน้าฝ่ายนิติการ",
  divisionHeadPosition: "หัวหน้าสำนักปลัดองค์การบริหารส่วนตำบล",
  chiefOfficerPosition: "ปลัดองค์การบริหารส่วนตำบลหนองบัวแดงเหนือใหม่พัฒนา",
  executivePosition: "นายกองค์การบริหารส่วนตำบลหนองบัวแดงเหนือใหม่พัฒนา",
};

maybe("memos print as the สารบรรณ rules expect (rendered with LibreOffice)", () => {
  const cases: [string, () => Promise<SheetGrid[]>, Partial<typeof LONG>][] = [
    ["the sample (2566 → 2567)", loadSampleGrids, {}],
    ["the sample with the whole approval chain named", loadSampleGrids, CHAIN],
    ["2565 → 2566, the whole chain", async () => transition(2565, 2566, "many"), CHAIN],
    ["2568 → 2569", async () => transition(2568, 2569, "many"), {}],
    [
      "2567 → 2568, an agency's whole name and long positions",
      async () => transition(2567, 2568, "many"),
      LONG,
    ],
  ];
  test.each(cases)(
    "%s: each memo on at most two pages; no heading ends a page, no signature starts one",
    async (_, grids, people) => {
      const specs = runPipeline(
        await grids(),
        DEFAULT_SETTINGS,
        { ...DEFAULT_DOC_OPTIONS, agency: "เทศบาลตำบลตัวอย่าง", division: "สำนักปลัด", ...people },
        "th",
        { documents: ["measuresMemo", "resultsMemo", "measuresAnnouncement"] },
      ).specs;
      expect(specs.map((s) => s.kind).sort()).toEqual([
        "measuresAnnouncement",
        "measuresMemo",
        "resultsMemo",
      ]);
      for (const spec of specs) {
        const pages = await renderPages(spec);
        expect({ kind: spec.kind, pages: pages.length }).toEqual({
          kind: spec.kind,
          pages: spec.kind === "measuresAnnouncement" ? 1 : expect.any(Number),
        });
        expect(pages.length).toBeLessThanOrEqual(2);
        for (const page of pages.slice(0, -1)) {
          const lines = bodyLines(page);
          expect(HEADINGS.some((h) => lines[lines.length - 1]!.startsWith(h))).toBe(false);
        }
        for (const page of pages.slice(1)) expect(bodyLines(page)[0]).not.toMatch(/^\(ลงชื่อ\)/);
        // The approval chain prints whole, on one page, down to the executive's position.
        if (spec.kind !== "measuresAnnouncement") {
          const last = pages[pages.length - 1]!.replace(/[\s\u200b]+/g, "");
          const executive = (people.executivePosition ?? "").replace(/\s/g, "").slice(0, 12);
          const words = ["ความเห็น/คำสั่ง", ...(people.chiefOfficerName ? ["นายสมชาย", executive] : [])];
          for (const word of words) expect(last).toContain(word);
        }
      }
    },
    600_000,
  );
});
