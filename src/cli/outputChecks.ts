import { promises as fs } from "node:fs";
import path from "node:path";
import type { Lang } from "../analysis/messages";
import type { LostEdit } from "../sheets/carryRowEdits";
import { extrasText } from "../i18n/partText";
import type { CliOptions } from "./args";
import { CliError } from "./cliError";
import { pathClash } from "./outputPaths";

/** Refuses, before anything is read, an output that is an input (or the other output), even through a link. */
export async function refuseClashes(opts: CliOptions, out: string): Promise<void> {
  const th = opts.lang === "th";
  const inputs = [{ option: th ? "ไฟล์ต้นฉบับ" : "the input", file: opts.input }];
  if (opts.previous) inputs.push({ option: "--previous", file: opts.previous });
  const outputs = [{ option: opts.out ? "--out" : th ? "ไฟล์ผลลัพธ์" : "the output", file: out }];
  if (opts.json && opts.json !== "-") outputs.push({ option: "--json", file: opts.json });
  const clash = await pathClash(inputs, outputs);
  if (clash)
    throw new CliError("error.pathClash", {
      output: clash.output.option,
      file: clash.output.file,
      other: `${clash.other.option} “${clash.other.file}”`,
    });
}

/**
 * Refuses an output named .xlsx that would hold macros, or .xlsm that would not: Excel checks the name against the
 * package's content type and will not open either.
 */
export function refuseWrongExtension(out: string, macroEnabled: boolean, lang: Lang): void {
  const ext = path.extname(out).toLowerCase();
  const wanted = macroEnabled ? ".xlsm" : ".xlsx";
  if ((ext === ".xlsx" || ext === ".xlsm") && ext !== wanted) {
    const th = lang === "th";
    const kind = macroEnabled ? (th ? "ที่มีแมโคร" : "with macros") : th ? "ที่ไม่มีแมโคร" : "without macros";
    throw new CliError("error.outputExtension", { file: shown(out), kind, ext: wanted });
  }
}

/** Refuses, unless forced, a --json path that already holds something other than a JSON report (a workbook). */
export async function refuseJsonOverwrite(opts: CliOptions): Promise<void> {
  if (!opts.json || opts.json === "-" || opts.force) return;
  const handle = await fs.open(path.resolve(opts.json), "r").catch(() => null);
  if (!handle) return;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
    const head = buffer.subarray(0, bytesRead).toString("utf8").trimStart();
    if (bytesRead > 0 && !head.startsWith("{"))
      throw new CliError("error.jsonExists", { file: shown(opts.json) });
  } finally {
    await handle.close();
  }
}

/** Up to five lost texts in one line, for the refusal or the forced run's warning. */
export function lostEditList(lost: LostEdit[], lang: Lang): string {
  return lost
    .slice(0, 5)
    .map((e) =>
      e.extras
        ? `“${e.sheet}”: ${extrasText(e.extras, lang)}`
        : `“${e.sheet}”!${e.cell} “${oneLine(e.text)}”`,
    )
    .join(", ");
}

/** A typed text shown in a one-line message: line breaks as ⏎, cut at 40 characters. */
function oneLine(text: string): string {
  const flat = text.replace(/\r?\n/g, " ⏎ ");
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

function shown(file: string): string {
  return path.relative(process.cwd(), path.resolve(file)) || file;
}
