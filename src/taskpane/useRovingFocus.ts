import { type KeyboardEvent, useCallback } from "react";

/**
 * One Tab stop for a list of buttons: only the current one is tabbable and the arrow keys (and Home/End) move
 * between them — so a long list does not stand between the officer and Generate.
 */
export function useRovingFocus(selector = "button") {
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const all = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(selector));
      const at = all.findIndex((el) => el === document.activeElement);
      if (at < 0) return;
      const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      const target = all[Math.max(0, Math.min(all.length - 1, next))]!;
      for (const el of all) el.tabIndex = el === target ? 0 : -1;
      target.focus();
    },
    [selector],
  );
  /** The tabIndex for the i-th button: 0 for the first, -1 for the rest until the arrows move. */
  const tabIndexOf = (i: number) => (i === 0 ? 0 : -1);
  return { onKeyDown, tabIndexOf };
}
