import { type ComponentType, type ReactNode, useEffect, useState } from "react";

/**
 * A component whose code loads on first use (or on `preload`): `fallback` is drawn until then; once loaded, it is
 * drawn at once every time. A failed load is thrown to the nearest error boundary, which says it; the part drawn
 * again (the boundary reset, the pane reopened) tries the load again.
 *
 * Not React.lazy: a Suspense boundary that showed its fallback reveals its content at the earliest 500 ms later
 * (React 18 throttles it), which held the summary card back by about 300 ms at 4× throttling.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (p: P) => ReactNode = () => null,
) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  /** Loads the part once; a failed load is forgotten, so the next call tries again. */
  const preload = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  function Part(props: P) {
    const [, redraw] = useState(0);
    const [failed, setFailed] = useState<{ error: unknown } | null>(null);
    if (failed) throw failed.error;
    const Loaded = loaded;
    useEffect(() => {
      if (Loaded) return;
      // Drawn with the fallback: drawn again once the load settles — also when it settled between this drawing and
      // this effect (another part, or a preload, finished it), which a check of `loaded` here would miss.
      let live = true;
      preload().then(
        () => live && redraw((n) => n + 1),
        (error: unknown) => live && setFailed({ error }),
      );
      return () => {
        live = false;
      };
    }, [Loaded]);
    return Loaded ? <Loaded {...props} /> : fallback(props);
  }
  return { Part, preload };
}

/** A part's load that settles either way: a failed load is said where the part is drawn (its error boundary). */
export function settled(load: Promise<unknown>): Promise<void> {
  return load.then(
    () => undefined,
    () => undefined,
  );
}
