import { promises as fs } from "node:fs";
import path from "node:path";
import { type Lang, message } from "../analysis/messages";
import { translateMessage } from "../i18n/messages";
import { DEFAULT_SETTINGS } from "../analysis/settings";
import { DEFAULTS } from "../ita/defaults";
import { ALL_DOCUMENTS, runPipeline } from "../pipeline";
import { NotAWorkbookError, PartTooLargeError, XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";
import { MAX_PART_BYTES } from "../workbook/xlsx/read/readPackage";
import { type CliOptions, UsageError, parseArgs } from "./args";
import { summary } from "./summary";
import { usageText } from "./usage";
import { writeFileAtomic } from "./writeFileAtomic";
import { existingOutput, withEarlierEdits } from "./existingOutput";
import { PackageError } from "../workbook/xlsx/package/xml";
import { pathClash } from "./outputPaths";
import { cliText } from "../i18n/cliText";
import { extrasText } from "../i18n/partText";

/** A failure the user can act on: printed as one `error:` line, never with a stack trace. */
class CliError extends Error {
  constructor(
    readonly id: string,
    readonly params: Record<string, string>,
    readonly exitCode = 1,
    /** The underlying cause, printed with --debug. */
    override readonly cause = "",
  ) {
    super(id);
  }
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(
  argv: string[],
  io: Io,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const defaultLang: Lang = /^en/i.test(env.ITA_LANG ?? "") ? "en" : "th";
  let lang = askedLang(argv) ?? defaultLang;
  let debug = argv.includes("--debug");
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(usageText(lang));
    return 0;
  }
  try {
    const opts = parseArgs(argv, defaultLang);
    lang = opts.lang;
    debug = opts.debug;
    await run(opts, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`error: ${message(e.id, e.params, lang)}\n`);
      if (e.id === "error.usage") io.stderr(usageText(lang));
      return 2;
    }
    if (e instanceof CliError) {
      io.stderr(`error: ${message(e.id, e.params, lang)}\n`);
      if (debug && e.cause) io.stderr(`cause: ${e.cause}\n`);
      return e.exitCode;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(`error: ${translateMessage(lang, "error.internal", { detail })}\n`);
    if (debug && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return 70;
  }
}

/** A workbook the user named, or a CliError saying why it cannot be read. */
async function loadWorkbook(file: string): Promise<XlsxWorkbook> {
  const bytes = await readInput(path.resolve(file), file);
  return XlsxWorkbook.load(bytes).catch((e: unknown) => {
    if (e instanceof PartTooLargeError)
      throw new CliError("error.tooLarge", {
        file,
        part: e.part,
        size: String(MAX_PART_BYTES / 1048576),
      });
    if (e instanceof NotAWorkbookError && e.corrupt)
      throw new CliError("error.corrupt", { file, detail: e.detail }, 1, e.detail);
    if (e instanceof NotAWorkbookError) throw new CliError(`error.${e.reason}`, { file });
    throw e;
  });
}

async function run(opts: CliOptions, io: Io): Promise<void> {
  const input = path.resolve(opts.input);
  const out = opts.out ? path.resolve(opts.out) : defaultOutput(input);
  await refuseClashes(opts, out);
  const wb = await loadWorkbook(opts.input);
  const settings = {
    ...DEFAULT_SETTINGS,
    threshold: opts.threshold ?? DEFAULT_SETTINGS.threshold,
    urgentBelow: opts.urgentBelow ?? DEFAULT_SETTINGS.urgentBelow,
    keepLabelledYear: opts.keepYear,
  };
  const doc = {
    agency: opts.agency,
    font: { name: opts.font, size: DEFAULTS.fontSize },
    thaiDigits: opts.thaiDigits,
    division: opts.division,
    writerName: opts.writerName,
    writerPosition: opts.writerPosition,
    executiveName: opts.executiveName,
    executivePosition: opts.executivePosition,
  };
  const previousGrids = opts.previous ? await (await loadWorkbook(opts.previous)).readGrids() : undefined;
  const inputGrids = await wb.readGrids();
  const existing = await existingOutput(out, { grids: inputGrids, shape: wb.shape });
  const shownOut = path.relative(process.cwd(), out) || out;
  if (existing.kind === "notAFile") throw new CliError("error.outputNotAFile", { file: shownOut });
  if (existing.kind === "other" && !opts.force) throw new CliError("error.outputExists", { file: shownOut });
  if (existing.kind === "earlierOutput" && existing.onlyThere.length > 0 && !opts.force)
    throw new CliError("error.outputHasWork", {
      file: shownOut,
      sheets: existing.onlyThere.join(", "),
    });
  const earlier = existing.kind === "earlierOutput" ? existing.generated : [];
  const grids = withEarlierEdits(inputGrids, earlier);
  const { analysis, report, specs, lostEdits, keep } = runPipeline(grids, settings, doc, opts.lang, {
    defaultYear: opts.year ?? undefined,
    includeHidden: opts.includeHidden,
    previousGrids,
    documents: ALL_DOCUMENTS,
  });
  if (analysis.tables.length === 0 || analysis.latestYear === null) {
    if (analysis.diagnostics.some((d) => d.id === "noYear"))
      throw new CliError("error.noYearTable", { file: opts.input });
    const many = analysis.diagnostics.find((d) => d.id === "noYearManyColumns");
    if (many)
      throw new CliError("error.noYearManyColumns", {
        sheet: many.sheet ?? "",
        cell: many.cell ?? "",
        columns: String(many.params.columns),
      });
    throw new CliError("error.noScores", { file: opts.input, sheets: sheetList(grids) });
  }
  if (lostEdits.length > 0 && !opts.force)
    throw new CliError("error.lostEdits", {
      count: String(lostEdits.length),
      cells: lostEdits
        .slice(0, 5)
        .map((e) =>
          e.extras
            ? `“${e.sheet}”: ${extrasText(e.extras, opts.lang)}`
            : `“${e.sheet}”!${e.cell} “${oneLine(e.text)}”`,
        )
        .join(", "),
    });
  const target = opts.separate ? XlsxWorkbook.empty() : wb;
  const sheetNames = await target.writeSheets(specs, undefined, opts.separate ? [] : keep);
  const written = await target.toBuffer().catch((e: unknown) => {
    if (e instanceof PackageError)
      throw new CliError("error.package", { file: opts.input, detail: e.message }, 1, e.message);
    throw e;
  });
  await writeFileAtomic(out, written).catch((e: unknown) => {
    throw new CliError("error.write", { file: out, detail: e instanceof Error ? e.message : String(e) });
  });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (opts.json === "-") io.stdout(json);
  else if (opts.json) {
    const target = path.resolve(opts.json);
    await writeFileAtomic(target, Buffer.from(json, "utf8")).catch((e: unknown) => {
      throw new CliError("error.write", { file: target, detail: e instanceof Error ? e.message : String(e) });
    });
  }
  const kept =
    earlier.length > 0 ? [cliText(opts.lang, "keptEdits", { file: shownOut, sheets: earlier.length })] : [];
  const text = [...kept, summary(analysis, report, opts.lang, shownOut, sheetNames)].join("\n");
  (opts.json === "-" ? io.stderr : io.stdout)(`${text}\n`);
}

/** A typed text shown in a one-line message: line breaks as ⏎, cut at 40 characters. */
function oneLine(text: string): string {
  const flat = text.replace(/\r?\n/g, " ⏎ ");
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

/** Refuses, before anything is read, an output that is an input (or the other output), even through a link. */
async function refuseClashes(opts: CliOptions, out: string): Promise<void> {
  const th = opts.lang === "th";
  const inputs = [{ option: th ? "ไฟล์ต้นฉบับ" : "the input", file: opts.input }];
  if (opts.previous) inputs.push({ option: "--previous", file: opts.previous });
  const outputs = [{ option: opts.out ? "--out" : th ? "ไฟล์ผลลัพธ์" : "The output", file: out }];
  if (opts.json && opts.json !== "-") outputs.push({ option: "--json", file: opts.json });
  const clash = await pathClash(inputs, outputs);
  if (clash)
    throw new CliError("error.pathClash", {
      output: clash.output.option,
      file: clash.output.file,
      other: `${clash.other.option} “${clash.other.file}”`,
    });
}

/** The input's bytes, or an error that names why not: missing, a folder, or unreadable (permissions, locks). */
async function readInput(input: string, shown: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    const detail = e instanceof Error ? e.message : String(e);
    if (code === "ENOENT") throw new CliError("error.notFound", { file: shown }, 1, detail);
    if (code === "EISDIR") throw new CliError("error.isDirectory", { file: shown }, 1, detail);
    throw new CliError("error.unreadable", { file: shown, detail: code || detail }, 1, detail);
  }
}

function askedLang(argv: string[]): Lang | null {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (at < 0) return null;
  const value = argv[at]!.includes("=") ? argv[at]!.split("=")[1] : argv[at + 1];
  return value === "en" || value === "th" ? value : null;
}

function sheetList(grids: { name: string; generated?: boolean }[]): string {
  const names = grids.filter((g) => !g.generated).map((g) => `“${g.name}”`);
  return names.length > 5 ? `${names.slice(0, 5).join(", ")} …(${names.length})` : names.join(", ");
}

/** `<name>-ita.xlsx` beside the input; a macro workbook stays one (`.xlsm`), as Excel opens it only by that name. */
function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return path.join(
    path.dirname(input),
    `${path.basename(input, ext)}-ita${/^\.xlsm$/i.test(ext) ? ".xlsm" : ".xlsx"}`,
  );
}
