import { FluentProvider, Link, MessageBar, MessageBarBody, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Lang } from "../analysis/messages";
import { translate } from "./i18n";
import { paneTheme } from "./theme";

/**
 * In place of the pane (and of taskpane.html's frame, which would otherwise spin on): why it does not start, and
 * the standalone page, which needs no Office.
 */
export function showStartMessage(
  root: HTMLElement,
  o: { lang: Lang; theme?: Theme; testId: string; intent: "warning" | "error"; text: string },
): void {
  createRoot(root).render(
    <FluentProvider theme={o.theme ?? paneTheme(false)} lang={o.lang}>
      {/* As the pane's frame: the page's title above the message, in the page's main landmark. */}
      <main style={{ display: "flex", flexDirection: "column", gap: 8, padding: "8px 12px" }}>
        <h1 style={{ margin: 0, fontSize: 20, lineHeight: "28px", fontWeight: 600 }}>
          {translate(o.lang, "title")}
        </h1>
        <MessageBar intent={o.intent} layout="multiline" data-testid={o.testId}>
          <MessageBarBody>
            {o.text} <Link href="preview.html">preview.html</Link>
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>,
  );
}

/** The pane could not start (Office.js did not load, or failed while getting ready): said, never a spinner left on. */
export function showStartFailure(root: HTMLElement | null, lang: Lang, e: unknown): void {
  if (!root) return;
  const detail = e instanceof Error ? e.message : String(e);
  showStartMessage(root, {
    lang,
    testId: "start-failed",
    intent: "error",
    text: translate(lang, "startFailed", { detail }),
  });
}
