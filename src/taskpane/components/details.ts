/**
 * The folded sections' forms, and the fields asked for off the happy path (the agency, a table's year), bundled
 * together as the "details" chunk (see lazyDetails.tsx).
 */
export { Problems } from "./Problems";
export { SettingsForm } from "./SettingsForm";
export { SourcesPanel } from "./SourcesPanel";
export { PlannerView } from "./PlannerView";
export { AgencyAsk } from "./AgencyAsk";
export { YearAsk } from "./YearAsk";
export { CompareCard } from "./CompareCard";
