import type { SheetGrid } from "../analysis/grid";
import type { Lang } from "../analysis/messages";
import type { CompareOrder } from "../compare/compareOrder";
import type { GeneratedKind } from "../sheets/sheetSpec";
import type { Built, EngineView, SelectionAnswer } from "./engineView";
import type { PaneSettings } from "./paneHost";

/**
 * A workbook's grids by the number the worker keeps them under: sent whole the first time, then by number only,
 * so that a settings change does not copy a large workbook to the worker again.
 */
export interface GridsRef {
  key: number;
  grids?: SheetGrid[];
}

/**
 * What the page asks the engine worker (engine.ts names each question). `G` is how the grids travel: by
 * reference in a message, whole in the page.
 */
export type EngineRequest<G = GridsRef> =
  | { id: number; op: "view"; grids: G; settings: PaneSettings; lang: Lang; previous: G | null }
  | {
      id: number;
      op: "build";
      grids: G;
      settings: PaneSettings;
      lang: Lang;
      documents: GeneratedKind[];
      previous: G | null;
    }
  | { id: number; op: "compareRun"; grids: G; settings: PaneSettings; order: CompareOrder }
  | { id: number; op: "selection"; selection: SheetGrid | null; grids: G; year: number | null; lang: Lang };

/** A question as the page holds it: without its number, its grids whole. */
export type EngineQuestion =
  EngineRequest<SheetGrid[]> extends infer R
    ? R extends EngineRequest<SheetGrid[]>
      ? Omit<R, "id">
      : never
    : never;

/** Each question's answer. */
export interface EngineAnswers {
  view: EngineView;
  build: Built;
  compareRun: Built;
  selection: SelectionAnswer;
}

/**
 * The worker's messages: once started, how long its script took to load (`loaded`, on its own clock); then one
 * answer per question, with the time the worker spent on it. `unknownGrids`: the worker no longer holds the grids
 * of that number (the page sends them again).
 */
export type EngineMessage =
  | { id: 0; loaded: number }
  | { id: number; ok: true; value: EngineAnswers[keyof EngineAnswers]; ms: number }
  | { id: number; ok: false; message: string; unknownGrids?: boolean };

/** The engine worker's script, built beside the pages under a fixed name (webpack.config.js). */
export const ENGINE_WORKER_SCRIPT = "engine-worker.js";
