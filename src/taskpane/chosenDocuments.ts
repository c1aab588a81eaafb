import { ALL_DOCUMENTS } from "../documentKinds";
import type { GeneratedKind } from "../sheets/sheetSpec";
import type { PaneSettings } from "./paneHost";

/** The documents chosen in the settings, in the pipeline's order; all of them when none was chosen. */
export function chosenDocuments(settings: Pick<PaneSettings, "documents">): GeneratedKind[] {
  return settings.documents === null
    ? [...ALL_DOCUMENTS]
    : ALL_DOCUMENTS.filter((k) => settings.documents!.includes(k));
}
