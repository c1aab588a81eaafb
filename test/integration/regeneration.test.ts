import type { SheetGrid } from "../../src/analysis/grid";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS, type DocOptions } from "../../src/sheets/sheetBuilder";
import { type GeneratedKind, type SheetSpec, printArea } from "../../src/sheets/sheetSpec";
import { yearSheet } from "../helpers/yearFixtures";

/** A generated sheet as the workbook gives it back on the next run. */
function asGrid(spec: SheetSpec): SheetGrid {
  return {
    name: spec.name,
    rows: spec.rows.map((r) => r.cells.map((c) => c.value)),
    top: 0,
    left: 0,
    generated: true,
    generatedKind: spec.kind,
  };
}

const run = (grids: SheetGrid[], doc: Partial<DocOptions> = {}, previousGrids?: SheetGrid[]) =>
  runPipeline(grids, DEFAULT_SETTINGS, { ...DEFAULT_DOC_OPTIONS, ...doc }, "th", { previousGrids });

/** Column `header` of the first row whose first column starts with `first`. */
function cellOf(grid: SheetGrid, header: string, match: (row: string[]) => boolean): string {
  const text = grid.rows.map((r) => r.map((v) => (v === null ? "" : String(v))));
  const h = text.findIndex((r) => r.includes(header));
  const col = text[h]!.indexOf(header);
  return text.slice(h + 1).find(match)![col]!;
}

const ID = "รหัสมาตรการ";
const PERIOD = "ระยะเวลา";

describe("the results report follows the measures adopted last year", () => {
  // FY2567 measures from ITA 2566; the officer edits one measure; ITA 2567 scores arrive.
  const first = run([yearSheet(2566, "many")]);
  const measures = asGrid(first.specs.find((s) => s.kind === "measures")!);
  const editedRow = measures.rows.findIndex((r) => String(r[6] ?? "").startsWith("2567.I10.oit"));
  // The officer's title and period (on a measure long enough to go on in continuation rows, cleared there).
  const adopted: SheetGrid = {
    ...measures,
    rows: measures.rows.map((r, i) =>
      i === editedRow
        ? [r[0]!, "1. เผยแพร่ข้อมูลตามแผนของอำเภอ", ...r.slice(2, 4), "มกราคม 2567", ...r.slice(5)]
        : String(r[6] ?? "").startsWith("2567.I10.oit#")
          ? r.map((v, c) => (c === 4 ? "" : v))
          : r,
    ),
  };

  test.each([
    ["in this workbook", [yearSheet(2566, "many"), yearSheet(2567, "many"), adopted], undefined],
    ["in the workbook given as --previous", [yearSheet(2566, "many"), yearSheet(2567, "many")], [adopted]],
  ])("adopted %s: the officer's title and period, ids of FY2567, no 'rebuilt' note", (_, grids, previous) => {
    const r = run(grids, {}, previous);
    expect(r.results!.source).toBe("adopted");
    expect(r.results!.rows.every((x) => x.measure.id.startsWith("2567."))).toBe(true);
    const oit = r.results!.rows.find((x) => x.measure.id === "2567.I10.oit")!;
    expect(oit.measure.title).toBe("เผยแพร่ข้อมูลตามแผนของอำเภอ");
    expect(oit.measure.period).toBe("มกราคม 2567");
    expect(oit.outcomes.length).toBeGreaterThan(0);
    // Adopted measures were announced and carried out: the readings may credit them.
    expect(r.results!.rows.flatMap((x) => x.outcomes).join("\n")).toMatch(/การดำเนินการตามมาตรการ/);
    const text = r.specs
      .find((s) => s.kind === "results")!
      .rows.map((x) => x.cells[0]?.value)
      .join("\n");
    expect(text).not.toMatch(/ไม่พบแผ่นมาตรการ/);
  });

  test("last year's results are made only for the documents that print them (the pane's view asks for none)", () => {
    const grids = [yearSheet(2566, "many"), yearSheet(2567, "many")];
    const opts = (documents: GeneratedKind[]) =>
      runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", { documents });
    expect(opts([]).results).toBeNull();
    expect(opts(["analysis", "measures"]).results).toBeNull();
    expect(opts(["resultsMemo"]).results!.source).toBe("rebuilt");
    expect(opts(["results"]).results!.source).toBe("rebuilt");
  });

  test("without an adopted sheet the report is rebuilt from last year's scores and says so, above the print area", () => {
    const r = run([yearSheet(2566, "many"), yearSheet(2567, "many")]);
    expect(r.results!.source).toBe("rebuilt");
    const spec = r.specs.find((s) => s.kind === "results")!;
    const text = spec.rows.map((x) => String(x.cells[0]?.value ?? ""));
    // The note is the first row, to the officer; the document that prints starts with its title.
    expect(text[0]).toMatch(/^หมายเหตุถึงผู้จัดทำ \(แถวนี้ไม่พิมพ์\): ไม่พบแผ่นมาตรการประจำปีงบประมาณ พ.ศ. 2567/);
    expect(text[1]).toMatch(/^รายงานผลการดำเนินการตามมาตรการ/);
    expect(spec.print.notPrintedRows).toBe(1);
    expect(printArea(spec)).toBe(`A2:H${spec.rows.length}`);
    expect(text.slice(1).some((t) => t.includes("ไม่พบแผ่นมาตรการ"))).toBe(false);
  });

  test("rebuilt measures are never said to have been announced or carried out; adopted ones are", () => {
    const said = (r: ReturnType<typeof runPipeline>, kind: string) =>
      r.specs
        .find((s) => s.kind === kind)!
        .rows.flatMap((x) => x.cells.map((c) => String(c.value ?? "")))
        .join("\n");
    const both = (grids: SheetGrid[]) =>
      runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", {
        documents: ["resultsMemo", "results"],
      });
    const rebuilt = both([yearSheet(2566, "many"), yearSheet(2567, "many")]);
    const claims = /ประกาศมาตรการ|ได้ดำเนินการตามมาตรการดังกล่าว|จำนวน \d+ มาตรการ/;
    expect(said(rebuilt, "resultsMemo")).not.toMatch(claims);
    expect(said(rebuilt, "results")).not.toMatch(claims);
    expect(said(rebuilt, "resultsMemo")).toContain("เพื่อกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
    const kept = both([yearSheet(2566, "many"), yearSheet(2567, "many"), adopted]);
    expect(said(kept, "resultsMemo")).toMatch(/และประกาศมาตรการส่งเสริม.* จำนวน \d+ มาตรการ นั้น/);
    expect(said(kept, "results")).toContain("ได้ดำเนินการตามมาตรการดังกล่าว");
  });

  test("the FY2568 plan keeps none of FY2567's periods: edits are keyed by fiscal year", () => {
    const r = run([yearSheet(2566, "many"), yearSheet(2567, "many"), adopted]);
    const plan = asGrid(r.specs.find((s) => s.kind === "measures")!);
    const periods = plan.rows.map((x) => String(x[4] ?? ""));
    expect(periods).not.toContain("มกราคม 2567");
    expect(plan.rows.every((x) => !String(x[6] ?? "").startsWith("2567."))).toBe(true);
  });
});

describe("regeneration keeps only real edits", () => {
  const grids = [yearSheet(2567, "many")];

  test("--thai-digits used once does not freeze Thai digits", () => {
    const thai = asGrid(run(grids, { thaiDigits: true }).specs.find((s) => s.kind === "measures")!);
    expect(cellOf(thai, PERIOD, (r) => r.some((c) => c.startsWith("2568.")))).toMatch(/[๐-๙]/);
    const again = asGrid(run([...grids, thai]).specs.find((s) => s.kind === "measures")!);
    const period = cellOf(again, PERIOD, (r) => r.some((c) => c.startsWith("2568.")));
    expect(period).toMatch(/25\d\d/);
    expect(period).not.toMatch(/[๐-๙]/);
  });

  test("an owner the officer typed survives, and is still kept on the run after", () => {
    const once = asGrid(run(grids).specs.find((s) => s.kind === "measures")!);
    const idCol = once.rows.find((r) => r.includes(ID))!.indexOf(ID);
    const row = once.rows.findIndex((r) => String(r[idCol] ?? "").startsWith("2568."));
    const id = String(once.rows[row]![idCol]);
    once.rows[row] = once.rows[row]!.map((v, c) => (c === 3 ? "กองช่าง" : v));
    const twice = asGrid(run([...grids, once]).specs.find((s) => s.kind === "measures")!);
    const thrice = asGrid(run([...grids, twice]).specs.find((s) => s.kind === "measures")!);
    for (const g of [twice, thrice]) expect(g.rows.find((r) => r[idCol] === id)![3]).toBe("กองช่าง");
    // The other rows are what the tool writes now, not frozen copies.
    expect(thrice.rows.filter((r) => r[3] === "กองช่าง")).toHaveLength(1);
  });
});

describe("a measure taller than one row", () => {
  test("its continuation rows are read back as one measure with all its steps", () => {
    const first = run([yearSheet(2566, "many")]);
    const spec = first.specs.find((s) => s.kind === "measures")!;
    const grid = asGrid(spec);
    const idCol = grid.rows.find((r) => r.includes(ID))!.indexOf(ID);
    const row = grid.rows.findIndex((r) => String(r[idCol] ?? "").startsWith("2567."));
    const id = String(grid.rows[row]![idCol]);
    // The officer's long steps: as the tool would write them, over several rows.
    const long = Array.from(
      { length: 40 },
      (_, i) => `${i + 1}) ขั้นตอนที่ ${i + 1} ที่เจ้าหน้าที่ต้องดำเนินการให้ครบถ้วน`,
    );
    const rows = [grid.rows[row]!.map((v, c) => (c === 2 ? long.slice(0, 20).join("\n") : v))];
    rows.push(
      grid.rows[row]!.map((v, c) => (c === 2 ? long.slice(20).join("\n") : c === idCol ? `${id}#2` : null)),
    );
    const adopted = { ...grid, rows: [...grid.rows.slice(0, row), ...rows, ...grid.rows.slice(row + 1)] };
    const r = run([yearSheet(2566, "many"), yearSheet(2567, "many"), adopted]);
    const m = r.results!.rows.find((x) => x.measure.id === id)!.measure;
    expect(m.steps).toHaveLength(40);
    expect(m.steps[39]).toBe("ขั้นตอนที่ 40 ที่เจ้าหน้าที่ต้องดำเนินการให้ครบถ้วน");
  });
});

describe("a results sheet of another fiscal year", () => {
  test("with the officer's results typed in it is kept as it stands when next year's report replaces it", () => {
    const year2 = run([yearSheet(2566, "many"), yearSheet(2567, "many")]);
    const results = asGrid(year2.specs.find((s) => s.kind === "results")!);
    const head = results.rows.findIndex((r) => r.includes(ID));
    const resultCol = results.rows[head]!.indexOf("ผลการดำเนินการ");
    const idCol = results.rows[head]!.indexOf(ID);
    const row = results.rows.findIndex((r) => String(r[idCol] ?? "").startsWith("2567."));
    results.rows[row] = results.rows[row]!.map((v, c) => (c === resultCol ? "ประชุมชี้แจงแล้ว 3 ครั้ง" : v));
    const year3 = run([yearSheet(2566, "many"), yearSheet(2567, "many"), yearSheet(2568, "many"), results]);
    const kinds = year3.specs.filter((s) => s.kind === "results");
    // The FY2567 report stays in the workbook exactly as it stands (not written again); FY2568's is new.
    expect(kinds.map((s) => s.name)).toEqual(["รายงานผลมาตรการ 2568"]);
    expect(year3.keep).toEqual([results.name]);
    expect(year3.lostEdits).toEqual([]);
    // Nothing of FY2567 in the FY2568 report.
    expect(kinds[0]!.rows.flatMap((r) => r.cells.map((c) => c.value))).not.toContain("ประชุมชี้แจงแล้ว 3 ครั้ง");
  });

  test("without anything typed in it, it is simply replaced", () => {
    const year2 = run([yearSheet(2566, "many"), yearSheet(2567, "many")]);
    const results = asGrid(year2.specs.find((s) => s.kind === "results")!);
    const year3 = run([yearSheet(2566, "many"), yearSheet(2567, "many"), yearSheet(2568, "many"), results]);
    expect(year3.specs.filter((s) => s.kind === "results")).toHaveLength(1);
  });
});

describe("the results memo states how many measures were announced only when it read the adopted sheet", () => {
  const memo = (grids: SheetGrid[]) => {
    const r = runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th", { documents: ["resultsMemo"] });
    return { r, text: r.specs[0]!.rows.flatMap((x) => x.cells.map((c) => String(c.value ?? ""))).join("\n") };
  };
  const plan = asGrid(run([yearSheet(2566, "many")]).specs.find((s) => s.kind === "measures")!);

  test("adopted: the number of measures of the sheet", () => {
    const { r, text } = memo([yearSheet(2566, "many"), yearSheet(2567, "many"), plan]);
    expect(r.results!.source).toBe("adopted");
    expect(text).toContain(`ประจำปีงบประมาณ พ.ศ. 2567 จำนวน ${r.results!.rows.length} มาตรการ นั้น`);
  });

  test("rebuilt: no number the agency may not have announced", () => {
    const { r, text } = memo([yearSheet(2566, "many"), yearSheet(2567, "many")]);
    expect(r.results!.source).toBe("rebuilt");
    expect(text).toContain("ประจำปีงบประมาณ พ.ศ. 2567 นั้น");
    expect(text).not.toMatch(/จำนวน \d+ มาตรการ นั้น/);
  });
});
