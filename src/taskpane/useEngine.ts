import { type Engine, pageEngine, paneEngineOf, startEngine } from "./engineClient";

export type { Engine } from "./engineClient";

let engine: Engine | null = null;

/** The pane's engine, made once: a small workbook's first answer in the page, the rest in a worker. */
export function paneEngine(): Engine {
  engine ??= paneEngineOf(pageEngine(), startEngine);
  return engine;
}
