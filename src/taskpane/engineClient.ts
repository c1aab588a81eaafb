import { type SheetGrid, gridCells } from "../analysis/grid";
import type { Lang } from "../analysis/messages";
import type { CompareOrder } from "../compare/compareOrder";
import type { GeneratedKind } from "../sheets/sheetSpec";
import type { Built, EngineView, SelectionAnswer } from "./engineView";
import {
  ENGINE_WORKER_SCRIPT,
  type EngineAnswers,
  type EngineMessage,
  type EngineQuestion,
  type EngineRequest,
  type GridsRef,
} from "./engineProtocol";
import type { PaneSettings } from "./paneHost";
import { mark, measureSpan } from "./timing";

/** The engine as the pane asks it: every answer comes later, worked out off the page's thread where it can be. */
export interface Engine {
  /**
   * A first view at once, without the measures, when it can be had without waiting (a small workbook, the light
   * engine loaded in the page): drawn in the same frame as the workbook read. Null otherwise. `view` gives the
   * whole answer.
   */
  viewNow(
    grids: SheetGrid[],
    settings: PaneSettings,
    lang: Lang,
    previous: SheetGrid[] | null,
  ): EngineView | null;
  /** Settles when `viewNow` can answer (the light engine loaded), or never will (a failed load). */
  viewNowReady(): Promise<unknown>;
  view(
    grids: SheetGrid[],
    settings: PaneSettings,
    lang: Lang,
    previous: SheetGrid[] | null,
  ): Promise<EngineView>;
  build(
    grids: SheetGrid[],
    settings: PaneSettings,
    lang: Lang,
    documents: GeneratedKind[],
    previous: SheetGrid[] | null,
  ): Promise<Built>;
  compareRun(grids: SheetGrid[], settings: PaneSettings, order: CompareOrder): Promise<Built>;
  selection(
    selection: SheetGrid | null,
    grids: SheetGrid[],
    year: number | null,
    lang: Lang,
  ): Promise<SelectionAnswer>;
}

type LightModule = typeof import("./engineLight");
let lightModule: LightModule | null = null;
let loadingLight: Promise<LightModule> | null = null;

/**
 * The engine's light part in this thread (engineLight.ts: the first answer, a selection's check), loaded once as a
 * chunk of its own: the pane starts it loading as it opens.
 */
export function loadLightEngine(): Promise<LightModule> {
  loadingLight ??= import(/* webpackChunkName: "engine-light" */ "./engineLight").then((m) => {
    mark("ita:engine-light");
    return (lightModule = m);
  });
  return loadingLight;
}

/** One question answered in this thread: a selection by the light part, the rest by the whole engine. */
async function answerOnPage(q: EngineQuestion): Promise<EngineAnswers[keyof EngineAnswers]> {
  if (q.op === "selection")
    return (await loadLightEngine()).engineSelection(q.selection, q.grids, q.year, q.lang);
  const e = await import(/* webpackChunkName: "engine" */ "./engine");
  if (q.op === "view") return e.engineView(q.grids, q.settings, q.lang, q.previous);
  if (q.op === "build") return e.engineBuild(q.grids, q.settings, q.lang, q.documents, q.previous);
  return e.engineCompareRun(q.grids, q.settings, q.order);
}

/** The engine over a way of answering one question (and, in the page, of answering a view at once). */
function engineOver(
  answer: (q: EngineQuestion) => Promise<unknown>,
  viewNow: Engine["viewNow"] = () => null,
  viewNowReady: Engine["viewNowReady"] = () => Promise.resolve(),
): Engine {
  function ask<K extends keyof EngineAnswers>(q: EngineQuestion & { op: K }): Promise<EngineAnswers[K]> {
    return answer(q) as Promise<EngineAnswers[K]>;
  }
  return {
    viewNow,
    viewNowReady,
    view: (grids, settings, lang, previous) => ask({ op: "view", grids, settings, lang, previous }),
    build: (grids, settings, lang, documents, previous) =>
      ask({ op: "build", grids, settings, lang, documents, previous }),
    compareRun: (grids, settings, order) => ask({ op: "compareRun", grids, settings, order }),
    selection: (selection, grids, year, lang) => ask({ op: "selection", selection, grids, year, lang }),
  };
}

/** The engine in this thread: where no worker can run (tests in jsdom, a page that refuses workers). */
export function pageEngine(): Engine {
  return engineOver(
    answerOnPage,
    (g, s, l) => lightModule && lightModule.lightView(g, s, l),
    () => loadLightEngine().catch(() => undefined),
  );
}

/** What the client needs of a Worker (a test gives one that answers in its own thread). */
export interface EngineWorker {
  onmessage: ((event: MessageEvent<EngineMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: EngineRequest): void;
  terminate(): void;
}

/**
 * The engine in a Web Worker (engineWorker.ts). A worker that cannot start (a page opened from disk, a policy that
 * refuses it) or that stops hands its questions, and every later one, to the engine in this thread.
 */
export function workerEngine(worker: EngineWorker): Engine {
  let onPage = false;
  let next = 0;
  const keys = new WeakMap<SheetGrid[], number>();
  const sent = new Set<number>();
  const waiting = new Map<
    number,
    { q: EngineQuestion; resolve(v: unknown): void; reject(e: unknown): void }
  >();
  const started = performance.now();

  const toPage = () => {
    onPage = true;
    worker.terminate();
    const pending = [...waiting.values()];
    waiting.clear();
    for (const w of pending) answerOnPage(w.q).then(w.resolve, w.reject);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    toPage();
  };
  worker.onmessage = (event) => {
    const m = event.data;
    if ("loaded" in m) return measureSpan("ita:engine:load", started, m.loaded);
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.ok) {
      measureSpan(`ita:engine:${w.q.op}`, performance.now() - m.ms, m.ms);
      w.resolve(m.value);
    } else if (m.unknownGrids) {
      // The worker let these grids go: they are sent whole again.
      sent.clear();
      send(w.q).then(w.resolve, w.reject);
    } else w.reject(new Error(m.message));
  };

  /** Grids by number: whole the first time they are sent. */
  const ref = (grids: SheetGrid[]): GridsRef => {
    let key = keys.get(grids);
    if (key === undefined) keys.set(grids, (key = ++next));
    if (sent.has(key)) return { key };
    sent.add(key);
    return { key, grids };
  };
  const request = (q: EngineQuestion, id: number): EngineRequest => {
    if (q.op === "view" || q.op === "build")
      return { ...q, id, grids: ref(q.grids), previous: q.previous && ref(q.previous) };
    return { ...q, id, grids: ref(q.grids) };
  };
  const send = (q: EngineQuestion) =>
    new Promise<unknown>((resolve, reject) => {
      if (onPage) return void answerOnPage(q).then(resolve, reject);
      const id = ++next;
      waiting.set(id, { q, resolve, reject });
      worker.postMessage(request(q, id));
    });
  return engineOver(send);
}

/**
 * Workbooks up to this many cells get a first answer in the page, drawn with the workbook read: the page's light
 * engine is compiled from the browser's code cache, where a worker's is compiled afresh each time the pane opens,
 * and it takes a fraction of a second. Larger ones wait, in words, for the worker.
 */
export const PAGE_CELLS = 20_000;

/**
 * The pane's engine: a small workbook's first view and any selection's check in the page; the whole view (with
 * the measures), the documents and the comparison Generate writes in a worker, started on first need.
 */
export function paneEngineOf(page: Engine, startWorker: () => Engine, pageCells = PAGE_CELLS): Engine {
  let worker: Engine | null = null;
  const inWorker = () => (worker ??= startWorker());
  const small = (grids: SheetGrid[], previous: SheetGrid[] | null) =>
    gridCells(grids) + (previous ? gridCells(previous) : 0) <= pageCells;
  return {
    viewNow: (g, s, l, p) => (small(g, p) ? page.viewNow(g, s, l, p) : null),
    viewNowReady: () => page.viewNowReady(),
    view: (g, s, l, p) => inWorker().view(g, s, l, p),
    selection: (sel, g, y, l) => page.selection(sel, g, y, l),
    build: (g, s, l, d, p) => inWorker().build(g, s, l, d, p),
    compareRun: (g, s, o) => inWorker().compareRun(g, s, o),
  };
}

/** An engine in a worker where the page can start one, else in the page. */
export function startEngine(): Engine {
  if (typeof Worker === "undefined") return pageEngine();
  try {
    return workerEngine(new Worker(ENGINE_WORKER_SCRIPT));
  } catch {
    // A page that may not start workers (a policy, a page opened from disk): the engine runs in the page.
    return pageEngine();
  }
}
