import { promises as fs } from "node:fs";
import path from "node:path";
import { MAX_PART_BYTES } from "../workbook/xlsx/read/readPackage";
import { NotAWorkbookError, PartTooLargeError, XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";
import { CliError } from "./cliError";

/** A workbook the user named (`file`: as the messages show it), or a CliError saying why it cannot be read. */
export async function loadWorkbook(location: string, file = location): Promise<XlsxWorkbook> {
  const bytes = await readInput(path.resolve(location), file);
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

/** The input's bytes, or an error that names why not: missing, a folder, or unreadable (permissions, locks). */
export async function readInput(input: string, shown: string): Promise<Uint8Array> {
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
