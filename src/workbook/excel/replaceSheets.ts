import { REGISTRY_NAME, markerSheet } from "../markers";
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
  /** The names to remove: the markers this tool wrote (live or dead), dead ones of any origin, the old registry. */
  oldMarkers: string[];
  /** The sheets of the live markers this tool wrote. */
  oldSheets: string[];
  /** Temporary sheets an earlier, interrupted Generate left behind: removed with the old documents. */
  leftovers: string[];
  /** The registry's new formula, listing the new markers. */
  registry: string;
}

/**
 * One batch, ordered so that whatever prefix of it Excel applies before a failure, the workbook can be brought
 * to the old sheets or the new ones: (1) the new sheets get their markers; (2) the old sheets go (their markers
 * turn into `#REF!`); (3) the new sheets get their names; (4) the old and dead markers and the old registry go;
 * (5) the new registry lists the new markers. If the batch fails, `recover` looks at what happened: all new
 * markers in place → finish the swap; else → remove the new sheets.
 */
export async function replaceSheets(context: ExcelContextLike, plan: ReplacePlan): Promise<void> {
  const { names, worksheets } = context.workbook;
  const temps = plan.temps.map((n) => worksheets.getItem(n));
  temps.forEach((ws, i) => names.add(plan.newMarkers[i]!, ws.getRange("A1")));
  for (const n of [...plan.oldSheets, ...plan.leftovers]) worksheets.getItem(n).delete();
  temps.forEach((ws, i) => (ws.name = plan.finalNames[i]!));
  for (const n of plan.oldMarkers) names.getItem(n).delete();
  names.add(REGISTRY_NAME, plan.registry);
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
  const sheets = worksheets.items.map((s) => s.name);
  const present = new Set(markers.map((n) => n.name));
  // Everything by name: a loaded collection's items are addressed by position, which a delete shifts.
  const temps = sheets.filter((n) => n.startsWith(plan.token));
  if (forward) {
    // The old sheets by their markers (a new sheet may already bear an old one's name); leftovers by name.
    for (const n of markers.filter((m) => plan.oldMarkers.includes(m.name) && live(m)))
      worksheets.getItem(markerSheet(n.value)!).delete();
    for (const s of plan.leftovers.filter((n) => sheets.includes(n))) worksheets.getItem(s).delete();
    for (const t of temps)
      worksheets.getItem(t).name = plan.finalNames[Number(t.slice(plan.token.length)) - 1]!;
    for (const n of new Set([...plan.oldMarkers, REGISTRY_NAME]))
      if (present.has(n)) names.getItem(n).delete();
    names.add(REGISTRY_NAME, plan.registry);
  } else {
    for (const n of markers.filter((m) => plan.newMarkers.includes(m.name))) names.getItem(n.name).delete();
    for (const t of temps) worksheets.getItem(t).delete();
  }
  await context.sync();
  return forward;
}
