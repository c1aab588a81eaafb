import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Title3,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createFileHost } from "./fileHost";
import { languageOf, translate } from "./i18n";
import { PaneError, type PaneHost } from "./paneHost";

/** The standalone page: the same pane, on an .xlsx opened from disk, read and written in this browser only. */
function Preview() {
  const lang = languageOf(navigator.language);
  const [host, setHost] = useState<PaneHost | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState(0);
  const open = async (file: File | undefined) => {
    if (!file) return;
    setOpened((n) => n + 1);
    setHost(null);
    setError(null);
    try {
      setHost(await createFileHost(file, lang));
    } catch (e) {
      setError(
        e instanceof PaneError && e.kind !== "unexpected"
          ? translate(lang, e.kind)
          : translate(lang, "unexpected", { detail: String(e) }),
      );
    }
  };
  return (
    <div style={{ maxWidth: 720, margin: "0 auto", padding: 12 }}>
      {!host && (
        <header>
          <Title3 as="h1">{translate(lang, "title")}</Title3>
          <Caption1 block>{translate(lang, "subtitle")}</Caption1>
        </header>
      )}
      <label>
        <Body1>{translate(lang, "openFile")} </Body1>
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file"
          onChange={(e) => void open(e.target.files?.[0])}
        />
      </label>
      <Caption1 block>{translate(lang, "openFileHint")}</Caption1>
      {error && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {host && <App key={opened} host={host} />}
      {host && (
        <Button appearance="subtle" onClick={() => setHost(null)}>
          ✕
        </Button>
      )}
    </div>
  );
}

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <Preview />
    </FluentProvider>,
  );
