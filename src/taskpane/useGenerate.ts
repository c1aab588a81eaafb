import { useState } from "react";
import type { SheetGrid } from "../analysis/grid";
import type { Lang } from "../analysis/messages";
import type { PipelineResult } from "../pipeline";
import type { Outcome } from "./components/GenerateBar";
import { errorText } from "./errorText";
import { textIn } from "./i18n";
import type { PaneHost, PaneSettings } from "./paneHost";

interface Args {
  host: PaneHost;
  lang: Lang;
  settings: PaneSettings;
  onGrids(g: SheetGrid[]): void;
  /** Opens the settings section (the agency is missing). */
  onOpenSettings(): void;
}

/**
 * Generate, step by step in words: check the agency, build the documents, save the settings in the workbook,
 * write, show the measures sheet, read the workbook again. Then the result or the error, and for the standalone
 * page the download.
 */
export function useGenerate({ host, lang, settings, onGrids, onOpenSettings }: Args) {
  const [step, setStep] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [undownloaded, setUndownloaded] = useState(false);
  const t = textIn(lang);
  const fail = (e: unknown) => setOutcome({ kind: "error", message: errorText(lang, e) });

  const generate = async (run: () => PipelineResult) => {
    setOutcome(null);
    if (!settings.agency.trim()) {
      onOpenSettings();
      setOutcome({ kind: "error", message: t("agencyMissing") });
      setTimeout(() => document.getElementById("agency")?.focus(), 0);
      return;
    }
    try {
      setStep(t("stepAnalyse"));
      const { specs } = run();
      setStep(t("stepSave"));
      await host.writeSettings(settings);
      setStep(t("stepWrite"));
      const sheets = await host.writeSheets(specs);
      const measures = sheets[specs.findIndex((s) => s.kind === "measures")];
      if (measures && host.select) await host.select(measures);
      setStep(t("stepReread"));
      onGrids(await host.readGrids());
      setOutcome({ kind: "done", sheets });
      setUndownloaded(host.download !== undefined);
    } catch (e) {
      fail(e);
    } finally {
      setStep(null);
    }
  };

  const hostDownload = host.download;
  const download = hostDownload
    ? () =>
        void hostDownload()
          .then(({ name, blob }) => {
            const a = document.createElement("a");
            a.href = URL.createObjectURL(blob);
            a.download = name;
            a.click();
            URL.revokeObjectURL(a.href);
            setUndownloaded(false);
          })
          .catch(fail)
    : undefined;

  return { step, outcome, undownloaded, generate, download, fail };
}
