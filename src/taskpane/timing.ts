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

/** Time spent elsewhere (in a worker, whose clock is its own), ending now, as a measure named `name`. */
export function measureLasting(name: string, ms: number): void {
  if (typeof performance.measure !== "function") return;
  const end = performance.now();
  performance.measure(name, { start: Math.max(0, end - ms), end });
}

/** A span that began at `start` (this page's clock) and lasted `ms`, as a measure named `name`. */
export function measureSpan(name: string, start: number, ms: number): void {
  if (typeof performance.measure === "function") performance.measure(name, { start, duration: ms });
}
