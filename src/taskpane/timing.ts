/**
 * User Timing marks of the pane's start-up ("ita:grids", "ita:analysis"), read by `npm run bench:pane` to say
 * where the time goes. Skipped where the page has no User Timing.
 */
export function mark(name: string): void {
  if (typeof performance.mark === "function") performance.mark(name);
}

/** Time from the mark `start` to now, as a measure named `name`. */
export function measureSince(name: string, start: string): void {
  if (typeof performance.measure === "function") performance.measure(name, start);
}

/**
 * A span that began at `start` (this page's clock) and lasted `ms`, as a measure named `name`: time spent in a
 * worker, whose clock is its own.
 */
export function measureSpan(name: string, start: number, ms: number): void {
  if (typeof performance.measure === "function")
    performance.measure(name, { start: Math.max(0, start), duration: ms });
}
