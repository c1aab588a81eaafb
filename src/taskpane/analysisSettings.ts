import { type AnalysisSettings, DEFAULT_SETTINGS } from "../analysis/settings";
import type { PaneSettings } from "./paneHost";

/** The analysis's settings, from the pane's. */
export function analysisSettings(settings: PaneSettings): AnalysisSettings {
  return {
    ...DEFAULT_SETTINGS,
    threshold: settings.threshold,
    urgentBelow: settings.urgentBelow,
    publishedTotals: settings.publishedTotals,
  };
}
