import { Spinner } from "@fluentui/react-components";
import { type ReactNode, Suspense, lazy } from "react";

/**
 * The folded sections' forms (settings, data used, notes) load as a chunk of their own when first opened, or once
 * the answer is drawn (preloadDetails): their controls (SpinButton, Select, Switch, Input, Checkbox) are not needed
 * to show it.
 */
const details = () => import(/* webpackChunkName: "details" */ "./details");

/** Loads the forms' chunk now (after the answer is drawn), so that a section opens without waiting. */
export function preloadDetails(): void {
  details().catch(() => undefined); // a failed load is said when a section is opened (Suspense, error boundary)
}

export const SettingsForm = lazy(() => details().then((m) => ({ default: m.SettingsForm })));
export const SourcesPanel = lazy(() => details().then((m) => ({ default: m.SourcesPanel })));
export const Problems = lazy(() => details().then((m) => ({ default: m.Problems })));
export const PlannerView = lazy(() => details().then((m) => ({ default: m.PlannerView })));
export const AgencyAsk = lazy(() => details().then((m) => ({ default: m.AgencyAsk })));
export const YearAsk = lazy(() => details().then((m) => ({ default: m.YearAsk })));
export const CompareCard = lazy(() => details().then((m) => ({ default: m.CompareCard })));

/** A folded section's content, with a small spinner while its chunk loads. */
export function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spinner size="tiny" />}>{children}</Suspense>;
}
