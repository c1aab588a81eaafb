/**
 * The bench's hostile workbooks, each the sample's score sheets plus one hazard: two stray cells at A1 and
 * XFD1048576; an unrelated sheet of 1,048,576 rows; a shared-strings part of 1.1 GB (a zip bomb), once with honest
 * headers and once hiding its size. Target: every case under 1 GB of memory and 30 s, or refused in one clear line.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { measuredCli, peakMemoryPreload } from "./peakMemory";
import { type Entry, writeZip } from "./zipWriter";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface HostileResult {
  name: string;
  ms: number;
  maxRssMB: number;
  outcome: string;
  ok: boolean;
}

/** The sample's parts, plus a sheet `extra` (its XML) or in place of the shared strings `sst`. */
async function withSample(sample: string, extra?: string, sst?: Entry): Promise<Entry[]> {
  const zip = await JSZip.loadAsync(readFileSync(sample));
  const entries: Entry[] = [];
  for (const [name, f] of Object.entries(zip.files)) {
    if (f.dir || (sst && name === "xl/sharedStrings.xml")) continue;
    let data = await f.async("uint8array");
    if (extra && name === "xl/workbook.xml")
      data = Buffer.from(
        Buffer.from(data)
          .toString("utf8")
          .replace("</sheets>", `<sheet name="ข้อมูลอื่น" sheetId="99" r:id="rIdX"/></sheets>`),
      );
    if (extra && name === "xl/_rels/workbook.xml.rels")
      data = Buffer.from(
        Buffer.from(data)
          .toString("utf8")
          .replace(
            "</Relationships>",
            `<Relationship Id="rIdX" Type="${R}/worksheet" Target="worksheets/extra.xml"/></Relationships>`,
          ),
      );
    if (extra && name === "[Content_Types].xml")
      data = Buffer.from(
        Buffer.from(data)
          .toString("utf8")
          .replace(
            "</Types>",
            `<Override PartName="/xl/worksheets/extra.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
          ),
      );
    entries.push({ name, data });
  }
  if (extra)
    entries.push({
      name: "xl/worksheets/extra.xml",
      data: Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData>${extra}</sheetData></worksheet>`),
    });
  if (sst) entries.push(sst);
  return entries;
}

function million(): string {
  const rows: string[] = [];
  for (let r = 1; r <= 1_048_576; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return rows.join("");
}

function bomb(declaredSize?: number): Entry {
  const enc = new TextEncoder();
  const chunk = enc.encode("<si><t>x</t></si>".repeat(65_536));
  return {
    name: "xl/sharedStrings.xml",
    repeat: {
      chunk,
      count: Math.ceil(1_100_000_000 / chunk.length),
      head: enc.encode(`<sst xmlns="${MAIN}">`),
      tail: enc.encode("</sst>"),
    },
    ...(declaredSize ? { declaredSize } : {}),
  };
}

/** Runs the CLI on each hostile workbook in a fresh process and measures its wall time and peak memory. */
export async function hostileCases(dir: string, root: string): Promise<HostileResult[]> {
  const sample = path.join(root, "samples", "ita-sample.xlsx");
  const cases: [string, () => Promise<Entry[]>][] = [
    [
      "two stray cells (A1, XFD1048576)",
      () =>
        withSample(
          sample,
          `<row r="1"><c r="A1" t="inlineStr"><is><t>หมายเหตุ</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`,
        ),
    ],
    ["an unrelated sheet of 1,048,576 rows", () => withSample(sample, million())],
    ["a 1.1 GB shared-strings bomb", () => withSample(sample, undefined, bomb())],
    ["the same bomb hiding its size", () => withSample(sample, undefined, bomb(4096))],
  ];
  const preload = peakMemoryPreload(dir);
  const out: HostileResult[] = [];
  for (const [name, make] of cases) {
    const file = path.join(dir, `hostile-${out.length}.xlsx`);
    writeFileSync(file, await writeZip(await make()));
    const r = measuredCli(root, preload, [
      file,
      "--out",
      path.join(dir, "hostile-out.xlsx"),
      "--force",
      "--lang",
      "en",
    ]);
    const { ms, maxRssMB } = r;
    const errors = r.stderr.split("\n").filter((l) => l.startsWith("error:"));
    const outcome =
      r.status === 0
        ? "read and written"
        : errors.length === 1
          ? `refused: ${errors[0]!.slice(7, 110)}…`
          : `failed (${r.status ?? r.signal})`;
    const ok = ms < 30_000 && maxRssMB < 1024 && (r.status === 0 || (r.status === 1 && errors.length === 1));
    out.push({ name, ms, maxRssMB, outcome, ok });
  }
  return out;
}
