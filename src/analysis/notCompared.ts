import type { ItemResult } from "./analyse";
import { cellRuns } from "./grid";
import type { ResolvedItem } from "./resolveItems";
import type { Diagnostic, Recognition } from "./types";
import type { YearScores } from "./yearScores";

/** Why a score that was read is not in the comparison. */
export type NotComparedReason = "olderYear" | "noCounterpart" | "noLatestYear";

/** A score read from the sheet that the comparison of the latest year with the previous one does not use. */
export interface NotComparedScore {
  kind: "item" | "indicator" | "instrument" | "total";
  year: number;
  /** The item code, "ตัวชี้วัดที่ N", the instrument, or "ITA" for the total. */
  code: string;
  score: number;
  sheet: string;
  cell: string;
  reason: NotComparedReason;
}

type Part = Omit<NotComparedScore, "reason"> & { group: string };

/**
 * The scores read that the report's comparison does not use (an older year, an item with no counterpart in
 * the latest year, an instrument the latest year lacks), so that every score read reaches the report with its
 * value and each group is said once, at its cells.
 */
export function notCompared(
  latestYear: number | null,
  items: ResolvedItem[],
  results: ItemResult[],
  rec: Pick<Recognition, "indicators" | "summaries">,
  byYear: YearScores[],
  diagnostics: Diagnostic[],
): NotComparedScore[] {
  if (latestYear === null) return [];
  const used = new Set(
    results.flatMap((r) => [
      at(r),
      ...(r.previous ? [at(r.previous), ...(r.previous.merged ?? []).map(at)] : []),
    ]),
  );
  const parts: Part[] = [
    ...items.map((i) => ({ kind: "item" as const, group: i.instrument, ...pick(i) })),
    ...rec.indicators.map((o) => {
      const code = `ตัวชี้วัดที่ ${o.indicator}`;
      return { kind: "indicator" as const, group: code, ...pick({ ...o, code }) };
    }),
    ...rec.summaries.map((o) => {
      const code = o.instrument ?? "ITA";
      return {
        kind: o.instrument ? ("instrument" as const) : ("total" as const),
        group: code,
        ...pick({ ...o, code }),
      };
    }),
  ];
  const out: NotComparedScore[] = [];
  const yearsOf = new Map<string, number[]>();
  for (const { group, ...p } of parts) {
    if (p.year === latestYear || used.has(at(p))) continue;
    const key = `${p.kind}|${group}`;
    if (!yearsOf.has(key))
      yearsOf.set(key, p.kind === "item" ? itemYears(items, group) : scoreYears(byYear, p.kind, group));
    const years = yearsOf.get(key)!;
    const previous = years.filter((y) => y < latestYear).pop();
    if (!years.includes(latestYear)) out.push({ ...p, reason: "noLatestYear" });
    else if (p.year !== previous) out.push({ ...p, reason: "olderYear" });
    else if (p.kind === "item") out.push({ ...p, reason: "noCounterpart" });
  }
  sayGroups(out, latestYear, diagnostics);
  return out;
}

const at = (o: { sheet: string; cell: string }) => `${o.sheet}!${o.cell}`;

function pick(o: { year: number; code: string; score: number; sheet: string; cell: string }) {
  return { year: o.year, code: o.code, score: o.score, sheet: o.sheet, cell: o.cell };
}

/** The years, in order, that have items of an instrument. */
function itemYears(items: ResolvedItem[], instrument: string): number[] {
  return [...new Set(items.filter((i) => i.instrument === instrument).map((i) => i.year))].sort(
    (a, b) => a - b,
  );
}

/** The years, in order (byYear is in year order), whose indicator, instrument or total score exists. */
function scoreYears(byYear: YearScores[], kind: Part["kind"], code: string): number[] {
  return byYear
    .filter((y) =>
      kind === "total"
        ? y.total !== null
        : kind === "instrument"
          ? [...y.instruments.keys()].some((k) => k === code)
          : y.indicators.has(Number(code.replace(/\D/g, ""))),
    )
    .map((y) => y.year);
}

/** One diagnostic per reason, year, kind and sheet, naming the cells (runs of one column as ranges). */
function sayGroups(out: NotComparedScore[], latestYear: number, diagnostics: Diagnostic[]): void {
  const groups = new Map<string, NotComparedScore[]>();
  for (const s of out) {
    const key = `${s.reason}|${s.year}|${s.kind}|${s.sheet}`;
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  for (const g of groups.values()) {
    const first = g[0]!;
    diagnostics.push({
      level: first.reason === "noLatestYear" ? "warning" : "info",
      sheet: first.sheet,
      cell: first.cell,
      id: `notCompared.${first.reason}`,
      params: {
        year: first.year,
        latestYear,
        count: g.length,
        codes: g.map((s) => s.code).join(", "),
        cells: cellRuns(g.map((s) => s.cell)),
      },
    });
  }
}
