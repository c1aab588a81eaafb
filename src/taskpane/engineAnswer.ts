import type { SheetGrid } from "../analysis/grid";
import { engineBuild, engineCompareRun, engineSelection, engineView } from "./engine";
import type { EngineMessage, EngineRequest, GridsRef } from "./engineProtocol";
import type { Built, EngineView, SelectionAnswer } from "./engineView";

/** How many workbooks' grids the worker holds (a workbook read again gets a new number). */
const HELD = 4;

class UnknownGridsError extends Error {}

/** The grids the page sent, by number: the latest few only. */
export type HeldGrids = Map<number, SheetGrid[]>;

function gridsOf(held: HeldGrids, ref: GridsRef): SheetGrid[] {
  if (ref.grids) {
    held.delete(ref.key);
    held.set(ref.key, ref.grids);
    while (held.size > HELD) held.delete(held.keys().next().value!);
    return ref.grids;
  }
  const grids = held.get(ref.key);
  if (!grids) throw new UnknownGridsError(`grids ${ref.key}`);
  return grids;
}

function answer(held: HeldGrids, req: EngineRequest): EngineView | Built | SelectionAnswer {
  const grids = (ref: GridsRef) => gridsOf(held, ref);
  switch (req.op) {
    case "view":
      return engineView(grids(req.grids), req.settings, req.lang, req.previous && grids(req.previous));
    case "build":
      return engineBuild(
        grids(req.grids),
        req.settings,
        req.lang,
        req.documents,
        req.previous && grids(req.previous),
      );
    case "compareRun":
      return engineCompareRun(grids(req.grids), req.settings, req.order);
    case "selection":
      return engineSelection(req.selection, grids(req.grids), req.year, req.lang);
  }
}

/** The worker's answer to one question, with the time it took; a failure is said, never thrown. */
export function engineAnswer(held: HeldGrids, req: EngineRequest): EngineMessage {
  const start = performance.now();
  try {
    const value = answer(held, req);
    return { id: req.id, ok: true, value, ms: performance.now() - start };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      id: req.id,
      ok: false,
      message,
      ...(e instanceof UnknownGridsError ? { unknownGrids: true } : {}),
    };
  }
}
