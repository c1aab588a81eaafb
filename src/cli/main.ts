import { GARUDA_MAX_BYTES, type Garuda, readGaruda } from "../sheets/garuda";
import path from "node:path";
import { type Lang, message } from "../analysis/messages";
import { translateMessage } from "../i18n/messages";
import { DEFAULT_SETTINGS } from "../analysis/settings";
import { DEFAULTS } from "../ita/defaults";
import { ALL_DOCUMENTS, runPipeline } from "../pipeline";
import { XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";
import type { SheetGrid } from "../analysis/grid";
import { type CliOptions, OPTION_DETAIL, UsageError, isOptionDetail, parseArgs } from "./args";
import { fill } from "../i18n/catalogue";
import { summary } from "./summary";
import { plannerLines } from "./plannerSummary";
import { usageText } from "./usage";
import { writeOutputs } from "./writeFileAtomic";
import { loadWorkbook, readInput } from "./loadWorkbook";
import { existingOutput, withEarlierEdits } from "./existingOutput";
import { PackageError } from "../workbook/xlsx/package/xml";
import { cliText } from "../i18n/cliText";
import { CliError } from "./cliError";
import { runCompare } from "./compare";
import { agenciesInWorkbook } from "../compare/readAgencyTables";
import { savedAgency } from "../compare/compareSources";
import { settingsForRun } from "./savedForRun";
import { parseCompareArgs } from "./compareArgs";
import { compareCliText } from "../i18n/compareCliText";
import { lostEditList, refuseClashes, refuseJsonOverwrite, refuseWrongExtension } from "./outputChecks";

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
  if (argv[0] === "compare" && (argv.includes("--help") || argv.includes("-h"))) {
    io.stdout(`${compareCliText(lang, "usage").trimStart()}\n`);
    return 0;
  }
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(usageText(lang));
    return 0;
  }
  try {
    if (argv[0] === "compare") {
      const opts = parseCompareArgs(argv.slice(1), defaultLang);
      lang = opts.lang;
      await runCompare(opts, io);
      return 0;
    }
    const opts = parseArgs(argv, defaultLang);
    lang = opts.lang;
    debug = opts.debug;
    await run(opts, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      // The option's trouble in the user's language (the error carries it in both).
      const detail = e.params.detailId;
      const params = isOptionDetail(detail)
        ? { ...e.params, detail: fill(OPTION_DETAIL[detail][lang], e.params) }
        : e.params;
      io.stderr(`error: ${message(e.id, params, lang)}\n`);
      if (e.id === "error.usage")
        io.stderr(argv[0] === "compare" ? `${compareCliText(lang, "usage").trimStart()}\n` : usageText(lang));
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

async function run(opts: CliOptions, io: Io): Promise<void> {
  const input = path.resolve(opts.input);
  const out = opts.out ? path.resolve(opts.out) : defaultOutput(input);
  await refuseClashes(opts, out);
  await refuseJsonOverwrite(opts);
  const wb = await loadWorkbook(opts.input);
  refuseWrongExtension(out, wb.macroEnabled && !opts.separate, opts.lang);
  // What the pane saved in the shared workbook (its people, its ครุฑ, the totals typed from ITAS), for each one the
  // command line does not give.
  const saved = settingsForRun(wb.savedSettings, {
    people: opts,
    garuda: opts.garuda !== null,
    totals: opts.totals,
    threshold: opts.threshold,
    urgentBelow: opts.urgentBelow,
    font: opts.font,
    thaiDigits: opts.thaiDigits,
    year: opts.year,
    includeHidden: opts.includeHidden,
  });
  const settings = {
    ...DEFAULT_SETTINGS,
    threshold: saved.threshold,
    urgentBelow: saved.urgentBelow,
    keepLabelledYear: opts.keepYear,
    publishedTotals: saved.totals,
  };
  const savedName = opts.agency ? null : savedAgency(wb.savedSettings);
  const garuda = opts.garuda ? await readGarudaFile(opts.garuda) : saved.garuda;
  const doc = {
    // The agency the pane saved in the shared workbook, unless the command line names one.
    agency: opts.agency || savedName || "",
    font: { name: saved.font, size: DEFAULTS.fontSize },
    thaiDigits: saved.thaiDigits,
    ...saved.people,
    ...(garuda ? { garuda } : {}),
  };
  const previousGrids = opts.previous ? await (await loadWorkbook(opts.previous)).readGrids() : undefined;
  const inputGrids = await wb.readGrids();
  warnUnknownHidden(opts, inputGrids, io);
  const several = agenciesInWorkbook(inputGrids);
  if (several.length > 0)
    io.stderr(
      `${message(
        "warning.severalAgencies",
        {
          file: opts.input,
          count: String(several.length),
          names: several.length > 3 ? `${several.slice(0, 3).join(", ")} …` : several.join(", "),
        },
        opts.lang,
      )}\n`,
    );
  const existing = await existingOutput(out, { grids: inputGrids, shape: wb.shape });
  const shownOut = path.relative(process.cwd(), out) || out;
  if (existing.kind === "notAFile") throw new CliError("error.outputNotAFile", { file: shownOut });
  if (existing.kind === "other" && !opts.force) throw new CliError("error.outputExists", { file: shownOut });
  if (existing.kind === "earlierOutput" && existing.onlyThere.length > 0 && !opts.force)
    throw new CliError("error.outputHasWork", {
      file: shownOut,
      sheets: existing.onlyThere.join(", "),
    });
  const carried = withEarlierEdits(
    inputGrids,
    existing.kind === "earlierOutput" ? existing.generated : [],
    opts.force,
  );
  if (carried.conflict.length > 0)
    throw new CliError("error.editsInBoth", {
      file: shownOut,
      input: opts.input,
      sheets: carried.conflict.map((n) => `“${n}”`).join(", "),
    });
  const earlier = carried.fromEarlier && existing.kind === "earlierOutput" ? existing.generated : [];
  const grids = carried.grids;
  const { analysis, planner, report, specs, lostEdits, keep } = runPipeline(grids, settings, doc, opts.lang, {
    defaultYear: saved.year ?? undefined,
    includeHidden: saved.includeHidden,
    excludedTables: saved.excludedTables,
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
    const read = sheetList(grids);
    if (read === "") throw new CliError("error.noSheetsRead", { file: opts.input });
    throw new CliError("error.noScores", { file: opts.input, sheets: read });
  }
  if (lostEdits.length > 0) {
    const lost = { count: String(lostEdits.length), cells: lostEditList(lostEdits, opts.lang) };
    if (!opts.force) throw new CliError("error.lostEdits", lost);
    io.stderr(`${message("warning.lostEdits", lost, opts.lang)}\n`);
  }
  const target = opts.separate ? XlsxWorkbook.empty() : wb;
  const sheetNames = await target.writeSheets(specs, undefined, opts.separate ? [] : keep);
  const written = await target.toBuffer().catch((e: unknown) => {
    if (e instanceof PackageError)
      throw new CliError("error.package", { file: opts.input, detail: e.message }, 1, e.message);
    throw e;
  });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  // The workbook and the JSON report together: neither replaces its file unless both can be written.
  await writeOutputs([
    { file: out, bytes: written },
    ...(opts.json && opts.json !== "-"
      ? [{ file: path.resolve(opts.json), bytes: Buffer.from(json, "utf8") }]
      : []),
  ]);
  if (opts.json === "-") io.stdout(json);
  const kept = [
    ...(savedName ? [cliText(opts.lang, "savedAgency", { agency: savedName })] : []),
    ...(saved.fromWorkbook.length > 0
      ? [cliText(opts.lang, "savedSettings", { options: saved.fromWorkbook.join(", ") })]
      : []),
    ...(saved.unread.length > 0
      ? [
          cliText(opts.lang, "savedUnread", {
            fields: saved.unread.includes("*") ? "*" : saved.unread.join(", "),
          }),
        ]
      : []),
    ...(saved.excludedTables.length > 0
      ? [
          cliText(opts.lang, "savedExcluded", {
            count: saved.excludedTables.length,
            tables: saved.excludedTables.join(", "),
          }),
        ]
      : []),
    ...(earlier.length > 0
      ? [cliText(opts.lang, "keptEdits", { file: shownOut, sheets: earlier.length })]
      : []),
  ];
  const text = [
    ...kept,
    summary(analysis, report, opts.lang, shownOut, sheetNames, plannerLines(planner, opts.lang, opts.target)),
  ].join("\n");
  (opts.json === "-" ? io.stderr : io.stdout)(`${text}\n`);
}

/** The ครุฑ file given with --garuda, or an error that says what file it takes. */
async function readGarudaFile(file: string): Promise<Garuda> {
  const g = readGaruda(await readInput(file, file));
  if (!g) throw new CliError("error.garuda", { file, max: String(GARUDA_MAX_BYTES / 1000) });
  return g;
}

function askedLang(argv: string[]): Lang | null {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (at < 0) return null;
  const value = argv[at]!.includes("=") ? argv[at]!.split("=")[1] : argv[at + 1];
  return value === "en" || value === "th" ? value : null;
}

/** Warns of each --include-hidden name that is no hidden sheet of the input (a typo would otherwise read nothing). */
function warnUnknownHidden(opts: CliOptions, grids: SheetGrid[], io: Io): void {
  const hidden = grids.filter((g) => g.hidden === "hidden").map((g) => g.name);
  for (const sheet of opts.includeHidden.filter((n) => !hidden.includes(n)))
    io.stderr(
      `${message("warning.hiddenNotFound", { sheet, sheets: hidden.map((n) => `“${n}”`).join(", ") || "–" }, opts.lang)}\n`,
    );
}

function sheetList(grids: SheetGrid[]): string {
  const names = grids.filter((g) => !g.generated && !g.hidden).map((g) => `“${g.name}”`);
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
