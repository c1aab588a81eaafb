import { type Engine, loadLightEngine, pageEngine, paneEngineOf, startEngine } from "./engineClient";

export type { Engine } from "./engineClient";

let engine: Engine | null = null;

/** The pane's engine, made once: a small workbook's first answer in the page, the rest in a worker. */
export function paneEngine(): Engine {
  engine ??= paneEngineOf(pageEngine(), startEngine);
  return engine;
}

/** The page's light engine starts loading now, in parallel with Office.js getting ready and the workbook read. */
export function preloadPageEngine(): Promise<unknown> {
  return loadLightEngine();
}
