import { promises as fs } from "node:fs";
import type { SheetGrid } from "../analysis/grid";
import { valuesHash } from "../workbook/readState";
import { XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";

/**
 * What is already at the output path, as far as the run must care: nothing; an earlier output of ITA Analyzer
 * (its generated sheets, which hold what the officer typed into them, and the sheets that only it holds or that
 * differ from the input's — work a rewrite would lose); or another file, which a rewrite would destroy.
 */
export type ExistingOutput =
  | { kind: "none" }
  | { kind: "earlierOutput"; generated: SheetGrid[]; onlyThere: string[] }
  | { kind: "other" };

export async function existingOutput(out: string, inputGrids: SheetGrid[]): Promise<ExistingOutput> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(out);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { kind: "none" };
    return { kind: "other" };
  }
  const grids = await XlsxWorkbook.load(bytes)
    .then((wb) => wb.readGrids())
    .catch(() => null);
  const generated = grids?.filter((g) => g.generated) ?? [];
  if (!grids || generated.length === 0) return { kind: "other" };
  const input = new Map(inputGrids.filter((g) => !g.generated).map((g) => [g.name, valuesHash(g)]));
  const onlyThere = grids
    .filter((g) => !g.generated && input.get(g.name) !== valuesHash(g))
    .map((g) => g.name);
  return { kind: "earlierOutput", generated, onlyThere };
}

/** The input's grids with its generated sheets replaced by an earlier output's, whose edits are newer. */
export function withEarlierEdits(input: SheetGrid[], earlier: SheetGrid[]): SheetGrid[] {
  return earlier.length === 0 ? input : [...input.filter((g) => !g.generated), ...earlier];
}
