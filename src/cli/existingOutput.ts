import { promises as fs } from "node:fs";
import type { SheetGrid } from "../analysis/grid";
import { editedRows } from "../sheets/rowRecord";
import { valuesHash } from "../workbook/readState";
import { XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";

/** An earlier output larger than this is not read for its edits: the run refuses instead (it cannot check it). */
const MAX_OUTPUT_BYTES = 200 * 1024 * 1024;

/**
 * What is already at the output path, as far as the run must care: nothing; an earlier output of ITA Analyzer
 * (its generated sheets, which hold what the officer typed into them, and what it holds that the input does not:
 * sheets, values, comments, images, links, protection, names — work a rewrite would lose); or something else — a
 * file the tool did not write, a device, a folder — which is never written over without --force (never at all
 * when it is not a regular file).
 */
export type ExistingOutput =
  | { kind: "none" }
  | { kind: "earlierOutput"; generated: SheetGrid[]; onlyThere: string[] }
  | { kind: "other" }
  | { kind: "notAFile" };

/** The input as the comparison needs it: its grids and its shape (sheets of every type, names). */
export interface InputView {
  grids: SheetGrid[];
  shape: string[];
}

export async function existingOutput(out: string, input: InputView): Promise<ExistingOutput> {
  let size: number;
  try {
    const st = await fs.stat(out);
    if (!st.isFile()) return { kind: "notAFile" };
    size = st.size;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ENOENT" ? { kind: "none" } : { kind: "other" };
  }
  if (size > MAX_OUTPUT_BYTES) return { kind: "other" };
  const wb = await fs
    .readFile(out)
    .then((bytes) => XlsxWorkbook.load(bytes))
    .catch(() => null);
  const grids = wb ? await wb.readGrids().catch(() => null) : null;
  const generated = grids?.filter((g) => g.generated) ?? [];
  if (!wb || !grids || generated.length === 0) return { kind: "other" };
  return { kind: "earlierOutput", generated, onlyThere: differences(input, { grids, shape: wb.shape }) };
}

/**
 * What the earlier output holds that the input does not, outside the documents: a sheet (of any type) or a name
 * the input lacks, a sheet whose values or extras (comments, images, links…) differ. Formatting alone is not seen.
 */
function differences(input: InputView, output: InputView): string[] {
  const docs = (v: InputView) => new Set(v.grids.filter((g) => g.generated).map((g) => g.name));
  const shape = (v: InputView) => {
    const d = docs(v);
    return new Set(
      v.shape.filter(
        (line) => !(line.startsWith("sheet ") && [...d].some((n) => line.startsWith(`sheet ${n} `))),
      ),
    );
  };
  const inShape = shape(input);
  const out: string[] = [...shape(output)].filter((l) => !inShape.has(l)).map(describe);
  const before = new Map(input.grids.filter((g) => !g.generated).map((g) => [g.name, g]));
  for (const g of output.grids.filter((x) => !x.generated)) {
    const was = before.get(g.name);
    const extras = (x?: SheetGrid) => (x?.extras ?? []).join(",");
    if (!was || valuesHash(was) !== valuesHash(g) || extras(was) !== extras(g)) out.push(`“${g.name}”`);
  }
  return [...new Set(out)];
}

/** A line of a workbook's shape as the message names it: a sheet by its name, a name by its own. */
function describe(line: string): string {
  const sheet = /^sheet (.*) \S* \S+$/.exec(line);
  if (sheet) return `“${sheet[1]}”`;
  const name = /^name ([^=@]*)/.exec(line);
  return name ? name[1]! : line;
}

/**
 * Whose documents the run carries the typed text of: the input's, or the earlier output's (where the officer goes on
 * typing between runs on the same input). Never one's typed text dropped for the other's: when both hold typed text
 * and their documents differ, `conflict` names the input's edited sheets and the run stops (unless forced: then the
 * input's).
 */
export function withEarlierEdits(
  input: SheetGrid[],
  earlier: SheetGrid[],
  force = false,
): { grids: SheetGrid[]; fromEarlier: boolean; conflict: string[] } {
  const own = { grids: input, fromEarlier: false, conflict: [] };
  if (earlier.length === 0) return own;
  const typed = (g: SheetGrid) => editedRows(g).length > 0;
  const there = new Map(earlier.map((g) => [g.name, g]));
  // The input's documents with typed text the earlier output does not hold as they stand.
  const ours = input.filter((g) => {
    if (!g.generated || !typed(g)) return false;
    const same = there.get(g.name);
    return !same || valuesHash(same) !== valuesHash(g);
  });
  if (ours.length === 0)
    return { grids: [...input.filter((g) => !g.generated), ...earlier], fromEarlier: true, conflict: [] };
  if (force || !earlier.some(typed)) return own;
  return { ...own, conflict: ours.map((g) => g.name) };
}
