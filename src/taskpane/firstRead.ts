import type { SheetGrid } from "../analysis/grid";
import type { ReadSize } from "../workbook/port";
import type { PaneHost } from "./paneHost";

/** What the pane reads as it opens: the workbook's grids and its saved settings (unchecked). */
export interface Opening {
  grids: SheetGrid[];
  raw: unknown;
}

/**
 * The pane's first read, started before React draws anything (the page shows its frame from the HTML meanwhile):
 * the pane takes it when it mounts, already settled or not.
 */
export interface FirstRead {
  /** The read, once settled well (null while reading, or after a failure: `result` says it). */
  readonly value: Opening | null;
  readonly result: Promise<Opening>;
  /** The size the host said so far (a workbook being read, before its values arrive). */
  readonly size: ReadSize | null;
  /** Hears the sizes said from now on. */
  listen(onSize: (size: ReadSize) => void): void;
}

/** Starts reading `host` now: its grids, and its settings (unreadable settings never stop the pane: "\u0000"). */
export function startFirstRead(host: PaneHost): FirstRead {
  let onSize: ((size: ReadSize) => void) | null = null;
  const read: { value: Opening | null; size: ReadSize | null } = { value: null, size: null };
  const result = Promise.all([
    host.readGrids((size) => {
      read.size = size;
      onSize?.(size);
    }),
    host.readSettings().catch(() => "\u0000"),
  ]).then(([grids, raw]) => (read.value = { grids, raw }));
  result.catch(() => undefined); // said by the pane when it takes the read
  return {
    get value() {
      return read.value;
    },
    get size() {
      return read.size;
    },
    result,
    listen: (f) => {
      onSize = f;
    },
  };
}

/**
 * When the pane should mount: as soon as it can draw the answer in its first frame (the read settled, well or not,
 * and `ready`: the code that draws it), at once when the host says a read larger than `largeCells` (its size is
 * then said in words), and at the latest after `waitMs`, so that the header's switch answers on a slow host.
 */
export function whenToMount(
  first: FirstRead,
  ready: Promise<unknown>,
  o: { largeCells: number; waitMs: number },
): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, o.waitMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const large = (size: ReadSize) => size.cells > o.largeCells;
    if (first.size && large(first.size)) return done();
    first.listen((size) => {
      if (large(size)) done();
    });
    Promise.all([first.result.catch(() => undefined), ready.catch(() => undefined)]).then(done, done);
  });
}
