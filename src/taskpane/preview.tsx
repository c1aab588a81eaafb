import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { StandalonePage } from "./components/StandalonePage";
import { paneTheme } from "./theme";
import { preloadPaneBody } from "./components/lazyParts";

/** The standalone page: the same pane, on an .xlsx opened from disk, read and written in this browser only. */
const root = document.getElementById("root");
// The answer's code loads while the officer chooses a file.
void preloadPaneBody();
if (root) {
  document.body.style.margin = "0";
  createRoot(root).render(
    <FluentProvider theme={paneTheme(false)}>
      <StandalonePage />
    </FluentProvider>,
  );
}
