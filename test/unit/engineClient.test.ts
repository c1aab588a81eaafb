import type { SheetGrid } from "../../src/analysis/grid";
import { engineView } from "../../src/taskpane/engine";
import { type HeldGrids, engineAnswer } from "../../src/taskpane/engineAnswer";
import {
  type Engine,
  type EngineWorker,
  loadLightEngine,
  pageEngine,
  paneEngineOf,
  workerEngine,
} from "../../src/taskpane/engineClient";
import type { EngineMessage, EngineRequest } from "../../src/taskpane/engineProtocol";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/paneHost";
import { twoYearItems } from "../helpers/grid";

const scores = twoYearItems;
const settings = { ...DEFAULT_PANE_SETTINGS, agency: "เทศบาลตำบลทดลอง" };

/**
 * A worker in this thread: messages are copied both ways as a browser copies them, and answered by the same
 * engineAnswer the real worker runs. `forget` drops the grids it holds; `crash` raises the worker's error event.
 */
class FakeWorker implements EngineWorker {
  onmessage: ((e: MessageEvent<EngineMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly held: HeldGrids = new Map();
  readonly posted: EngineRequest[] = [];
  terminated = false;
  crashOnNext = false;

  postMessage(req: EngineRequest) {
    const copy = structuredClone(req);
    this.posted.push(copy);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.crashOnNext) {
        this.crashOnNext = false;
        this.onerror?.(Object.assign(new Event("error"), { message: "stopped" }) as ErrorEvent);
        return;
      }
      this.onmessage?.(new MessageEvent("message", { data: structuredClone(engineAnswer(this.held, copy)) }));
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

function started(): { worker: FakeWorker; engine: Engine } {
  const worker = new FakeWorker();
  return { worker, engine: workerEngine(worker) };
}

describe("the engine in a worker answers as the engine in the page", () => {
  test("the view is the engine's own, copied across", async () => {
    const { engine } = started();
    const g = scores();
    const got = await engine.view(g, settings, "th", null);
    expect(got).toEqual(structuredClone(engineView(g, settings, "th", null)));
    expect(got.result.report.items.map((i) => i.code)).toEqual(["I1", "I2", "E1"]);
    expect(Object.values(got.groups).length).toBeGreaterThan(0);
  });

  test("a workbook's grids are sent whole once, then by number", async () => {
    const { worker, engine } = started();
    const g = scores();
    await engine.view(g, settings, "th", null);
    await engine.view(g, { ...settings, threshold: 90 }, "th", null);
    await engine.build(g, settings, "th", ["measures"], null);
    expect(worker.posted.map((r) => r.grids.grids !== undefined)).toEqual([true, false, false]);
    const built = await engine.build(g, settings, "th", ["measures"], null);
    expect(built.specs.map((s) => s.kind)).toEqual(["measures"]);
  });

  test("grids the worker no longer holds are sent again, and the answer still comes", async () => {
    const { worker, engine } = started();
    const g = scores();
    await engine.view(g, settings, "th", null);
    worker.held.clear();
    const again = await engine.view(g, settings, "en", null);
    expect(again.result.report.items).toHaveLength(3);
    expect(worker.posted.map((r) => r.grids.grids !== undefined)).toEqual([true, false, true]);
  });

  test("an engine failure in the worker rejects with its message; the engine goes on", async () => {
    const { engine } = started();
    const broken: SheetGrid[] = [{ ...scores()[0]!, rows: [[]] }];
    Object.defineProperty(broken[0], "rows", { get: () => null, enumerable: true });
    await expect(engine.view(broken, settings, "th", null)).rejects.toThrow(/not iterable|null/);
    await expect(engine.view(scores(), settings, "th", null)).resolves.toBeDefined();
  });

  test("a worker that stops hands its question, and every later one, to the page", async () => {
    const { worker, engine } = started();
    worker.crashOnNext = true;
    const g = scores();
    const got = await engine.view(g, settings, "th", null);
    expect(got.result.report.items).toHaveLength(3);
    expect(worker.terminated).toBe(true);
    const sent = worker.posted.length;
    await engine.selection(null, g, null, "th");
    expect(worker.posted).toHaveLength(sent);
  });
});

describe("the pane's engine: a small workbook's first answer in the page, the rest in the worker", () => {
  function spied() {
    const calls: string[] = [];
    const tag = (name: string, e: Engine): Engine => ({
      viewNow: (...a) => (calls.push(`${name} viewNow`), e.viewNow(...a)),
      viewNowReady: () => e.viewNowReady(),
      view: (...a) => (calls.push(`${name} view`), e.view(...a)),
      build: (...a) => (calls.push(`${name} build`), e.build(...a)),
      compareRun: (...a) => (calls.push(`${name} compareRun`), e.compareRun(...a)),
      selection: (...a) => (calls.push(`${name} selection`), e.selection(...a)),
    });
    let starts = 0;
    const engine = paneEngineOf(tag("page", pageEngine()), () => (starts++, tag("worker", pageEngine())), 20);
    return { calls, engine, starts: () => starts };
  }

  test("the whole view, the documents and the comparison in the worker, started once; a selection in the page", async () => {
    const { calls, engine, starts } = spied();
    const small = scores(); // 12 cells
    await engine.selection(null, small, null, "th");
    expect(starts()).toBe(0);
    await engine.view(small, settings, "th", null);
    await engine.build(small, settings, "th", ["measures"], null);
    await engine.compareRun(small, settings, "total");
    expect(calls).toEqual(["page selection", "worker view", "worker build", "worker compareRun"]);
    expect(starts()).toBe(1);
  });

  test("a first view at once only for a small workbook, without the measures, from the light engine", async () => {
    const { calls, engine, starts } = spied();
    const small = scores();
    await loadLightEngine();
    const first = engine.viewNow(small, settings, "th", null);
    expect(first?.measuresPending).toBe(true);
    expect(first?.result.plan).toBeNull();
    // The same analysis as the whole view, which adds the measures.
    const whole = await engine.view(small, settings, "th", null);
    expect(whole.measuresPending).toBe(false);
    expect(whole.result.plan?.measures.length).toBeGreaterThan(0);
    expect(first?.result.report.items).toEqual(whole.result.report.items);
    expect(first?.result.report.planner).toEqual(whole.result.report.planner);
    expect(first?.groups).toEqual(whole.groups);
    // 24 cells with last year's file: over the limit of 20, no first view.
    expect(engine.viewNow(small, settings, "th", small)).toBeNull();
    expect(calls.filter((c) => c.endsWith("viewNow"))).toEqual(["page viewNow"]);
    expect(starts()).toBe(1);
    expect(workerEngine(new FakeWorker()).viewNow(small, settings, "th", null)).toBeNull();
  });
});
