import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

// The bench's yardstick: the least Fluent page (a provider and one button), loaded as the pane is.
createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <Button data-testid="summary">ITA Analyzer</Button>
  </FluentProvider>,
);
