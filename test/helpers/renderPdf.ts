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
  return pdfPages(path.join(dir, "doc.pdf"), []);
}

/**
 * The text of each page of `pdf`, as `pdftotext -f N -l N` gives it (the page's text and its form feed), in one
 * call; as many pages as pdfinfo counts.
 */
function pdfPages(pdf: string, options: string[]): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  const text = execFileSync("pdftotext", [...options, pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const pages = text
    .split("\f")
    .slice(0, -1)
    .map((page) => `${page}\f`);
  if (pages.length !== count)
    throw new Error(`${pdf}: pdftotext gave ${pages.length} pages, pdfinfo counts ${count}`);
  return pages;
}

/**
 * Writes the specs to one workbook under `outDir`, prints it with LibreOffice and keeps the PDF and a PNG per page
 * (`page-1.png`, …; not in CI) there, for a person to look at. Returns the text of each page.
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
  // The pictures are for a person to look at; CI keeps no artifact, so it makes none (about 5 s per 70 pages).
  if (!process.env.CI)
    execFileSync("pdftoppm", ["-r", "80", "-png", pdf, path.join(outDir, "page")], { timeout: 120_000 });
  return pdfPages(pdf, ["-layout"]);
}
