/** The folded sections' forms, bundled together as the "details" chunk (see lazyDetails.tsx). */
export { Problems } from "./Problems";
export { SettingsForm } from "./SettingsForm";
export { SourcesPanel } from "./SourcesPanel";
export { PlannerView } from "./PlannerView";
