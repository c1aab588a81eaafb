import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SheetSpec } from "../../src/sheets/sheetSpec";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";

export function hasLibreOffice(): boolean {
  return (
    spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0 &&
    spawnSync("pdfinfo", ["-v"]).status === 0
  );
}

/** Converts a workbook with LibreOffice headless (its own profile folder) into `format` in `outDir`. */
export function convertWithLibreOffice(
  file: string,
  format: "pdf" | "xlsx",
  outDir: string,
  profile: string,
  timeout = 180_000,
): void {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "ignore", timeout },
  );
}

/** Writes one SheetSpec to its own workbook and prints it with LibreOffice; returns the text of each PDF page. */
export async function renderPages(spec: SheetSpec): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "ita-pdf-"));
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets([spec]);
  const xlsx = path.join(dir, "doc.xlsx");
  writeFileSync(xlsx, await wb.toBuffer());
  convertWithLibreOffice(xlsx, "pdf", dir, `${dir}/profile`, 120_000);
  const pdf = path.join(dir, "doc.pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }),
  );
}

/**
 * Writes the specs to one workbook under `outDir`, prints it with LibreOffice and keeps the PDF and a PNG per page
 * (`page-1.png`, …) there, for a person to look at. Returns the text of each page.
 */
export async function renderToArtifacts(specs: SheetSpec[], outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets(specs);
  const xlsx = path.join(outDir, "documents.xlsx");
  writeFileSync(xlsx, await wb.toBuffer());
  const profile = mkdtempSync(path.join(tmpdir(), "ita-lo-"));
  convertWithLibreOffice(xlsx, "pdf", outDir, profile);
  const pdf = path.join(outDir, "documents.pdf");
  execFileSync("pdftoppm", ["-r", "80", "-png", pdf, path.join(outDir, "page")], { timeout: 120_000 });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], {
      encoding: "utf8",
    }),
  );
}
