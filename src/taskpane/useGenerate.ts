import { useState } from "react";
import type { SheetGrid } from "../analysis/grid";
import type { Lang } from "../analysis/messages";
import type { PipelineResult } from "../pipeline";
import type { Outcome } from "./components/GenerateBar";
import { errorText } from "./errorText";
import { textIn } from "./i18n";
import { PaneError, type PaneHost, type PaneSettings } from "./paneHost";
import type { SheetSpec } from "../sheets/sheetSpec";
import { readStateOf } from "../workbook/readState";
import { specChanges } from "../sheets/specChanges";
import { whatChangedText } from "./whatChanged";

/** What Generate writes, built from the workbook as read inside Generate. */
export type GenerateRun = (
  grids: SheetGrid[],
) => Promise<Pick<PipelineResult, "specs" | "lostEdits" | "keep">>;

interface Args {
  host: PaneHost;
  lang: Lang;
  settings: PaneSettings;
  onGrids(g: SheetGrid[]): void;
  /** Opens the settings section (the agency is missing). */
  onOpenSettings(): void;
}

/**
 * Generate, step by step in words: check the agency, read the workbook, build the documents, write them, save
 * the settings in the workbook, show the measures sheet, read the workbook again. Then the result or the error, and for the standalone
 * page the download.
 */
export function useGenerate({ host, lang, settings, onGrids, onOpenSettings }: Args) {
  const [step, setStep] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [undownloaded, setUndownloaded] = useState(false);
  const t = textIn(lang);
  const fail = (e: unknown) => setOutcome({ kind: "error", message: errorText(lang, e) });

  /**
   * The documents are built from the workbook as it is now, read inside Generate (what was typed since the pane
   * last read it is carried), and written only if the generated sheets are still as read; when someone changed
   * them meanwhile, the workbook is read and the documents built once more, then the run stops and says so.
   */
  const generate = async (run: GenerateRun, confirmed = false, needsAgency = true) => {
    setOutcome(null);
    if (needsAgency && !settings.agency.trim()) {
      onOpenSettings();
      setOutcome({ kind: "error", message: t("agencyMissing") });
      setTimeout(() => document.getElementById("agency")?.focus(), 0);
      return;
    }
    try {
      let written: { specs: SheetSpec[]; sheets: string[]; before: SheetGrid[] } | null = null;
      for (let attempt = 1; written === null; attempt++) {
        setStep(t("stepRead"));
        const grids = await host.readGrids();
        onGrids(grids);
        setStep(t("stepAnalyse"));
        const { specs, lostEdits, keep } = await run(grids);
        // Text the officer typed that the new documents would not hold: said before anything is written.
        if (lostEdits.length > 0 && !confirmed) {
          setOutcome({ kind: "confirmLost", lost: lostEdits });
          return;
        }
        setStep(t("stepWrite"));
        try {
          written = { specs, sheets: await host.writeSheets(specs, readStateOf(grids), keep), before: grids };
        } catch (e) {
          if (!(e instanceof PaneError && e.kind === "changedSinceRead" && attempt < 2)) throw e;
        }
      }
      const { specs, sheets, before } = written;
      // Saved only once the documents are written: a failed run leaves the workbook as it was.
      setStep(t("stepSave"));
      await host.writeSettings(settings);
      const measures = sheets[specs.findIndex((s) => s.kind === "measures")];
      if (measures && host.select) await host.select(measures);
      setStep(t("stepReread"));
      onGrids(await host.readGrids());
      setOutcome({
        kind: "done",
        sheets,
        changed: whatChangedText(specChanges(specs, sheets, before), lang),
        ...(host.downloadKeepsSettings !== undefined ? { keepsSettings: host.downloadKeepsSettings } : {}),
      });
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
