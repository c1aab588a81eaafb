import { type CellValue, type SheetGrid, addressOf, gridWidth } from "./grid";
import {
  type LedgerLabelKind,
  catalogueTitle,
  ledgerLabelKind,
  notScoreHeaderAbove,
  scoreLike,
  trailingScore,
} from "./ledgerLabels";
import { verticalSpans } from "./scoreColumns";
import type { Diagnostic, Recognition } from "./types";

interface Entry {
  r: number;
  c: number;
  kind: LedgerLabelKind;
  /** The grid cells holding score-like values that belong to this label. */
  values: { r: number; c: number }[];
}

/**
 * The ledger sweep, the recogniser's last stage: every label cell of the sheet (an item code in any form,
 * an indicator or ประเด็น label, an instrument or total label) with a score-like value in its row — or
 * below it, over a merged label or under a row of labels — must be accounted for: read into an
 * observation or named by a diagnostic. The rest are reported as one warning per region of unread rows.
 */
export function sweepLedger(grid: SheetGrid, rec: Recognition): Diagnostic[] {
  if (grid.generated || grid.copiedDocument) return [];
  const used = accountedCells(grid.name, rec);
  const entries = labelEntries(grid);
  const unread = entries.filter(
    (e) => !used.has(addressOf(grid, e.r, e.c)) && !e.values.some((v) => used.has(addressOf(grid, v.r, v.c))),
  );
  return regions([...unread, ...titleEntries(grid, used, entries)]).map((region) =>
    regionDiagnostic(grid, region),
  );
}

/**
 * Rows that name an item by its catalogue title alone (no code) with a score beside it, where nothing of the row
 * was read or named: a code left empty in a coded table, a block pasted from ITAS under coded rows.
 */
function titleEntries(grid: SheetGrid, used: Set<string>, labels: Entry[]): Entry[] {
  const labelled = new Set(labels.map((e) => e.r));
  const out: Entry[] = [];
  grid.rows.forEach((row, r) => {
    if (labelled.has(r) || row.every((v) => typeof v !== "number" && typeof v !== "string")) return;
    if (row.some((_, c) => used.has(addressOf(grid, r, c)))) return;
    const values = row.flatMap((v, c) => (scoreLike(v) ? [{ r, c }] : []));
    if (values.length === 0) return;
    const c = row.findIndex((v) => typeof v === "string" && catalogueTitle(v));
    if (c >= 0) out.push({ r, c, kind: "title", values: values.filter((v) => v.c !== c) });
  });
  return out;
}

/** Diagnostics about a whole table (its year), which account for none of its rows. */
const TABLE_LEVEL = new Set([
  "noYear",
  "noYearManyColumns",
  "yearFromTitle",
  "yearFromSetting",
  "yearFromCE",
  "columnWithoutYear",
]);

function accountedCells(sheet: string, rec: Recognition): Set<string> {
  const used = new Set<string>();
  for (const o of [...rec.items, ...rec.indicators, ...rec.summaries])
    if (o.sheet === sheet) used.add(o.cell);
  for (const o of rec.items) if (o.sheet === sheet) used.add(o.labelCell);
  for (const d of rec.diagnostics)
    if (d.sheet === sheet && d.cell && !TABLE_LEVEL.has(d.id)) used.add(d.cell);
  return used;
}

function labelEntries(grid: SheetGrid): Entry[] {
  const kindOf = new Map<string, LedgerLabelKind | null>();
  const kind = (v: CellValue): LedgerLabelKind | null => {
    if (typeof v !== "string") return null;
    if (!kindOf.has(v)) kindOf.set(v, ledgerLabelKind(v));
    return kindOf.get(v)!;
  };
  const spans = verticalSpans(grid);
  const width = gridWidth(grid);
  const out: Entry[] = [];
  grid.rows.forEach((row, r) => {
    const cols: number[] = [];
    row.forEach((v, c) => {
      if (kind(v)) cols.push(c);
    });
    cols.forEach((c, i) => {
      const right = cols[i + 1] ?? width;
      const left = i > 0 ? cols[i - 1]! : -1;
      const last = r + (spans.get(`${r},${c}`) ?? 0);
      let values = [
        ...valuesIn(grid, r, last, left + 1, c - 1),
        ...valuesIn(grid, r, last, c + 1, right - 1),
      ];
      if (values.length === 0 && cols.length >= 2) values = valuesBelow(grid, r, c);
      if (values.length > 0 || trailingScore(row[c] ?? null))
        out.push({ r, c, kind: kind(row[c]!)!, values });
    });
  });
  return out;
}

function valuesIn(
  grid: SheetGrid,
  r0: number,
  r1: number,
  c0: number,
  c1: number,
): { r: number; c: number }[] {
  const out: { r: number; c: number }[] = [];
  for (let r = r0; r <= r1; r++)
    for (let c = c0; c <= c1; c++) if (scoreLike(grid.rows[r]?.[c] ?? null)) out.push({ r, c });
  return out;
}

/** The score-like cells under a label in a row of labels (years down, labels across), until a gap. */
function valuesBelow(grid: SheetGrid, r: number, c: number): { r: number; c: number }[] {
  const out: { r: number; c: number }[] = [];
  for (let k = r + 1; k < grid.rows.length && k <= r + 60; k++) {
    const v = grid.rows[k]?.[c] ?? null;
    if (scoreLike(v)) out.push({ r: k, c });
    else if (v !== null && v !== "") break;
    else if (out.length > 0) break;
  }
  return out;
}

/** Unread labels of one column and kind, a few rows apart at most, form one region. */
function regions(unread: Entry[]): Entry[][] {
  const byCol = new Map<string, Entry[]>();
  for (const e of unread) {
    const key = `${e.c}:${e.kind}`;
    const list = byCol.get(key);
    if (list) list.push(e);
    else byCol.set(key, [e]);
  }
  const out: Entry[][] = [];
  for (const list of byCol.values()) {
    let current: Entry[] = [];
    for (const e of list) {
      if (current.length > 0 && e.r - current[current.length - 1]!.r > 3) {
        out.push(current);
        current = [];
      }
      current.push(e);
    }
    if (current.length > 0) out.push(current);
  }
  return out.sort((a, b) => a[0]!.r - b[0]!.r || a[0]!.c - b[0]!.c);
}

function regionDiagnostic(grid: SheetGrid, region: Entry[]): Diagnostic {
  const first = region[0]!;
  const cells = region.flatMap((e) => [{ r: e.r, c: e.c }, ...e.values]);
  const top = Math.min(...cells.map((x) => x.r));
  const bottom = Math.max(...cells.map((x) => x.r));
  const left = Math.min(...cells.map((x) => x.c));
  const right = Math.max(...cells.map((x) => x.c));
  const range = `${addressOf(grid, top, left)}:${addressOf(grid, bottom, right)}`;
  const rowNumber = (r: number) => Number(addressOf(grid, r, first.c).replace(/^[A-Z]+/, ""));
  const columns = [
    ...new Set(
      region.flatMap((e) => (e.values.length > 0 ? e.values : [e]).map((v) => addressOf(grid, 0, v.c))),
    ),
  ]
    .map((a) => a.replace(/\d+$/, ""))
    .join(", ");
  const params = { range, rows: region.length, from: rowNumber(top), to: rowNumber(bottom), columns };
  const header = notScoreHeaderAbove(grid, top, left, right);
  if (header)
    return {
      level: "info",
      sheet: grid.name,
      cell: addressOf(grid, first.r, first.c),
      id: "notScoreTable",
      params: { range, header },
    };
  return {
    level: first.kind === "subIndicator" || first.kind === "average" ? "info" : "warning",
    sheet: grid.name,
    cell: addressOf(grid, first.r, first.c),
    id: `unreadRows.${first.kind}`,
    params,
  };
}
