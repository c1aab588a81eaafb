/**
 * npm run bench: the sample's score sheets plus an unrelated sheet of 10,000 / 100,000 / 1,000,000 cells.
 * Prints, per size: engine time and memory, CLI wall time against exceljs alone reading and writing the same
 * workbook, and the Office.js adapter's round-trips, largest request and response and cells pulled from
 * non-score sheets — the adapter run through the real Office.js client (excel-web-16.00 in jsdom) against the
 * fake workbook, so the sizes are the client's real serialised requests. Targets are checked and printed; the
 * exit code is 1 if one is missed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS } from "../src/analysis/settings";
import { runPipeline } from "../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../src/sheets/sheetBuilder";
import { ExcelWorkbook } from "../src/workbook/excel/excelWorkbook";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsxWorkbook";
import { fakeFromGrids } from "../test/fakes/fromGrids";
import { loadRealOfficeJs, realRunner } from "../test/realOffice/realOfficeJs";
import { hostileCases } from "./hostile";
import { compareBench, printCompareBench } from "./compareBench";
import { analyseGrids } from "../src/analysis/analyseGrids";
import { buildPlanner } from "../src/planner/planner";
import { transition } from "../test/helpers/yearFixtures";

const ROOT = path.join(__dirname, "..");
const SAMPLE = path.join(ROOT, "samples", "ita-sample.xlsx");
const SIZES = [10_000, 100_000, 1_000_000];
const COLS = 10;

async function makeWorkbook(file: string, cells: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.addWorksheet("ข้อมูลบุคลากรและงบประมาณ");
  ws.addRow(["รายการ", ...Array.from({ length: COLS - 1 }, (_, c) => `ปี ${2560 + c}`)]);
  for (let r = 1; r < cells / COLS; r++)
    ws.addRow([`รายการที่ ${r}`, ...Array.from({ length: COLS - 1 }, (_, c) => r * 1000 + c * 17)]);
  await wb.xlsx.writeFile(file);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Times a fresh Node process, as a user would run it. */
function timeProcess(args: string[]): { ms: number; maxRssMB: number; stdout: string } {
  const t = Date.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  return { ms: Date.now() - t, maxRssMB: 0, stdout: r.stdout };
}

async function engineOnly(file: string): Promise<void> {
  const grids = await (await XlsxWorkbook.load(readFileSync(file))).readGrids();
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t = performance.now();
  runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th");
  const ms = performance.now() - t;
  const heapMB = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  console.log(JSON.stringify({ ms, heapMB, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

async function exceljsAlone(file: string, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await wb.xlsx.writeFile(out);
}

async function officeAdapter(file: string, office: ReturnType<typeof loadRealOfficeJs>) {
  const grids = await (await XlsxWorkbook.load(readFileSync(file))).readGrids();
  const x = fakeFromGrids(grids);
  const { run, server } = realRunner(office, x);
  const wb = new ExcelWorkbook(run);
  const read = await wb.readGrids();
  const { specs } = runPipeline(read, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th");
  await wb.writeSheets(specs);
  const work = server.requests.filter((r) => !r.cleanup);
  const largest = work.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return {
    syncs: work.length,
    cleanups: server.requests.length - work.length,
    maxRequest: largest.bytes,
    maxRequestActions: largest.actions,
    maxResponse: Math.max(...server.requests.map((r) => r.responseBytes)),
    nonScoreCells: wb.stats.cellsFromNonScoreSheets,
  };
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  if (mode === "--engine") return engineOnly(process.argv[3]!);
  if (mode === "--exceljs") return exceljsAlone(process.argv[3]!, process.argv[4]!);
  const dir = mkdtempSync(path.join(tmpdir(), "ita-bench-"));
  if (mode === "--planner") {
    process.exitCode = (await plannerTiming()).length ? 1 : 0;
    return;
  }
  if (mode === "--compare") {
    const misses = printCompareBench(await compareBench(dir, ROOT));
    rmSync(dir, { recursive: true, force: true });
    process.exitCode = misses.length ? 1 : 0;
    return;
  }
  if (mode === "--hostile") {
    const misses = printHostile(await hostileCases(dir, ROOT));
    rmSync(dir, { recursive: true, force: true });
    process.exitCode = misses.length ? 1 : 0;
    return;
  }
  const self = __filename;
  const rows: string[][] = [];
  const misses: string[] = [];
  const syncs = new Set<number>();
  const office = loadRealOfficeJs();
  for (const cells of SIZES) {
    const file = path.join(dir, `bench-${cells}.xlsx`);
    await makeWorkbook(file, cells);
    const engine = JSON.parse(timeProcess(["--expose-gc", self, "--engine", file]).stdout.trim()) as {
      ms: number;
      heapMB: number;
      maxRssMB: number;
    };
    const alone = timeProcess([self, "--exceljs", file, path.join(dir, "alone.xlsx")]);
    const cli = timeProcess([
      path.join(ROOT, "bin", "ita-analyzer.cjs"),
      file,
      "--out",
      path.join(dir, `cli-${cells}.xlsx`),
    ]);
    const real = await officeAdapter(file, office);
    syncs.add(real.syncs);
    const ratio = cli.ms / alone.ms;
    const share = engine.ms / cli.ms;
    rows.push([
      cells.toLocaleString("en"),
      `${engine.ms.toFixed(0)} ms`,
      `${engine.heapMB.toFixed(0)} MB / ${engine.maxRssMB.toFixed(0)} MB`,
      seconds(cli.ms),
      seconds(alone.ms),
      ratio.toFixed(2),
      `${(share * 100).toFixed(1)} %`,
      `${real.syncs} (+${real.cleanups} clean-up)`,
      `${(real.maxRequest / 1024).toFixed(0)} KB, ${real.maxRequestActions} actions`,
      `${(real.maxResponse / 1024).toFixed(0)} KB`,
      real.nonScoreCells.toLocaleString("en"),
    ]);
    // With a million unrelated cells the CLI must cost at most half of exceljs reading and writing the workbook:
    // the unrelated sheet is neither parsed whole nor written again. Smaller ones are dominated by fixed costs.
    const limit = cells >= 1_000_000 ? 0.5 : 1.3;
    if (ratio > limit)
      misses.push(`${cells} cells: CLI ${ratio.toFixed(2)}× exceljs alone (target ≤ ${limit}×)`);
    if (share > 0.1)
      misses.push(`${cells} cells: engine ${(share * 100).toFixed(1)} % of the CLI's time (target < 10 %)`);
    if (real.maxRequest >= 5_000_000 || real.maxResponse >= 5_000_000)
      misses.push(`${cells} cells: a request or response ≥ 5 MB`);
    if (real.maxRequest >= 1024 * 1024) misses.push(`${cells} cells: the largest request is 1 MB or more`);
    if (real.syncs > 5) misses.push(`${cells} cells: ${real.syncs} round-trips for a whole run (target ≤ 5)`);
    if (cells > 20_000 && real.nonScoreCells >= cells)
      misses.push(`${cells} cells: the adapter pulled the whole unrelated sheet`);
  }
  if (syncs.size > 1) misses.push(`round-trips differ between sizes: ${[...syncs].join(", ")}`);
  misses.push(...printHostile(await hostileCases(dir, ROOT)));
  misses.push(...(await plannerTiming()));
  misses.push(...printCompareBench(await compareBench(dir, ROOT)));
  const head = [
    "unrelated cells",
    "engine",
    "engine heap / peak RSS",
    "CLI",
    "exceljs alone",
    "CLI ÷ exceljs",
    "engine ÷ CLI",
    "Office round-trips",
    "largest request (real client)",
    "largest response",
    "cells pulled from non-score sheets",
  ];
  console.log(`| ${head.join(" | ")} |\n|${head.map(() => " --- ").join("|")}|`);
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  console.log(
    misses.length ? `\nTargets missed:\n${misses.map((m) => `- ${m}`).join("\n")}` : "\nAll targets met.",
  );
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = misses.length ? 1 : 0;
}

/**
 * What the planner adds to an analysis, median of 50 runs each on the sample and on a full 2565 → 2566 workbook
 * (every item of both years scored): target under 20 ms.
 */
async function plannerTiming(): Promise<string[]> {
  const cases = [
    ["sample", await (await XlsxWorkbook.load(readFileSync(SAMPLE))).readGrids()],
    ["2565 → 2566, every item", transition(2565, 2566, "many")],
  ] as const;
  console.log("\n| planner on | analysis | planner (median of 50) |\n| --- | --- | --- |");
  const misses: string[] = [];
  for (const [name, grids] of cases) {
    const t0 = performance.now();
    const a = analyseGrids([...grids], DEFAULT_SETTINGS);
    const analysisMs = performance.now() - t0;
    const times = Array.from({ length: 50 }, () => {
      const t = performance.now();
      buildPlanner(a);
      return performance.now() - t;
    }).sort((x, y) => x - y);
    const median = times[25]!;
    console.log(`| ${name} | ${analysisMs.toFixed(1)} ms | ${median.toFixed(2)} ms |`);
    if (median >= 20) misses.push(`planner on ${name}: ${median.toFixed(1)} ms (target < 20 ms)`);
  }
  return misses;
}

/** Prints the hostile workbooks' table; returns the targets missed. */
function printHostile(results: Awaited<ReturnType<typeof hostileCases>>): string[] {
  console.log(
    "\n| hostile workbook (with the sample's scores) | CLI | peak RSS | outcome |\n| --- | --- | --- | --- |",
  );
  for (const h of results)
    console.log(`| ${h.name} | ${seconds(h.ms)} | ${h.maxRssMB.toFixed(0)} MB | ${h.outcome} |`);
  return results
    .filter((h) => !h.ok)
    .map(
      (h) =>
        `${h.name}: ${seconds(h.ms)}, ${h.maxRssMB.toFixed(0)} MB, ${h.outcome} (target < 30 s and < 1 GB, or one clear refusal)`,
    );
}

void main().catch((e: unknown) => {
  console.error(`bench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
