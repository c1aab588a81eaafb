import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";

function mount(): void {
  const element = document.getElementById("root");
  if (!element) return;
  createRoot(element).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
}

if (typeof Office !== "undefined") void Office.onReady(mount);
else mount();
