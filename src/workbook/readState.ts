import type { CellValue, SheetGrid } from "../analysis/grid";

/**
 * The generated sheets as a run read them: name → a hash of every value. A write given this state checks, inside
 * its own batch, that the generated sheets it replaces still hold exactly what was read (optimistic concurrency):
 * text typed after the read, by the officer or a co-author, is never replaced unseen.
 */
export interface ReadState {
  generated: { name: string; hash: string }[];
  /** Every sheet read: a sheet marked as the tool's that was read as the officer's stays the officer's. */
  sheets?: string[];
}

/** Someone changed, added or removed a generated sheet between the read and the write; nothing was changed. */
export class ChangedSinceReadError extends Error {
  constructor(readonly sheets: string[]) {
    super(`changed since read: ${sheets.join(", ")}`);
  }
}

/** The state of the generated sheets among these grids. */
export function readStateOf(grids: SheetGrid[]): ReadState {
  return {
    generated: grids.filter((g) => g.generated).map((g) => ({ name: g.name, hash: valuesHash(g) })),
    sheets: grids.map((g) => g.name),
  };
}

/**
 * FNV-1a over each non-empty cell's absolute position and value: the same cells give the same hash whatever the
 * used range's padding (empty rows or columns around them), so both adapters' reads compare.
 */
export function valuesHash(g: { rows: CellValue[][]; top: number; left: number }): string {
  let h = 0x811c9dc5;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  g.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === "") return;
      add(`${g.top + r},${g.left + c}=${JSON.stringify(v)};`);
    }),
  );
  return h.toString(16).padStart(8, "0");
}

/** The sheets whose state differs: changed, removed, or generated since the read. */
export function changedSheets(expected: ReadState, now: ReadState): string[] {
  const was = new Map(expected.generated.map((s) => [s.name, s.hash]));
  const is = new Map(now.generated.map((s) => [s.name, s.hash]));
  const names = new Set([...was.keys(), ...is.keys()]);
  return [...names].filter((n) => was.get(n) !== is.get(n));
}
