import { promises as fs } from "node:fs";
import path from "node:path";
import { type Lang, message, partNames } from "../analysis/messages";
import { DEFAULT_SETTINGS } from "../analysis/settings";
import { DEFAULTS } from "../ita/defaults";
import { ALL_DOCUMENTS, runPipeline } from "../pipeline";
import { NotAWorkbookError, XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";
import { type CliOptions, UsageError, parseArgs } from "./args";
import { summary } from "./summary";
import { writeFileAtomic } from "./writeFileAtomic";

/** A failure the user can act on: printed as one `error:` line, never with a stack trace. */
class CliError extends Error {
  constructor(
    readonly id: string,
    readonly params: Record<string, string>,
    readonly exitCode = 1,
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
  let lang = defaultLang;
  let debug = argv.includes("--debug");
  try {
    const opts = parseArgs(argv, defaultLang);
    lang = opts.lang;
    debug = opts.debug;
    await run(opts, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`error: ${message(e.id, e.params, lang)}\n`);
      return 2;
    }
    if (e instanceof CliError) {
      io.stderr(`error: ${message(e.id, e.params, lang)}\n`);
      return e.exitCode;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(`error: ${message("error.internal", { detail }, lang)}\n`);
    if (debug && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return 70;
  }
}

/** A workbook the user named, or a CliError saying why it cannot be read. */
async function loadWorkbook(file: string): Promise<XlsxWorkbook> {
  const bytes = await fs.readFile(path.resolve(file)).catch(() => {
    throw new CliError("error.notFound", { file });
  });
  return XlsxWorkbook.load(bytes).catch((e: unknown) => {
    if (e instanceof NotAWorkbookError) throw new CliError(`error.${e.reason}`, { file });
    throw e;
  });
}

async function run(opts: CliOptions, io: Io): Promise<void> {
  const input = path.resolve(opts.input);
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
  const { analysis, report, specs } = runPipeline(await wb.readGrids(), settings, doc, opts.lang, {
    defaultYear: opts.year ?? undefined,
    previousGrids,
    documents: ALL_DOCUMENTS,
  });
  if (analysis.tables.length === 0 || analysis.latestYear === null)
    throw new CliError("error.noScores", { file: opts.input });
  const out = opts.out ? path.resolve(opts.out) : defaultOutput(input);
  if (out === input) throw new CliError("error.sameFile", {});
  if (wb.unsupported.length > 0 && !opts.separate) {
    throw new CliError("error.unsupportedParts", {
      file: opts.input,
      parts: partNames(wb.unsupported, opts.lang),
    });
  }
  const target = opts.separate ? XlsxWorkbook.empty() : wb;
  const sheetNames = await target.writeSheets(specs);
  const written = await target.toBuffer();
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
  const text = summary(analysis, report, opts.lang, path.relative(process.cwd(), out) || out, sheetNames);
  (opts.json === "-" ? io.stderr : io.stdout)(`${text}\n`);
}

function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-ita.xlsx`);
}
