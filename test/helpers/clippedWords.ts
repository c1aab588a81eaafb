import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The resolution the pages are scanned at, in dots per inch. */
const DPI = 100;
/** A dark run this long (pixels) or longer is a drawn rule (a cell border), not a glyph. */
const RULE = 40;

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** A greyscale PGM (P5) as rows of "dark" flags. */
function readPgm(file: string): { w: number; h: number; dark: Uint8Array } {
  const buf = readFileSync(file);
  let at = 0;
  const fields: number[] = [];
  while (fields.length < 3) {
    while (buf[at] === 0x20 || buf[at] === 0x0a || buf[at] === 0x0d) at++;
    if (fields.length === 0 && buf[at] === 0x50) at += 2; // "P5"
    let n = "";
    while (buf[at]! >= 0x30 && buf[at]! <= 0x39) n += String.fromCharCode(buf[at++]!);
    if (n) fields.push(Number(n));
  }
  at++;
  const [w, h] = fields as [number, number, number];
  const dark = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) dark[i] = buf[at + i]! < 140 ? 1 : 0;
  return { w, h, dark };
}

/** For each pixel row, the spans covered by a rule (dark runs of RULE pixels or more). */
function rules(img: ReturnType<typeof readPgm>): Uint8Array {
  const mask = new Uint8Array(img.w * img.h);
  for (let y = 0; y < img.h; y++) {
    let start = -1;
    for (let x = 0; x <= img.w; x++) {
      const d = x < img.w && img.dark[y * img.w + x] === 1;
      if (d && start < 0) start = x;
      if (!d && start >= 0) {
        if (x - start >= RULE) mask.fill(1, y * img.w + start, y * img.w + x);
        start = -1;
      }
    }
  }
  return mask;
}

/**
 * The printed words a cell border runs through — the sign of a line cut off at the bottom of its row (LibreOffice
 * draws the border over the line that does not fit). Each as "page N: …the words before it… word".
 */
export function clippedWords(pdf: string): string[] {
  const xml = execFileSync("pdftotext", ["-bbox", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const pages = xml.split("<page ").slice(1);
  const dir = mkdtempSync(path.join(tmpdir(), "ita-clip-"));
  execFileSync("pdftoppm", ["-gray", "-r", String(DPI), pdf, path.join(dir, "p")], { timeout: 600_000 });
  const images = readdirSync(dir)
    .filter((f) => f.endsWith(".pgm"))
    .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)![1]) - Number(/(\d+)\.pgm$/.exec(b)![1]));
  const s = DPI / 72;
  const out: string[] = [];
  pages.forEach((page, p) => {
    const img = readPgm(path.join(dir, images[p]!));
    const mask = rules(img);
    const words: Word[] = [
      ...page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g,
      ),
    ].map((m) => ({ x0: +m[1]! * s, y0: +m[2]! * s, x1: +m[3]! * s, y1: +m[4]! * s, text: m[5]! }));
    words.forEach((wd, i) => {
      const h = wd.y1 - wd.y0;
      const [ya, yb] = [Math.floor(wd.y0 + 0.3 * h), Math.ceil(wd.y1 - 0.3 * h)];
      const [xa, xb] = [Math.floor(wd.x0) + 1, Math.ceil(wd.x1) - 1];
      if (xb - xa < 3) return;
      for (let y = Math.max(0, ya); y < Math.min(img.h, yb); y++) {
        let covered = 0;
        for (let x = xa; x < xb; x++) covered += mask[y * img.w + x]!;
        if (covered >= 0.6 * (xb - xa)) {
          out.push(
            `page ${p + 1}: ${words
              .slice(Math.max(0, i - 4), i + 1)
              .map((x) => x.text)
              .join(" ")}`,
          );
          return;
        }
      }
    });
  });
  return out;
}
