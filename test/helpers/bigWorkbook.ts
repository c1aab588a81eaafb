import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { CellValue, SheetGrid } from "../../src/analysis/grid";
import { SAMPLE } from "./sample";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The sample workbook with an unrelated list of `rows` × `cols` cells added as a sheet (written as Excel does). */
export async function sampleWithList(rows: number, cols: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const edit = async (part: string, f: (s: string) => string) =>
    zip.file(part, f(await zip.file(part)!.async("string")));
  await edit("xl/workbook.xml", (s) =>
    s.replace("</sheets>", `<sheet name="บุคลากร" sheetId="90" r:id="rIdList"/></sheets>`),
  );
  await edit("xl/_rels/workbook.xml.rels", (s) =>
    s.replace(
      "</Relationships>",
      `<Relationship Id="rIdList" Type="${R}/worksheet" Target="worksheets/list.xml"/></Relationships>`,
    ),
  );
  await edit("[Content_Types].xml", (s) =>
    s.replace(
      "</Types>",
      `<Override PartName="/xl/worksheets/list.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  const letters = Array.from({ length: cols }, (_, c) => String.fromCharCode(65 + c));
  const body: string[] = [];
  for (let r = 1; r <= rows; r++)
    body.push(
      `<row r="${r}">${letters
        .map((l, c) =>
          c === 0
            ? `<c r="${l}${r}" t="inlineStr"><is><t>บุคลากรคนที่ ${r}</t></is></c>`
            : `<c r="${l}${r}"><v>${r * 10 + c}</v></c>`,
        )
        .join("")}</row>`,
    );
  zip.file(
    "xl/worksheets/list.xml",
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body.join("")}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The same list as a grid of its own: a staff list of `rows` × `cols` beside the scores (the pane's large case). */
export function listGrid(rows: number, cols: number): SheetGrid {
  const cells: CellValue[][] = [];
  for (let r = 1; r <= rows; r++)
    cells.push(Array.from({ length: cols }, (_, c) => (c === 0 ? `บุคลากรคนที่ ${r}` : r * 10 + c)));
  return { name: "บุคลากร", rows: cells, top: 0, left: 0 };
}
