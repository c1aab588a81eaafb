import { useEffect, useState } from "react";
import type * as EngineModule from "./engine";

export type Engine = typeof EngineModule;

let loading: Promise<Engine> | null = null;

/** Starts loading the engine chunk (once) and gives it when it is there. */
export function loadEngine(): Promise<Engine> {
  loading ??= import(/* webpackChunkName: "engine" */ "./engine");
  return loading;
}

/** The engine, or null while its chunk loads; a failed load is reported through `onError`. */
export function useEngine(onError: (e: unknown) => void): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let live = true;
    loadEngine().then(
      (e) => live && setEngine(e),
      (e: unknown) => live && onError(e),
    );
    return () => {
      live = false;
    };
    // Loaded once per pane.
  }, []);
  return engine;
}
