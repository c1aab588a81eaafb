import { utf8Json } from "./fakeModel";

/** Excel on the web's limit on a request and on a response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

interface QueuedOp {
  /** Request bytes of the action (UTF-8). */
  bytes: number;
  run: () => void;
  /** False for the fake's own bookkeeping (null-object resolution), which is not an action Excel counts. */
  action: boolean;
}

/**
 * Excel's batches: every call queues an action; `sync` sends them in order. An action that fails rejects the
 * sync with its error and the actions before it stay applied (Excel does not roll back). A request or a
 * response over 5 MB fails the sync. Counts syncs, the largest request and response and the cells loaded.
 */
export class Tracker {
  syncCount = 0;
  maxRequestBytes = 0;
  /** The largest response Excel sent (refused ones are counted in refusedResponses). */
  maxResponseBytes = 0;
  refusedResponses = 0;
  /** Actions of each sync, in order. */
  actionsPerSync: number[] = [];
  cellsLoaded = new Map<string, number>();
  /** The last range the add-in selected for the officer, "Sheet!A1". */
  selected: string | null = null;
  /** Makes action `action` (0-based) of sync `sync` (1-based) fail; the actions before it stay applied. */
  failAt: { sync: number; action: number } | null = null;
  private queue: QueuedOp[] = [];
  private responseBytes = 0;

  /** Queues an action whose request part is `payload` (its UTF-8 JSON is what counts). */
  op(payload: unknown, run: () => void): void {
    this.queue.push({ bytes: 40 + utf8Json(payload), run, action: true });
  }

  /** Bookkeeping that runs with the next sync, after the actions queued before it. */
  resolve(run: () => void): void {
    this.queue.push({ bytes: 0, run, action: false });
  }

  respond(value: unknown): void {
    this.responseBytes += utf8Json(value);
  }

  countCells(sheet: string, n: number): void {
    this.cellsLoaded.set(sheet, (this.cellsLoaded.get(sheet) ?? 0) + n);
  }

  sync = async (): Promise<void> => {
    this.syncCount++;
    const ops = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    const request = ops.reduce((n, o) => n + o.bytes, 0);
    this.maxRequestBytes = Math.max(this.maxRequestBytes, request);
    this.actionsPerSync.push(ops.filter((o) => o.action).length);
    await Promise.resolve();
    if (request > PAYLOAD_LIMIT)
      throw new Error(`RequestPayloadSizeLimitExceeded: the request is ${request} bytes`);
    let index = 0;
    for (const o of ops) {
      if (o.action) {
        if (this.failAt?.sync === this.syncCount && this.failAt.action === index)
          throw new Error("GeneralException: the fake was told to fail this action");
        index++;
      }
      o.run();
    }
    if (this.responseBytes > PAYLOAD_LIMIT) {
      this.refusedResponses++;
      throw new Error(`ResponsePayloadSizeLimitExceeded: the response is ${this.responseBytes} bytes`);
    }
    this.maxResponseBytes = Math.max(this.maxResponseBytes, this.responseBytes);
  };
}

/** An object whose listed properties are readable only after load() and sync(), as in Office.js. */
export class Loaded<T extends object> {
  private values: Partial<T> = {};
  constructor(
    private readonly t: Tracker,
    private readonly read: () => T,
  ) {}

  load(props: string): this {
    const keys = props.split(",").map((p) => p.trim()) as (keyof T)[];
    this.t.op(props, () => {
      const now = this.read();
      for (const k of keys) {
        this.values[k] = now[k];
        this.t.respond(now[k] ?? null);
      }
    });
    return this;
  }

  /** What a collection's `load("items/…")` fills in for its items. */
  seed(values: Partial<T>): void {
    Object.assign(this.values, values);
  }

  get<K extends keyof T>(k: K): T[K] {
    if (!(k in this.values))
      throw new Error(`PropertyNotLoaded: '${String(k)}' was read before load() and sync()`);
    return this.values[k] as T[K];
  }
}
