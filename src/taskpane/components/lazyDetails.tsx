import { Spinner } from "@fluentui/react-components";
import type { ComponentType } from "react";
import { lazyPart, settled } from "./lazyPart";

/**
 * The folded sections' forms (settings, data used, notes) load as a chunk of their own when first drawn, or once
 * the items below the mark are drawn (preloadDetails): their controls (SpinButton, Select, Switch, Input, Checkbox)
 * are not needed to show the answer. A small spinner stands in while the chunk loads.
 */
const details = () => import(/* webpackChunkName: "details" */ "./details");

/** Loads the forms' chunk now, so that a section opens without waiting; settles either way. */
export function preloadDetails(): Promise<void> {
  return settled(details());
}

const form = <P extends object>(pick: (m: typeof import("./details")) => ComponentType<P>) =>
  lazyPart(
    () => details().then(pick),
    () => <Spinner size="tiny" />,
  ).Part;

export const SettingsForm = form((m) => m.SettingsForm);
export const SourcesPanel = form((m) => m.SourcesPanel);
export const Problems = form((m) => m.Problems);
export const PlannerView = form((m) => m.PlannerView);
export const AgencyAsk = form((m) => m.AgencyAsk);
export const YearAsk = form((m) => m.YearAsk);
export const CompareCard = form((m) => m.CompareCard);
