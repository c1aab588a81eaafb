import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { languageOf, translate } from "./i18n";
import { createOfficeHost, officeSupportsPane } from "./officeHost";

/** The task pane inside Excel. Too old an Excel gets a plain message pointing to the standalone page. */
void Office.onReady((info) => {
  const root = document.getElementById("root");
  // assets/compat.js found a webview that cannot run the pane and already shows its message.
  if (!root || Reflect.get(window, "ITA_ANALYZER_UNSUPPORTED") === true) return;
  const lang = languageOf(Office.context?.displayLanguage ?? navigator.language);
  if (info.host !== Office.HostType.Excel || !officeSupportsPane()) {
    root.textContent = translate(lang, "oldHost");
    return;
  }
  const dark = isDark(Office.context.officeTheme?.bodyBackgroundColor);
  createRoot(root).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <App host={createOfficeHost()} />
    </FluentProvider>,
  );
});

function isDark(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16)) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}
