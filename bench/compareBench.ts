/**
 * The comparison at the country's scale, through the CLI in a fresh process: a provincial-style table of 8,000
 * agencies × 7 years (2563–2569, ten indicators, total and level), and a folder of 500 agencies' workbooks (two
 * years of item scores each). Target: each under 30 s and 1 GB peak memory.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { provincialTable } from "../test/helpers/provincialTable";
import { measuredCli, peakMemoryPreload } from "./peakMemory";
import { yearSheet } from "../test/helpers/yearFixtures";

const YEARS = [2563, 2564, 2565, 2566, 2567, 2568, 2569];
const LIMIT_MS = 30_000;
const LIMIT_MB = 1024;

export interface CompareBenchRow {
  name: string;
  ms: number;
  maxRssMB: number;
  agencies: number;
  ok: boolean;
}

async function writeTable(file: string, agencies: number): Promise<void> {
  const t = provincialTable(agencies, YEARS, 7);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const ws = wb.addWorksheet("ตาราง");
  for (const row of t.rows) ws.addRow(row).commit();
  await wb.commit();
}

async function writeFolder(dir: string, count: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const sheets = [2567, 2568].map((y, i) => yearSheet(y, "many", i));
  for (let n = 1; n <= count; n++) {
    const wb = new ExcelJS.Workbook();
    for (const g of sheets) {
      const ws = wb.addWorksheet(g.name);
      ws.addRow([`ผลการประเมิน ITA เทศบาลตำบลทดสอบ ${n}`]);
      for (const row of g.rows) ws.addRow(row);
    }
    // Each agency's published totals, so every one is ranked.
    const totals = wb.addWorksheet("คะแนนรวม");
    totals.addRow(["ปี", "คะแนนรวม", "ระดับ"]);
    totals.addRow([2567, 80 + (n % 17), null]);
    totals.addRow([2568, 78 + ((n * 7) % 21), null]);
    writeFileSync(
      path.join(dir, `agency-${String(n).padStart(3, "0")}.xlsx`),
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
  }
}

function timeCompare(
  root: string,
  dir: string,
  input: string,
  json: string,
): { ms: number; maxRssMB: number; agencies: number } {
  const r = measuredCli(root, peakMemoryPreload(dir), ["compare", input, "--force", "--json", json]);
  if (r.status !== 0) throw new Error(`compare ${input} failed: ${r.stderr}`);
  const agencies = (JSON.parse(readFileSync(json, "utf8")) as { agencies: unknown[] }).agencies.length;
  return { ms: r.ms, maxRssMB: r.maxRssMB, agencies };
}

export async function compareBench(dir: string, root: string): Promise<CompareBenchRow[]> {
  const table = path.join(dir, "country.xlsx");
  await writeTable(table, 8000);
  const folder = path.join(dir, "agencies");
  await writeFolder(folder, 500);
  return [
    {
      name: "a table of 8,000 agencies × 7 years",
      ...timeCompare(root, dir, table, path.join(dir, "country.json")),
    },
    { name: "a folder of 500 workbooks", ...timeCompare(root, dir, folder, path.join(dir, "folder.json")) },
  ].map((r) => ({ ...r, ok: r.ms < LIMIT_MS && r.maxRssMB < LIMIT_MB }));
}

/** Prints the comparison's table; returns the targets missed. */
export function printCompareBench(rows: CompareBenchRow[]): string[] {
  console.log("\n| compare | agencies | CLI | peak RSS |\n| --- | --- | --- | --- |");
  for (const r of rows)
    console.log(
      `| ${r.name} | ${r.agencies.toLocaleString("en")} | ${(r.ms / 1000).toFixed(2)} s | ${r.maxRssMB.toFixed(0)} MB |`,
    );
  return rows
    .filter((r) => !r.ok)
    .map(
      (r) =>
        `compare, ${r.name}: ${(r.ms / 1000).toFixed(1)} s, ${r.maxRssMB.toFixed(0)} MB (target < 30 s and < 1 GB)`,
    );
}
