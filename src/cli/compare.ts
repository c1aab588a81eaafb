import { promises as fs } from "node:fs";
import path from "node:path";
import type { SheetGrid } from "../analysis/grid";
import { type Comparison, compareAgencies } from "../compare/compareAgencies";
import { compareJson } from "../compare/compareJson";
import { oneSource } from "../compare/compareSources";
import type { AgencyNotRead, AgencyReading } from "../compare/types";
import { buildCompareSheet } from "../sheets/buildCompareSheet";
import { DEFAULTS } from "../ita/defaults";
import { XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";
import { loadWorkbook } from "./loadWorkbook";
import { CliError } from "./cliError";
import { compareCliText } from "../i18n/compareCliText";
import type { CompareOptions } from "./compareArgs";
import { compareSummary, notReadLine } from "./compareSummary";
import type { Io } from "./main";
import { writeOutputs } from "./writeFileAtomic";
import { pathClash } from "./outputPaths";

/**
 * `ita-analyzer compare`: a workbook holding several agencies, or a folder of agencies' workbooks, read one workbook
 * at a time (only each one's scores are kept), compared, and written to a workbook of its own with the JSON report.
 */
export async function runCompare(opts: CompareOptions, io: Io): Promise<void> {
  const input = path.resolve(opts.input);
  const stat = await fs.stat(input).catch(() => null);
  if (!stat) throw new CliError("error.notFound", { file: opts.input });
  const out = opts.out
    ? path.resolve(opts.out)
    : `${input.replace(/[\\/]+$/, "").replace(/\.xls[xm]$/i, "")}-compare.xlsx`;
  const folder = stat.isDirectory() ? await workbooksIn(input) : { files: [input], skipped: [] };
  const earlier = await isEarlierComparison(out);
  // An input is never written over, --force or not (links included): an earlier comparison is output, not input.
  const th = opts.lang === "th";
  const clash = await pathClash(
    folder.files
      .filter((f) => !(earlier && f === out))
      .map((file) => ({ option: th ? "ไฟล์ต้นฉบับ" : "the input", file })),
    [
      { option: opts.out ? "--out" : th ? "ไฟล์ผลลัพธ์" : "the output", file: opts.out ?? out },
      ...(opts.json && opts.json !== "-" ? [{ option: "--json", file: opts.json }] : []),
    ],
  );
  if (clash)
    throw new CliError("error.pathClash", {
      output: clash.output.option,
      file: clash.output.file,
      other: `${clash.other.option} “${clash.other.file}”`,
    });
  if (!earlier && !opts.force && (await exists(out)))
    throw new CliError("error.outputExists", { file: path.relative(process.cwd(), out) || out });
  const files = folder.files.filter((f) => f !== out);
  for (const [file, source] of folder.skipped)
    io.stderr(`${compareCliText(opts.lang, "skipped", { file, source })}\n`);
  const readings: AgencyReading[] = [];
  const notRead: AgencyNotRead[] = [];
  for (const file of files) {
    const shown = stat.isDirectory() ? path.relative(input, file) : path.basename(file);
    const wb = await workbookOf(file, shown);
    if (!("grids" in wb)) {
      notRead.push({ name: shown.replace(/\.xls[xm]$/i, ""), file: shown, where: shown, ...wb });
      continue;
    }
    const read = oneSource(
      wb.grids,
      { label: shown, listed: stat.isDirectory() },
      { threshold: opts.threshold, year: opts.year },
      wb.settings,
    );
    readings.push(...read.readings);
    notRead.push(...read.notRead);
  }
  const comparison = compareAgencies(readings, notRead, opts.threshold, opts.year);
  // Each year's sourced scores are not needed past here: a country's 8,000 agencies hold hundreds of MB of them.
  readings.length = 0;
  if (comparison.agencies.length === 0) {
    // Nothing to compare: each reason is said, and no workbook is written.
    for (const n of comparison.notRead) io.stderr(`${notReadLine(n, opts.lang)}\n`);
    throw new CliError("error.compareNothing", { input: opts.input });
  }
  const json = `${JSON.stringify(compareJson(comparison, opts.lang, opts.order), null, 2)}\n`;
  // The comparison and the JSON report together: neither replaces its file unless both can be written.
  await writeOutputs([
    { file: out, bytes: await comparisonBook(comparison, opts) },
    ...(opts.json && opts.json !== "-"
      ? [{ file: path.resolve(opts.json), bytes: Buffer.from(json, "utf8") }]
      : []),
  ]);
  if (opts.json === "-") io.stdout(json);
  const shownOut = path.relative(process.cwd(), out) || out;
  const text = compareSummary(comparison, opts.lang, stat.isDirectory() ? files.length : null, shownOut);
  (opts.json === "-" ? io.stderr : io.stdout)(`${text}\n`);
}

async function comparisonBook(c: Comparison, opts: CompareOptions): Promise<Uint8Array> {
  const spec = buildCompareSheet(
    c,
    { agency: "", font: { name: opts.font, size: DEFAULTS.fontSize }, thaiDigits: opts.thaiDigits },
    opts.order,
  );
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets([spec]);
  return wb.toBuffer();
}

/** Whether a file is a comparison this command wrote (nothing but the tool's comparison sheet). */
async function isEarlierComparison(file: string): Promise<boolean> {
  const bytes = await fs.readFile(file).catch(() => null);
  if (!bytes) return false;
  const grids = await XlsxWorkbook.load(bytes)
    .then((wb) => wb.readGrids())
    .catch(() => null);
  return grids !== null && grids.length > 0 && grids.every((g) => g.generatedKind === "compare");
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * The workbooks of a folder, by name (absolute paths): .xlsx and .xlsm, not Excel's lock files (~$…), and not a
 * run's output (<name>-ita.xlsx) beside its source, which would count the agency twice (skipped, to be said).
 */
async function workbooksIn(dir: string): Promise<{ files: string[]; skipped: [string, string][] }> {
  const names = (await fs.readdir(dir)).filter((n) => /\.xls[xm]$/i.test(n) && !n.startsWith("~$")).sort();
  const files: string[] = [];
  const skipped: [string, string][] = [];
  for (const n of names) {
    const source = n.replace(/-ita(\.xls[xm])$/i, "$1");
    if (source !== n && (names.includes(source) || names.includes(source.replace(/\.xlsm$/i, ".xlsx"))))
      skipped.push([n, source]);
    else files.push(path.resolve(dir, n));
  }
  return { files, skipped };
}

/** A workbook's sheets and saved settings, or why it could not be opened (said for that agency only). */
async function workbookOf(
  file: string,
  shown: string,
): Promise<{ grids: SheetGrid[]; settings: unknown } | { id: string; params: Record<string, string> }> {
  try {
    const wb = await loadWorkbook(file, shown);
    return { grids: await wb.readGrids(), settings: wb.savedSettings };
  } catch (e) {
    if (e instanceof CliError) return { id: e.id, params: e.params };
    return { id: "compare.notWorkbook", params: { detail: e instanceof Error ? e.message : String(e) } };
  }
}
