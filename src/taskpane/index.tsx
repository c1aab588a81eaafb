import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { languageOf, rememberedLanguage, translate } from "./i18n";
import { createOfficeHost, officeSupportsPane, preloadOfficeAdapter } from "./officeHost";
import { officeReady } from "../workbook/excel/officeContext";
import { PAGE_CELLS, loadLightEngine } from "./engineClient";
import { preloadPaneBody } from "./components/lazyParts";
import { paneTheme } from "./theme";
import { showStartFailure, showStartMessage } from "./startMessage";
import { startFirstRead, whenToMount } from "./firstRead";
import { frameLanguage, rememberFrame } from "./paneFrame";

// What the first answer needs starts loading now, in parallel with Office.js getting ready. The Office.js adapter
// first: the workbook's read starts as soon as it is in, and the light engine and the code that draws the answer
// (the first script holds only what shows while the workbook is read) are evaluated while Excel answers. A failed
// load of the light engine leaves the first answer to the worker (the pane waits for it, in words).
preloadOfficeAdapter();
const lightEngine = loadLightEngine().catch(() => undefined);
const paneBody = preloadPaneBody();

/**
 * The pane mounts once it can draw the answer in its first frame, and at the latest after this long (the page shows
 * its frame, from taskpane.html, meanwhile; a large workbook mounts at once, to say its size in words).
 */
const MOUNT_WAIT_MS = 300;

/**
 * The task pane inside Excel. Too old an Excel gets a plain message pointing to the standalone page, and so does a
 * pane that cannot start (Office.js not loaded): taskpane.html's frame never spins on.
 */
officeReady()
  .then(async (office) => {
    const root = paneRoot();
    if (!root) return;
    const dark = isDark(office.themeBackground);
    const theme = paneTheme(dark);
    // No white frame around a dark pane: the page itself takes the theme's background.
    document.body.style.margin = "0";
    document.body.style.background = theme.colorNeutralBackground1;
    const lang = rememberedLanguage(languageOf(office.displayLanguage ?? navigator.language));
    // The next opening's frame (drawn before any script) in this language and theme.
    rememberFrame(lang, dark);
    if (!office.isExcel || !officeSupportsPane(office)) {
      showStartMessage(root, {
        lang,
        theme,
        testId: "old-host",
        intent: "warning",
        text: translate(lang, "oldHost"),
      });
      return;
    }
    const host = createOfficeHost(office);
    const firstRead = startFirstRead(host);
    await whenToMount(firstRead, Promise.all([lightEngine, paneBody]), {
      largeCells: PAGE_CELLS,
      waitMs: MOUNT_WAIT_MS,
    });
    createRoot(root).render(
      <FluentProvider theme={theme}>
        <App host={host} firstRead={firstRead} />
      </FluentProvider>,
    );
  })
  // In the frame's language: Office's is not known.
  .catch((e: unknown) => showStartFailure(paneRoot(), frameLanguage(), e));

/** Where the pane draws; null when assets/compat.js found a webview that cannot run it (its message is shown). */
function paneRoot(): HTMLElement | null {
  return Reflect.get(window, "ITA_ANALYZER_UNSUPPORTED") === true ? null : document.getElementById("root");
}

function isDark(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16)) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}
