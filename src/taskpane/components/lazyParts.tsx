import { Analysing } from "./Analysing";
import { lazyPart } from "./lazyPart";

/**
 * The pane in steps, so that the first script holds only what shows before the workbook is read (the header, the
 * spinner, the host):
 * - the answer (PaneBody, the summary card) loads while the workbook is read (preloadPaneBody, called at start);
 * - what follows the card and the items below the mark (the folded sections, Generate) loads once they are drawn
 *   (its parts load it when they are), so it does not compete with the card for the network and the main thread;
 * - the folded sections' forms load after that (lazyDetails.tsx).
 */
const paneBody = () => import(/* webpackChunkName: "paneBody" */ "./PaneBody");
const afterCard = () => import(/* webpackChunkName: "afterCard" */ "./afterCard");

const body = lazyPart(
  () => paneBody().then((m) => m.PaneBody),
  (p) => <Analysing lang={p.lang} grids={p.grids} />,
);

/**
 * Starts loading the answer's code now, in parallel with the workbook's read; settles when it is loaded or failed
 * (a failed load is said where the answer is drawn, by the error boundary).
 */
export function preloadPaneBody(): Promise<void> {
  return body.preload().then(
    () => undefined,
    () => undefined,
  );
}

export const PaneBody = body.Part;

const resultsDetails = lazyPart(() => afterCard().then((m) => m.ResultsDetails));
const generateBar = lazyPart(() => afterCard().then((m) => m.GenerateBar));

/**
 * Loads what follows the card (its parts load it themselves when drawn); settles either way: a failed load is said
 * by the error boundary where the parts are drawn.
 */
export function preloadAfterCard(): Promise<void> {
  return Promise.all([resultsDetails.preload(), generateBar.preload()]).then(
    () => undefined,
    () => undefined,
  );
}

export const ResultsDetails = resultsDetails.Part;
export const GenerateBar = generateBar.Part;
