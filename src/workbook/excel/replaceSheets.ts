import { markerSheet } from "../markers";
import { MARKER_PREFIX } from "../port";
import type { ExcelContextLike, NamedItemLike } from "./excelApi";

/** What the replace step swaps: the run's new sheets (under temporary names) for the old generated ones. */
export interface ReplacePlan {
  /** Prefix of this run's temporary sheet names; temporary sheet i is `${token}${i + 1}`. */
  token: string;
  /**
   * The temporary sheets' names. Sheets are looked up by name in the swap's batch: the objects `worksheets.add()`
   * returned are not valid in a later sync (the real Office.js client refuses them: "InvalidObjectPath").
   */
  temps: string[];
  finalNames: string[];
  /** The new markers' names (indices not used by any existing marker, so `names.add` cannot collide). */
  newMarkers: string[];
  /** Every marker there was, live or dead (`#REF!`), and the sheets the live ones point to. */
  oldMarkers: string[];
  oldSheets: string[];
}

/**
 * One batch, ordered so that whatever prefix of it Excel applies before a failure, the workbook can be brought
 * to the old sheets or the new ones: (1) the new sheets get their markers; (2) the old sheets go (their markers
 * turn into `#REF!`); (3) the new sheets get their names; (4) the old and dead markers go. If the batch fails,
 * `recover` looks at what happened: all new markers in place → finish the swap; else → remove the new sheets.
 */
export async function replaceSheets(context: ExcelContextLike, plan: ReplacePlan): Promise<void> {
  const { names, worksheets } = context.workbook;
  const temps = plan.temps.map((n) => worksheets.getItem(n));
  temps.forEach((ws, i) => names.add(plan.newMarkers[i]!, ws.getRange("A1")));
  for (const n of plan.oldSheets) worksheets.getItem(n).delete();
  temps.forEach((ws, i) => (ws.name = plan.finalNames[i]!));
  for (const n of plan.oldMarkers) names.getItem(n).delete();
  try {
    await context.sync();
  } catch (e) {
    if (!(await recover(context, plan))) throw e;
  }
}

/** After a failed replace: finishes it (true) or undoes it (false), in one more batch. */
async function recover(context: ExcelContextLike, plan: ReplacePlan): Promise<boolean> {
  const { names, worksheets } = context.workbook;
  worksheets.load("items/name");
  names.load("items/name,items/value");
  await context.sync();
  const markers = names.items.filter((n) => n.name.startsWith(MARKER_PREFIX));
  const live = (n: NamedItemLike) => markerSheet(n.value) !== null;
  const forward = plan.newMarkers.every((m) => markers.some((n) => n.name === m && live(n)));
  const isNew = (n: NamedItemLike) => plan.newMarkers.includes(n.name);
  // Everything by name: a loaded collection's items are addressed by position, which a delete shifts.
  const temps = worksheets.items.map((s) => s.name).filter((n) => n.startsWith(plan.token));
  if (forward) {
    for (const n of markers.filter((m) => !isNew(m) && live(m)))
      worksheets.getItem(markerSheet(n.value)!).delete();
    for (const t of temps)
      worksheets.getItem(t).name = plan.finalNames[Number(t.slice(plan.token.length)) - 1]!;
    for (const n of markers.filter((m) => !isNew(m))) names.getItem(n.name).delete();
  } else {
    for (const n of markers.filter(isNew)) names.getItem(n.name).delete();
    for (const t of temps) worksheets.getItem(t).delete();
  }
  await context.sync();
  return forward;
}

/** The smallest marker indices no existing marker uses, one per new sheet. */
export function freeMarkerIndices(existing: string[], count: number): number[] {
  const used = new Set(existing.map((n) => Number(/_(\d+)$/.exec(n)?.[1] ?? 0)));
  const out: number[] = [];
  for (let i = 1; out.length < count; i++) if (!used.has(i)) out.push(i);
  return out;
}
