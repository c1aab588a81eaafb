import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { allGroups } from "../../src/measures/groups";
import { ALL_DOCUMENTS, runPipeline } from "../../src/pipeline";
import { strayLatin } from "../../src/sheets/printedText";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import type { SheetSpec } from "../../src/sheets/sheetSpec";
import { TRANSITIONS, type Weakness, transition, yearSheet } from "../helpers/yearFixtures";

/** The text of every printed (not hidden) cell of a sheet. */
function printed(spec: SheetSpec): string[] {
  const hidden = new Set(spec.hiddenColumns ?? []);
  // Notes to the officer above the document are outside the print area.
  return spec.rows
    .slice(spec.print.notPrintedRows ?? 0)
    .flatMap((r) =>
      r.cells.flatMap((c, i) =>
        hidden.has(i) || c.value === null ? [] : [String(c.value).replace(/\u200b/g, "")],
      ),
    );
}

const cases = TRANSITIONS.flatMap(([p, y]) =>
  (["many", "none"] as Weakness[]).map((w) => [p, y, w] as const),
);

describe.each(cases)("the documents of a %d → %d workbook, %s weak", (previous, year, weakness) => {
  const result = runPipeline(
    transition(previous, year, weakness),
    DEFAULT_SETTINGS,
    DEFAULT_DOC_OPTIONS,
    "th",
    { documents: ALL_DOCUMENTS },
  );
  const spec = (kind: string) => result.specs.find((s) => s.kind === kind)!;

  test("all documents are written", () => {
    expect(result.specs.map((s) => s.kind)).toEqual(ALL_DOCUMENTS);
  });

  test("every group of the year is in the measures plan with a real measure", () => {
    const cells = printed(spec("measures"));
    const plan = result.plan!;
    for (const g of allGroups(year)) {
      expect(cells.some((c) => c.startsWith(g.label))).toBe(true);
      const gp = plan.groups.find((x) => x.group.label === g.label)!;
      expect(gp.measures.length).toBeGreaterThan(0);
    }
    for (const m of plan.measures) {
      expect(m.steps.length).toBeGreaterThanOrEqual(3);
      expect(m.owner && m.period && m.monitoring).toBeTruthy();
    }
    expect(cells.join("\n")).not.toMatch(/— ไม่มี —|วิเคราะห์ข้อคำถามของตัวชี้วัด|\{fy/);
  });

  test("item codes in the plan carry their ITA year", () => {
    const titles = printed(spec("measures")).filter((c) => /^\d+\. มาตรการ/.test(c) && c.includes("(ข้อ"));
    if (weakness === "many") expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toContain(`(ITA ${year})`);
  });

  test.each(ALL_DOCUMENTS)(
    "no note to the officer prints in the %s sheet (check the manual, please verify)",
    (kind) => {
      const notes = printed(spec(kind)).filter((c) =>
        /— ตรวจ|ตรวจเลขข้อ|ตามคู่มือ ITA \d{4}\)|โปรดตรวจสอบ/.test(c),
      );
      expect(notes).toEqual([]);
    },
  );

  test.each(ALL_DOCUMENTS)("no internal note in Latin text prints in the %s sheet", (kind) => {
    const stray = printed(spec(kind)).flatMap((c) => strayLatin(c).map((w) => `${w} in «${c.slice(0, 60)}»`));
    expect(stray).toEqual([]);
  });
});

describe("the papers around the tables", () => {
  const people = {
    agency: "เทศบาลตำบลตัวอย่าง",
    division: "สำนักปลัด",
    writerName: "นางสาวสมใจ ใจดี",
    writerPosition: "นักวิเคราะห์นโยบายและแผน",
    divisionHeadName: "นางสาวปรีณภา น้อยเสงี่ยม",
    divisionHeadPosition: "หัวหน้าสำนักปลัดเทศบาล",
    chiefOfficerName: "นายสมศักดิ์ ตั้งใจ",
    chiefOfficerPosition: "ปลัดเทศบาล",
    executiveName: "นายสมชาย รักดี",
    executivePosition: "นายกเทศมนตรีตำบลตัวอย่าง",
  };
  const run = (doc: Partial<typeof people>) =>
    runPipeline(transition(2567, 2568, "many"), DEFAULT_SETTINGS, { ...DEFAULT_DOC_OPTIONS, ...doc }, "th", {
      documents: ["measuresMemo", "measuresAnnouncement", "measures", "resultsMemo", "results"],
    }).specs;

  test.each(["measuresMemo", "resultsMemo"])(
    "%s: the official memo fields, A4 portrait, page numbers",
    (kind) => {
      const memo = run(people).find((s) => s.kind === kind)!;
      const text = printed(memo).join("\n");
      for (const field of ["บันทึกข้อความ", "ส่วนราชการ", "ที่", "วันที่", "เรื่อง", "เรียน"])
        expect(printed(memo)).toContain(field);
      for (const heading of ["1. เรื่องเดิม", "2. ข้อเท็จจริง", "3. ข้อพิจารณา", "ความเห็น/คำสั่ง"])
        expect(text).toContain(heading);
      // The approval chain: head of division, then ปลัด, then the executive, each signing over name and position.
      const chain = memo.rows.slice(
        memo.rows.findIndex((r) => r.cells.some((c) => c.value === "ความเห็น/\u200bคำสั่ง")),
      );
      const lines = chain.map((r) =>
        r.cells
          .map((c) => (typeof c.value === "string" ? c.value.replace(/\u200b/g, "") : c.value))
          .filter((v) => v !== null && !/^ita1:/.test(String(v))),
      );
      expect(lines[0]).toEqual(["ความเห็น", "ความเห็น", "ความเห็น/คำสั่ง"]);
      // A name too long for its third goes on two lines at the space, never inside the surname.
      expect(lines).toContainEqual(["(นางสาวปรีณภา\nน้อยเสงี่ยม)", "(นายสมศักดิ์ ตั้งใจ)", "(นายสมชาย รักดี)"]);
      expect(lines).toContainEqual(["หัวหน้าสำนักปลัดเทศบาล", "ปลัดเทศบาล", "นายกเทศมนตรีตำบลตัวอย่าง"]);
      // The measures are sent for approval; the results report for acknowledgement (ทราบ / สั่งการ).
      if (kind === "measuresMemo") expect(text).toMatch(/☐\u00a0อนุมัติ ☐\u00a0ไม่อนุมัติ\n☐\u00a0อื่น\u00a0ๆ/);
      else {
        expect(text).toMatch(/☐\u00a0ทราบ +☐\u00a0สั่งการ/);
        expect(text).not.toMatch(/อนุมัติ/);
        expect(text).toContain("จึงเรียนมาเพื่อโปรดทราบ");
      }
      expect(text).not.toMatch(/ 0 มาตรการ/);
      // ส่วนราชการ: the division, then the agency, as the seeds print it.
      expect(text).toContain("สำนักปลัด เทศบาลตำบลตัวอย่าง");
      expect(text).toContain("( นางสาวสมใจ ใจดี )");
      expect(text).toContain("เรียน\nนายกเทศมนตรีตำบลตัวอย่าง");
      // สารบรรณ: "- 2 -" at the top from the second page, 3 cm left and 2 cm right margins.
      expect(memo.print).toMatchObject({ orientation: "portrait", headerAfterFirstPage: "&C- &P -" });
      expect(memo.print.footer).toBeUndefined();
      expect(memo.print.margins!.left * 2.54).toBeCloseTo(3);
      expect(memo.print.margins!.right * 2.54).toBeCloseTo(2);
    },
  );

  test("the ประกาศ counts its measures by kind, as an officer words it, and the kinds add up to the total", () => {
    const text = printed(run(people).find((s) => s.kind === "measuresAnnouncement")!).join("\n");
    const total = Number(/จำนวน (\d+) มาตรการ ได้แก่/.exec(text)?.[1]);
    const parts = [...text.matchAll(/(?:เร่งด่วน|ให้ดีขึ้น|รักษามาตรฐาน) (\d+) มาตรการ/g)].map((m) => Number(m[1]));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(text).not.toMatch(/\(ข้อบกพร่อง/);
  });

  test("the facts cite the OIT item of the year the document answers", () => {
    const specs = run(people);
    // Results of FY2568 are published for ITA 2569: O26; the FY2569 measures for ITA 2569: O25 (upper case, as the
    // tables write codes).
    expect(printed(specs.find((s) => s.kind === "resultsMemo")!).join("\n")).toMatch(
      /แบบตรวจการเปิดเผยข้อมูลสาธารณะ \(OIT\) ข้อ O26 “รายงานผลการดำเนินการเพื่อส่งเสริม/,
    );
    expect(printed(specs.find((s) => s.kind === "measuresMemo")!).join("\n")).toMatch(
      /ประจำปี พ.ศ. 2569 .*ข้อ O25/,
    );
  });

  test("blank people print as dotted lines; the announcement and the tables carry signature blocks", () => {
    const specs = run({});
    for (const kind of ["measuresMemo", "measures", "results"]) {
      const text = printed(specs.find((s) => s.kind === kind)!).join("\n");
      expect(text).toMatch(/\(ลงชื่อ\) \.{10,}/);
      expect(text).toMatch(/\( \.{10,} \)/);
    }
    // The ประกาศ is signed as seed 001: the name in brackets and the position, no "(ลงชื่อ)" or "ตำแหน่ง".
    const announcement = specs.find((s) => s.kind === "measuresAnnouncement")!;
    const signed = printed(announcement).join("\n");
    expect(signed).toMatch(/\( \.{10,} \)\n\.{10,}/);
    expect(signed).not.toMatch(/\(ลงชื่อ\)|ตำแหน่ง/);
    const memo = printed(specs.find((s) => s.kind === "measuresMemo")!);
    expect(memo[memo.indexOf("ส่วนราชการ") + 1]).toMatch(/^\.{10,}$/);
    // Page numbers on every document but the one-page ประกาศ: tables in the footer ("หน้า 2", each document from 1,
    // never a count of the whole workbook's pages), memos at the top from their second page.
    for (const spec of specs)
      if (spec === announcement)
        expect([spec.print.footer, spec.print.headerAfterFirstPage]).toEqual([undefined, undefined]);
      else if (spec.kind.endsWith("Memo")) expect(spec.print.headerAfterFirstPage).toMatch(/&P/);
      else expect(spec.print.footer).toBe("&Cหน้า &P");
  });
});

describe("the analysis sheet", () => {
  const analysisOf = (grids: ReturnType<typeof transition>) =>
    runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th").specs.find((s) => s.kind === "analysis")!;

  test("seed 001's columns", () => {
    const cells = printed(analysisOf(transition(2565, 2566, "many")));
    for (const h of ["ประเด็นที่ต้องปรับปรุงตามมาตรฐานการปฏิบัติงาน", "ข้อเสนอแนะ (เพิ่มเติม)", "ประเด็นการประเมิน"])
      expect(cells).toContain(h);
  });

  test.each([
    [2566, 2567],
    [2568, 2569],
  ])("from 2567 (%d → %d) a narrative per weak ประเด็น; passing groups keep the standard", (p, y) => {
    const rows = analysisOf(transition(p, y, "many")).rows.map((r) =>
      r.cells.map((c) => String(c.value ?? "")),
    );
    const narratives = rows.filter((r) => r[0] === "ผลการวิเคราะห์");
    expect(narratives.length).toBeGreaterThan(0);
    // What the scores show, not the recommendations (printed in the rows above) again.
    for (const r of narratives) {
      expect(r[1]).toMatch(
        /^ประเด็นนี้มีข้อที่ประเมิน (\d+) ข้อ ผ่านเกณฑ์ \d+ ข้อ ต่ำกว่าเกณฑ์ [1-9]\d* ข้อ \([IEO]\d+ \d+\.\d\d/,
      );
      expect(r[1]).not.toMatch(/ดังนั้น หน่วยงาน/);
    }
    const none = analysisOf(transition(p, y, "none")).rows.map((r) =>
      r.cells.map((c) => String(c.value ?? "")),
    );
    const kept = none.filter((r) => r[1] === "ควรรักษามาตรฐานไว้").map((r) => r[0]);
    for (const g of allGroups(y)) expect(kept).toContain(g.label);
  });

  test("what cannot be computed is said to the officer above the document, never printed in it", () => {
    const all = yearSheet(2566, "many");
    const only = { ...all, rows: all.rows.filter((r, i) => i === 0 || String(r[0]).startsWith("i")) };
    const spec = analysisOf([only]);
    const notes = spec.rows
      .slice(0, spec.print.notPrintedRows ?? 0)
      .map((r) => String(r.cells[0]?.value ?? ""));
    expect(notes).toContain(
      "หมายเหตุถึงผู้จัดทำ (แถวนี้ไม่พิมพ์): คำนวณคะแนนรวมไม่ได้ เพราะไม่มีคะแนนของแบบวัด EIT OIT ปี 2566 ในแฟ้ม — ใส่คะแนนรวมจาก ITAS ในชีตคะแนน",
    );
    expect(notes).toContain(
      "หมายเหตุถึงผู้จัดทำ (แถวนี้ไม่พิมพ์): ไม่มีคะแนนของปีก่อนปี 2566 ในแฟ้ม จึงไม่แสดงคะแนนปีก่อนและการเปลี่ยนแปลง",
    );
    expect(printed(spec).filter((c) => /ในแฟ้ม|หมายเหตุถึงผู้จัดทำ/.test(c))).toEqual([]);
  });

  test("every item's score reaches the sheet to the last digit", () => {
    const grids = transition(2567, 2568, "many");
    const values = analysisOf(grids).rows.flatMap((r) => r.cells.map((c) => c.value));
    for (const row of grids[1]!.rows.slice(1)) expect(values).toContain(row[2]);
  });
});
